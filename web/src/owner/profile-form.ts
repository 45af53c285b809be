import { randomId } from '@mantine/hooks';
import { ApiError, formPath, type Schemas } from '../api/client';
import type { User } from '../auth/session';
import type { Point } from '../components/map/PointMap';
import { WIZARD_STEPS, type ProfileFacts, type WizardStep } from './completeness';

type Supplier = Schemas['SupplierDto'];
type Body = Schemas['CreateSupplierDto'];
export type LegalForm = NonNullable<Body['legalForm']>;
export type CapacityUnit = Schemas['CapacityDto']['unit'];

export const LEGAL_FORMS: LegalForm[] = ['pt', 'cv', 'firma', 'ud', 'koperasi', 'perorangan'];
export const CAPACITY_UNITS: CapacityUnit[] = ['pcs', 'set', 'kg', 'ton', 'm', 'm2'];

/** A number input's value: '' while empty. */
type Amount = number | '';

export interface MachineValues {
  /** React's key for the row; not sent. */
  key: string;
  type: string;
  process: string;
  count: Amount;
  spec: string;
  tonnage: Amount;
  bedLengthMm: Amount;
  bedWidthMm: Amount;
}

/**
 * The wizard's values: the API's body in the shape inputs hold (empty text, '' for an empty number),
 * with the same paths, so that the API's field errors land next to their inputs.
 */
export type ProfileValues = {
  name: string;
  legalForm: LegalForm | '';
  nib: string;
  npwp: string;
  kbli: string[];
  description: string;
  employees: Amount;
  annualTurnoverIdr: Amount;
  businessCapitalIdr: Amount;
  address: string;
  regencyCode: string | null;
  /** The workshop's own point; null leaves the regency's centroid. */
  location: Point | null;
  estateId: string | null;
  processes: string[];
  materials: string[];
  productCategories: string[];
  machines: MachineValues[];
  monthlyCapacity: { quantity: Amount; unit: CapacityUnit };
  tkdnPercent: Amount;
  contact: { email: string; phone: string };
};

/** Which step asks for each field, to open the step of the first field the API refused. */
const STEP_OF_FIELD: Record<string, WizardStep> = {
  name: 'identity',
  legalForm: 'identity',
  nib: 'identity',
  npwp: 'identity',
  kbli: 'identity',
  description: 'identity',
  employees: 'identity',
  annualTurnoverIdr: 'identity',
  businessCapitalIdr: 'identity',
  sizeClass: 'identity',
  address: 'location',
  regencyCode: 'location',
  location: 'location',
  estateId: 'location',
  processes: 'capabilities',
  materials: 'capabilities',
  productCategories: 'capabilities',
  machines: 'machines',
  monthlyCapacity: 'capacity',
  tkdnPercent: 'capacity',
  contact: 'contact',
} satisfies Record<keyof ProfileValues | 'sizeClass', WizardStep>;

export const stepOfField = (path: string): WizardStep | undefined => STEP_OF_FIELD[path.split('.')[0]];

/** The earliest step with a field the API refused, if it named any. */
export function firstStepWithError(error: unknown): WizardStep | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const steps = new Set((error.problem?.errors ?? []).map(({ field }) => stepOfField(formPath(field))));
  return WIZARD_STEPS.find((step) => steps.has(step));
}

export const newMachine = (): MachineValues => ({
  key: randomId(),
  type: '',
  process: '',
  count: 1,
  spec: '',
  tonnage: '',
  bedLengthMm: '',
  bedWidthMm: '',
});

/** A saved profile as the wizard's values (`ownPoint`: the point is the owner's, not the centroid); empty for a new one. */
export function valuesFrom(supplier: Supplier | undefined, ownPoint: boolean, user: User): ProfileValues {
  const amount = (value: number | null | undefined): Amount => value ?? '';
  return {
    name: supplier?.name ?? '',
    legalForm: supplier?.legalForm ?? '',
    nib: supplier?.nib ?? '',
    npwp: supplier?.npwp ?? '',
    kbli: supplier?.kbli ?? [],
    description: supplier?.description ?? '',
    employees: amount(supplier?.employees),
    annualTurnoverIdr: amount(supplier?.annualTurnoverIdr),
    businessCapitalIdr: amount(supplier?.businessCapitalIdr),
    address: supplier?.address ?? '',
    regencyCode: supplier?.regencyCode ?? null,
    location: supplier && ownPoint ? supplier.location : null,
    estateId: supplier?.estateId ?? null,
    processes: supplier?.processes ?? [],
    materials: supplier?.materials ?? [],
    productCategories: supplier?.productCategories ?? [],
    machines: (supplier?.machines ?? []).map((machine) => ({
      ...newMachine(),
      type: machine.type,
      process: machine.process ?? '',
      count: machine.count,
      spec: machine.spec ?? '',
      tonnage: amount(machine.tonnage),
      bedLengthMm: amount(machine.bedLengthMm),
      bedWidthMm: amount(machine.bedWidthMm),
    })),
    monthlyCapacity: supplier?.monthlyCapacity ?? { quantity: '', unit: 'pcs' },
    tkdnPercent: amount(supplier?.tkdnPercent),
    // A new profile starts with the owner's own contact, which most small workshops use.
    contact: supplier?.contact ?? { email: user.email, phone: user.phone ?? '' },
  };
}

const orNull = (value: Amount): number | null => (value === '' ? null : value);
const textOrNull = (value: string): string | null => value.trim() || null;

/**
 * The body the API takes. Empty optional fields are null, so that an edit can clear them; an empty
 * required one is sent empty, for the API to say what it needs next to the input.
 */
export function bodyFrom(values: ProfileValues): Body {
  const { quantity, unit } = values.monthlyCapacity;
  return {
    name: values.name.trim(),
    legalForm: values.legalForm || null,
    nib: textOrNull(values.nib),
    npwp: textOrNull(values.npwp),
    kbli: values.kbli,
    description: values.description.trim(),
    employees: orNull(values.employees),
    annualTurnoverIdr: orNull(values.annualTurnoverIdr),
    businessCapitalIdr: orNull(values.businessCapitalIdr),
    address: values.address.trim(),
    regencyCode: values.regencyCode ?? '',
    ...(values.location && { location: values.location }),
    estateId: values.estateId,
    processes: values.processes,
    materials: values.materials,
    productCategories: values.productCategories,
    machines: values.machines.map(({ type, process, count, spec, tonnage, bedLengthMm, bedWidthMm }) => ({
      type: type.trim(),
      // An emptied count is sent as 0, which the API refuses next to its input.
      count: Number(count),
      ...(process && { process }),
      ...(spec.trim() && { spec: spec.trim() }),
      ...(tonnage !== '' && { tonnage }),
      ...(bedLengthMm !== '' && { bedLengthMm }),
      ...(bedWidthMm !== '' && { bedWidthMm }),
    })),
    ...(quantity !== '' && { monthlyCapacity: { quantity, unit } }),
    tkdnPercent: orNull(values.tkdnPercent),
    contact: { email: values.contact.email.trim(), phone: values.contact.phone.trim() },
  };
}

/**
 * Only what the owner changed: an unchanged claim sent again is no change, but sending only the
 * changes keeps the request small and the history clear. A new regency takes the point along, or the
 * API would move the workshop to the new regency's centroid.
 */
export function changesFrom(initial: ProfileValues, current: ProfileValues): Partial<Body> {
  const before = bodyFrom(initial);
  const after = bodyFrom(current);
  const changes: Partial<Record<keyof Body, unknown>> = {};
  for (const key of Object.keys(after) as (keyof Body)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changes[key] = after[key];
  }
  if (changes.regencyCode !== undefined && after.location) changes.location = after.location;
  return changes as Partial<Body>;
}

/** The completeness rule's view of the values being edited, with what only the saved profile knows. */
export function factsFrom(values: ProfileValues, supplier: Supplier | undefined): ProfileFacts {
  const body = bodyFrom(values);
  return {
    nib: body.nib ?? null,
    kbli: body.kbli,
    description: body.description,
    employees: body.employees ?? null,
    annualTurnoverIdr: body.annualTurnoverIdr,
    businessCapitalIdr: body.businessCapitalIdr,
    materials: body.materials,
    productCategories: body.productCategories,
    machines: body.machines ?? [],
    monthlyCapacity: body.monthlyCapacity ?? null,
    tkdnPercent: body.tkdnPercent ?? null,
    exactPoint: values.location !== null,
    certifications: supplier?.certifications ?? [],
    verification: supplier?.verification ?? 'unverified',
  };
}
