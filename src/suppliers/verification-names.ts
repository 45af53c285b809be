import type { Language } from '../common/i18n/language';
import type { Verification } from './supplier.entity';

/** A profile's or certificate's verification state as people read it, for exports. */
export const VERIFICATION_NAMES: Record<Verification, Record<Language, string>> = {
  unverified: { id: 'Belum diverifikasi', en: 'Not verified' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
};
