import type { FieldError } from '../common/errors/problem';
import { text } from '../common/i18n/text';
import { type LegalForm, SIZE_CLASSES, type SizeClass } from './supplier.entity';

/** Forms that are not a legal entity: their taxpayer is the owner, whose NPWP is the NIK (PMK 112/2022). */
export const OWNER_TAXED_FORMS: readonly LegalForm[] = ['ud', 'perorangan'];

/**
 * A NIK: province code (11–94), regency and district, birth date (day + 40
 * for women), month, year, and a serial. A 15-digit NPWP padded with a
 * leading 0 is not one.
 */
export const NIK_PATTERN = /^[1-9][1-9]\d{4}(0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])(0[1-9]|1[0-2])\d{6}$/;

/** An owner-taxed firm's NPWP must be its owner's NIK. */
export function npwpErrors(legalForm: LegalForm | null, npwp: string | null): FieldError[] {
  if (!legalForm || !OWNER_TAXED_FORMS.includes(legalForm) || !npwp || NIK_PATTERN.test(npwp)) return [];
  return [
    {
      field: 'npwp',
      message: text('validation.npwpOwnerNik'),
    },
  ];
}

const BILLION = 1_000_000_000;
/**
 * PP 7/2021 art. 35: upper bounds, in rupiah, of micro, small and medium
 * firms by business capital (modal usaha, without land and buildings) and
 * by annual sales (hasil penjualan tahunan); above them a firm is large.
 */
export const SIZE_THRESHOLDS: Record<'capital' | 'turnover', [number, number, number]> = {
  capital: [1 * BILLION, 5 * BILLION, 10 * BILLION],
  turnover: [2 * BILLION, 15 * BILLION, 50 * BILLION],
};

/**
 * The size class by PP 7/2021: by annual sales when known (a running firm),
 * else by business capital (the criterion at founding); null when neither
 * is known. Headcount is not a criterion.
 */
export function sizeClassFor(figures: {
  businessCapitalIdr: number | null;
  annualTurnoverIdr: number | null;
}): SizeClass | null {
  const [value, bounds] =
    figures.annualTurnoverIdr !== null
      ? [figures.annualTurnoverIdr, SIZE_THRESHOLDS.turnover]
      : figures.businessCapitalIdr !== null
        ? [figures.businessCapitalIdr, SIZE_THRESHOLDS.capital]
        : [null, null];
  if (value === null) return null;
  const index = bounds.findIndex((bound) => value <= bound);
  return SIZE_CLASSES[index === -1 ? 3 : index];
}

/** A profile's identity fields, as they will be stored. */
export interface Identity {
  legalForm: LegalForm | null;
  npwp: string | null;
  sizeClass: SizeClass | null;
  businessCapitalIdr: number | null;
  annualTurnoverIdr: number | null;
}

/**
 * The rules across identity fields: an owner-taxed firm's NPWP is a NIK, and
 * the size class follows from the figures when there are any (a size class
 * sent with them must agree). Answers the size class to store.
 */
export function checkIdentity(
  identity: Identity,
  sizeClassSent: boolean,
): { errors: FieldError[]; sizeClass: SizeClass | null } {
  const errors = npwpErrors(identity.legalForm, identity.npwp);
  const derived = sizeClassFor(identity);
  if (derived !== null && sizeClassSent && identity.sizeClass !== derived) {
    const basis = identity.annualTurnoverIdr !== null ? 'annualTurnoverIdr' : 'businessCapitalIdr';
    errors.push({ field: 'sizeClass', message: text('validation.sizeClassDerived', { basis, derived }) });
  }
  return { errors, sizeClass: derived ?? identity.sizeClass };
}
