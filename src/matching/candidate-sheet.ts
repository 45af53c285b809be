import type { Language } from '../common/i18n/language';
import type { SheetSpec } from '../common/files/workbook';
import { VERIFICATION_NAMES } from '../suppliers/verification-names';
import type { CandidateDto } from './dto/candidates.dto';
import { MATCH_STATUS_NAMES } from './match-visibility';

type Row = CandidateDto & { rank: number };

const HEADERS: Record<Language, string[]> = {
  id: [
    'Peringkat',
    'Nama pemasok',
    'Kabupaten/kota',
    'Verifikasi',
    'Sertifikat dimiliki',
    'Jarak (km)',
    'Kapasitas per bulan',
    'Satuan',
    'TKDN (%)',
    'TKDN bersertifikat',
    'Skor',
    'Status pencocokan',
    'ID pemasok',
  ],
  en: [
    'Rank',
    'Supplier name',
    'Regency/city',
    'Verification',
    'Certificates held',
    'Distance (km)',
    'Monthly capacity',
    'Unit',
    'TKDN (%)',
    'TKDN certified',
    'Score',
    'Match status',
    'Supplier ID',
  ],
};

const YES_NO: Record<Language, [string, string]> = { id: ['Ya', 'Tidak'], en: ['Yes', 'No'] };
const UNVERIFIED: Record<Language, string> = { id: 'belum diverifikasi', en: 'not verified' };

/** A request's candidates as a sheet: the card's facts, one row each, best first, in the reader's language. */
export function candidateSheet(items: CandidateDto[], language: Language): SheetSpec<Row> {
  const [yes, no] = YES_NO[language];
  const values: ((row: Row) => string | number | null)[] = [
    (r) => r.rank,
    (r) => r.supplier.name,
    (r) => r.supplier.regencyName,
    (r) => VERIFICATION_NAMES[r.supplier.verification as keyof typeof VERIFICATION_NAMES][language],
    (r) => r.supplier.certificates.map((c) => (c.verified ? c.name : `${c.name} (${UNVERIFIED[language]})`)).join(', '),
    (r) => r.distanceKm,
    (r) => r.monthlyCapacity?.quantity ?? null,
    (r) => r.monthlyCapacity?.unit ?? null,
    (r) => r.tkdnPercent,
    (r) => (r.tkdnCertified ? yes : no),
    (r) => r.score,
    (r) => (r.match ? MATCH_STATUS_NAMES[r.match.status][language] : null),
    (r) => r.supplier.id,
  ];
  const formats: Record<number, string> = { 5: '0.0', 6: '#,##0.##', 8: '0.0#', 10: '0.00' };
  return {
    name: language === 'en' ? 'Candidates' : 'Kandidat',
    columns: HEADERS[language].map((header, i) => ({
      header,
      value: values[i],
      numFmt: formats[i],
      width: i === 1 || i === 4 ? 36 : undefined,
    })),
    rows: items.map((item, i) => ({ ...item, rank: i + 1 })),
  };
}
