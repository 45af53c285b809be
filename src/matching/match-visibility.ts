import type { Language } from '../common/i18n/language';

/**
 * SQL condition: one side's members (the buyer's or the supplier's) may see
 * match `m`. A shortlist is the curators' own until they introduce it, so a
 * side sees a match from its introduction on (withdrawn before it: never),
 * and a request for an introduction from the moment it asked. One
 * definition for the matches list and the candidates' match state.
 */
export const matchShownToSideSql = (m: string, side: 'buyer' | 'supplier'): string =>
  `(${m}.introduced_at IS NOT NULL OR ${m}.requested_by = '${side}')`;

/** Whose matches a candidate list shows: its request's, all of them (curators) or those shown to members. */
export interface MatchesSeen {
  requestId: string;
  all: boolean;
}

/** The states of a match (matches/match-state.ts) as people read them, for exports. */
export const MATCH_STATUS_NAMES: Record<string, Record<Language, string>> = {
  requested: { id: 'Diminta', en: 'Requested' },
  shortlisted: { id: 'Masuk daftar pendek', en: 'Shortlisted' },
  introduced: { id: 'Diperkenalkan', en: 'Introduced' },
  engaged: { id: 'Berlanjut', en: 'Engaged' },
  won: { id: 'Berhasil', en: 'Won' },
  lost: { id: 'Tidak berhasil', en: 'Lost' },
  declined: { id: 'Ditolak', en: 'Declined' },
  withdrawn: { id: 'Ditarik', en: 'Withdrawn' },
};
