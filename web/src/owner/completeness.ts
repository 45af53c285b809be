import type { Schemas } from '../api/client';

/** The profile wizard's steps, in order; `?step=` names one in links. */
export const WIZARD_STEPS = ['identity', 'location', 'capabilities', 'machines', 'capacity', 'contact'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const wizardLink = (step: WizardStep) => `/owner/profile?step=${step}`;
export const CERTIFICATES_LINK = '/owner/certificates';

type Supplier = Schemas['SupplierDto'];

/**
 * What the rule reads: a saved profile, or the wizard's values on their way to becoming one.
 * `exactPoint` says whether the location is the workshop's own point, not the regency's centroid
 * the API stores when none is given.
 */
export type ProfileFacts = Pick<
  Supplier,
  | 'nib'
  | 'kbli'
  | 'description'
  | 'employees'
  | 'materials'
  | 'productCategories'
  | 'machines'
  | 'monthlyCapacity'
  | 'tkdnPercent'
  | 'certifications'
  | 'verification'
> &
  Pick<Supplier, 'annualTurnoverIdr' | 'businessCapitalIdr'> & { exactPoint: boolean };

export interface CompletenessItem {
  /** Message key under `owner.completeness.items`. */
  key: string;
  done: boolean;
  /** Where the owner makes it true; none where only a curator can. */
  to?: string;
}

/** A sentence or two: what the firm makes, from what, for whom. Buyers skip profiles that say less. */
const DESCRIPTION_MIN_CHARS = 80;

/**
 * What makes a profile stronger for matching and for buyers, each a step the owner can take,
 * and how much of it is there (0–100, every item weighing the same). The home page and the
 * wizard both show it, so that the owner sees the same number in both places.
 */
export function completeness(profile: ProfileFacts): { percent: number; items: CompletenessItem[] } {
  const heldCertificates = profile.certifications.filter((c) => !c.expired && c.status !== 'rejected');
  const items: CompletenessItem[] = [
    { key: 'nib', done: Boolean(profile.nib), to: wizardLink('identity') },
    { key: 'kbli', done: profile.kbli.length > 0, to: wizardLink('identity') },
    {
      key: 'description',
      done: profile.description.trim().length >= DESCRIPTION_MIN_CHARS,
      to: wizardLink('identity'),
    },
    {
      key: 'size',
      done: profile.employees !== null && (profile.annualTurnoverIdr != null || profile.businessCapitalIdr != null),
      to: wizardLink('identity'),
    },
    { key: 'point', done: profile.exactPoint, to: wizardLink('location') },
    {
      key: 'capabilities',
      done: profile.materials.length > 0 && profile.productCategories.length > 0,
      to: wizardLink('capabilities'),
    },
    { key: 'machines', done: profile.machines.length > 0, to: wizardLink('machines') },
    { key: 'capacity', done: profile.monthlyCapacity !== null, to: wizardLink('capacity') },
    { key: 'tkdn', done: profile.tkdnPercent !== null, to: wizardLink('capacity') },
    { key: 'certificate', done: heldCertificates.length > 0, to: CERTIFICATES_LINK },
    {
      key: 'verifiedCertificate',
      done: heldCertificates.some((c) => c.status === 'verified'),
      to: CERTIFICATES_LINK,
    },
    // Only a BBSPJILM curator verifies a profile; the owner's part is to keep its claims true.
    { key: 'verified', done: profile.verification === 'verified' },
  ];
  const done = items.filter((item) => item.done).length;
  return { percent: Math.round((done / items.length) * 100), items };
}

/** Whether a saved point is the owner's own, not the regency's centroid (the API keeps six decimals). */
export function isOwnPoint(point: Schemas['LocationDto'], centroid: Schemas['LocationDto'] | undefined): boolean {
  if (!centroid) return true;
  return Math.abs(point.lat - centroid.lat) > 1e-6 || Math.abs(point.lng - centroid.lng) > 1e-6;
}
