import type { Language } from '../common/i18n/language';
import type { GapKind, Missing } from './eligibility-rules';

/** Names of the codes a gap can name, by reference table, in both languages (certificates without their description). */
export type CodeNames = Record<NamedTable, Map<string, { id: string; en: string }>>;
export type NamedTable = 'processes' | 'materials' | 'certifications';

/** What a gap kind without a code is called; a kind with codes is named by them. */
const KIND_NAMES: Record<
  Exclude<GapKind, 'process' | 'material' | 'certification' | 'certificate_unverified'>,
  Record<Language, string>
> = {
  distance: {
    id: 'Jarak ke pabrik pembeli melebihi batas permintaan',
    en: "Farther from the buyer's plant than the request allows",
  },
  tkdn: { id: 'TKDN di bawah minimum permintaan', en: "TKDN below the request's minimum" },
  capacity: { id: 'Kapasitas bulanan di bawah kebutuhan', en: "Monthly capacity below the request's need" },
};

/**
 * A missing thing as people read it, in `language`: the process's name, the
 * materials any one of which would do, the certificate, or, for a
 * certificate the supplier has declared but BBSPJILM has not verified while
 * the request accepts only verified ones, that it awaits verification.
 */
export function gapName(missing: Missing, names: CodeNames, language: Language): string {
  const name = (table: NamedTable, code: string) => names[table].get(code)?.[language] ?? code;
  switch (missing.kind) {
    case 'process':
      return name('processes', missing.code!);
    case 'certification':
      return name('certifications', missing.code!);
    case 'certificate_unverified':
      return language === 'en'
        ? `${name('certifications', missing.code!)} declared, not yet verified by BBSPJILM`
        : `${name('certifications', missing.code!)} dinyatakan, belum diverifikasi BBSPJILM`;
    case 'material':
      return (missing.options ?? []).map((code) => name('materials', code)).join(language === 'en' ? ' or ' : ' atau ');
    default:
      return KIND_NAMES[missing.kind][language];
  }
}

/** The codes whose names `gapName` needs, by the table they are in. */
export function codesToName(missing: Missing[]): Record<NamedTable, string[]> {
  const codes = { processes: new Set<string>(), materials: new Set<string>(), certifications: new Set<string>() };
  for (const m of missing) {
    if (m.kind === 'process') codes.processes.add(m.code!);
    if (m.kind === 'material') for (const option of m.options ?? []) codes.materials.add(option);
    if (m.kind === 'certification' || m.kind === 'certificate_unverified') codes.certifications.add(m.code!);
  }
  return {
    processes: [...codes.processes],
    materials: [...codes.materials],
    certifications: [...codes.certifications],
  };
}
