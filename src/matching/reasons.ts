import { KG_PER_UNIT, type MachineNeed } from '../suppliers/supplier.entity';
import type { Language } from '../common/i18n/language';
import type { Factor } from '../sourcing-requests/score-weights';
import type { CandidateFacts } from './scoring';

/** What a reason may name besides the supplier's facts. */
export interface ReasonContext {
  plantName: string | null;
  partCategoryName: string;
  unit: string;
  /** The weight of one piece or set the request gives, kg, by which a capacity by weight is compared. */
  partWeightKg: number | null;
  /** The machine the request says its part needs, if any. */
  machineNeed: MachineNeed | null;
  monthlyCapacity: { quantity: number; unit: string } | null;
  certificateName: string | null;
}

// Made once per language and precision: toLocaleString with options builds a formatter on every call
// (about 40 µs each, 50 times the cost of a made one), and a page of 20 candidates formats about a hundred numbers.
const formats = new Map<string, Intl.NumberFormat>();
function number(value: number, language: Language, digits = 0): string {
  const key = `${language}${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

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
              ? `Makes parts of the same kind as ${context.partCategoryName}`
              : `Membuat komponen sejenis ${context.partCategoryName}`
            : en
              ? `No ${context.partCategoryName} made yet`
              : `Belum membuat ${context.partCategoryName}`;
      const steps = facts.downstreamSteps.map((step) => (en ? step.nameEn : step.nameId).toLowerCase());
      const depth = steps.length
        ? en
          ? `also does ${steps.join(', ')}`
          : `juga mengerjakan ${steps.join(', ')}`
        : en
          ? 'no further steps beyond those required'
          : 'tanpa proses lanjutan di luar yang diminta';
      return [category, depth, machineReason(facts.machineFit, context.machineNeed, language)]
        .filter(Boolean)
        .join('; ');
    }
    case 'certification': {
      if (!facts.bestCertificate || !context.certificateName) {
        return en
          ? 'No valid quality-system certificate (IATF 16949 or ISO 9001)'
          : 'Belum ada sertifikat sistem mutu (IATF 16949 atau ISO 9001) yang berlaku';
      }
      if (facts.bestCertificate.verified) {
        // BBSPJILM does not certify management systems: its curators check the certificate against the body's records.
        return en
          ? `${context.certificateName}, checked by a BBSPJILM curator`
          : `${context.certificateName}, keabsahannya dicek kurator BBSPJILM`;
      }
      return en
        ? `${context.certificateName} declared by the supplier, not yet verified`
        : `${context.certificateName} dinyatakan pemasok, belum diverifikasi`;
    }
    case 'distance':
      if (facts.distanceKm === null) {
        return en ? 'No delivery plant given: distance not rated' : 'Tanpa pabrik tujuan: jarak tidak dinilai';
      }
      return en
        ? `${number(facts.distanceKm, language)} km in a straight line from ${context.plantName ?? 'the plant'}`
        : `${number(facts.distanceKm, language)} km garis lurus dari ${context.plantName ?? 'pabrik'}`;
    case 'capacity': {
      if (!context.monthlyCapacity) {
        return en ? 'Monthly capacity not stated' : 'Kapasitas bulanan tidak dinyatakan';
      }
      const { quantity, unit } = context.monthlyCapacity;
      const capacity = `${number(quantity, language)} ${unit}`;
      if (facts.capacityRatio === null) {
        return en
          ? `Capacity ${capacity}/month cannot be compared with a need in ${context.unit} without the part's weight: not rated`
          : `Kapasitas ${capacity}/bulan tidak dapat dibandingkan dengan kebutuhan dalam ${context.unit} tanpa berat komponen: tidak dinilai`;
      }
      const ratio = number(facts.capacityRatio, language, 1);
      // Converted through the part's weight: say so, with the weight used.
      const byWeight =
        unit !== context.unit && context.partWeightKg !== null && !(context.unit in KG_PER_UNIT)
          ? en
            ? ` (at ${number(context.partWeightKg, language, 3)} kg/${context.unit})`
            : ` (dengan berat ${number(context.partWeightKg, language, 3)} kg/${context.unit})`
          : '';
      return en
        ? `Capacity ${capacity}/month, ${ratio}× the monthly need${byWeight}`
        : `Kapasitas ${capacity}/bulan, ${ratio}× kebutuhan bulanan${byWeight}`;
    }
    case 'tkdn':
      if (facts.tkdnPercent === null) return en ? 'Local content (TKDN) not stated' : 'TKDN tidak dinyatakan';
      if (facts.tkdnCertified) {
        return en
          ? `Local content (TKDN) ${number(facts.tkdnPercent, language, 2)}%, certified`
          : `TKDN ${number(facts.tkdnPercent, language, 2)}% bersertifikat`;
      }
      return en
        ? `Local content (TKDN) ${number(facts.tkdnPercent, language, 2)}% declared by the supplier`
        : `TKDN ${number(facts.tkdnPercent, language, 2)}% dinyatakan pemasok`;
    case 'verification':
      return {
        verified: en ? 'Profile checked by a BBSPJILM curator' : 'Profil dicek kurator BBSPJILM',
        unverified: en ? 'Profile not yet verified' : 'Profil belum diverifikasi',
        rejected: en ? 'Profile verification was rejected' : 'Verifikasi profil ditolak',
      }[facts.verification];
  }
}

/** Whether a stated machine fits the request's machine need, in words; empty when the request states none. */
function machineReason(fit: boolean | null, need: MachineNeed | null, language: Language): string {
  if (fit === null || !need) return '';
  const en = language === 'en';
  const bed = [need.minBedLengthMm, need.minBedWidthMm].filter((mm): mm is number => mm != null);
  const limits = [
    need.minTonnage != null ? `≥ ${number(need.minTonnage, language, 1)} t` : '',
    bed.length ? `${en ? 'bed' : 'meja'} ≥ ${bed.map((mm) => number(mm, language)).join(' × ')} mm` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (fit) return en ? `has a machine that fits (${limits})` : `punya mesin yang memenuhi (${limits})`;
  return en ? `no machine stated that fits (${limits})` : `tidak ada mesin yang dinyatakan memenuhi (${limits})`;
}
