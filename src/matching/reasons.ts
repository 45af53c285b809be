import type { Language } from '../common/http/language';
import type { Factor } from '../sourcing-requests/score-weights';
import type { CandidateFacts } from './scoring';

/** What a reason may name besides the supplier's facts. */
export interface ReasonContext {
  plantName: string | null;
  partCategoryName: string;
  unit: string;
  monthlyCapacity: { quantity: number; unit: string } | null;
  certificateName: string | null;
}

const number = (value: number, language: Language, digits = 0) =>
  value.toLocaleString(language === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: digits });

/** One sentence per factor, in Indonesian or English, saying why the supplier earned those points. */
export function reasonFor(factor: Factor, facts: CandidateFacts, context: ReasonContext, language: Language): string {
  const en = language === 'en';
  switch (factor) {
    case 'capability': {
      const category =
        facts.categoryExperience === 1
          ? en
            ? `Already makes ${context.partCategoryName}`
            : `Sudah membuat ${context.partCategoryName}`
          : facts.categoryExperience === 0.5
            ? en
              ? `Makes parts of the same family as ${context.partCategoryName}`
              : `Membuat komponen sekeluarga dengan ${context.partCategoryName}`
            : en
              ? `No ${context.partCategoryName} made yet`
              : `Belum membuat ${context.partCategoryName}`;
      const extra = facts.extraRelatedProcesses;
      const depth = en
        ? `${extra} related process${extra === 1 ? '' : 'es'} beyond those required`
        : `${extra} proses terkait di luar yang diminta`;
      return `${category}; ${depth}`;
    }
    case 'certification': {
      if (!facts.bestCertificate || !context.certificateName) {
        return en ? 'No valid certificate' : 'Tidak ada sertifikat yang berlaku';
      }
      if (facts.bestCertificate.verified) {
        return en
          ? `${context.certificateName} verified by BBSPJILM`
          : `${context.certificateName} terverifikasi BBSPJILM`;
      }
      return en
        ? `${context.certificateName} declared, not yet verified`
        : `${context.certificateName} dideklarasikan, belum diverifikasi`;
    }
    case 'distance':
      if (facts.distanceKm === null) {
        return en ? 'No delivery plant given: distance not rated' : 'Tanpa pabrik tujuan: jarak tidak dinilai';
      }
      return en
        ? `${number(facts.distanceKm, language)} km from ${context.plantName ?? 'the plant'}`
        : `${number(facts.distanceKm, language)} km dari ${context.plantName ?? 'pabrik'}`;
    case 'capacity': {
      if (facts.capacityRatio === null || !context.monthlyCapacity) {
        return en
          ? `Monthly capacity unknown or not in ${context.unit}`
          : `Kapasitas bulanan tidak diketahui atau bukan dalam ${context.unit}`;
      }
      const { quantity, unit } = context.monthlyCapacity;
      return en
        ? `Capacity ${number(quantity, language)} ${unit}/month, ${number(facts.capacityRatio, language, 1)}× the monthly need`
        : `Kapasitas ${number(quantity, language)} ${unit}/bulan, ${number(facts.capacityRatio, language, 1)}× kebutuhan bulanan`;
    }
    case 'tkdn':
      if (facts.tkdnPercent === null) return en ? 'Local content (TKDN) not stated' : 'TKDN tidak dinyatakan';
      return en
        ? `Local content (TKDN) ${number(facts.tkdnPercent, language, 2)}%`
        : `TKDN ${number(facts.tkdnPercent, language, 2)}%`;
    case 'verification':
      return {
        verified: en ? 'Profile verified by BBSPJILM' : 'Profil terverifikasi BBSPJILM',
        unverified: en ? 'Profile not yet verified' : 'Profil belum diverifikasi',
        rejected: en ? 'Profile verification was rejected' : 'Verifikasi profil ditolak',
      }[facts.verification];
  }
}
