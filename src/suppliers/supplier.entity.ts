import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { numeric } from '../common/sql/numeric';
import { Estate } from '../estates/estate.entity';
import { Organization } from '../organizations/organization.entity';
import { Region } from '../reference/region.entity';
import { User } from '../auth/user.entity';

/** Legal forms of Indonesian firms: PT, CV, firma, UD (usaha dagang), koperasi, and a sole proprietor. */
export const LEGAL_FORMS = ['pt', 'cv', 'firma', 'ud', 'koperasi', 'perorangan'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
/** PP 7/2021 size classes (identity.ts derives them); a large firm is not an IKM, but may still supply. */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const CAPACITY_UNITS = ['pcs', 'set', 'kg', 'ton', 'm', 'm2'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];
/** Units that count pieces; with a part's weight, a need in them compares with a capacity by weight. */
export const COUNT_UNITS: readonly string[] = ['pcs', 'set'];
/** Units of weight, in kilograms: capacities and needs in them compare with each other. */
export const KG_PER_UNIT: Readonly<Record<string, number>> = { kg: 1, ton: 1000 };
export const VERIFICATION_STATES = ['unverified', 'verified', 'rejected'] as const;
/** Where a profile came from: its owner registered it, or curators imported it from a list. */
export const SUPPLIER_SOURCES = ['self_registered', 'imported'] as const;
export type SupplierSource = (typeof SUPPLIER_SOURCES)[number];
export type Verification = (typeof VERIFICATION_STATES)[number];

/** A kind of machine the workshop has, how many, and what they can do. */
export interface Machine {
  type: string;
  count: number;
  spec?: string;
  /** The process it serves (a process code), its force in tonnes and its bed, mm: what a request's machine need is matched against. */
  process?: string;
  tonnage?: number;
  bedLengthMm?: number;
  bedWidthMm?: number;
}

/** What machine a request's part needs: the process, and the least tonnage and bed size. */
export interface MachineNeed {
  process: string;
  minTonnage?: number | null;
  minBedLengthMm?: number | null;
  minBedWidthMm?: number | null;
}

/** What search and matching keep on each row, by trigger (see the SearchTags and HeldCertificates migrations): never read or written here. */
const DERIVED = { select: false, insert: false, update: false } as const;

@Entity({ name: 'suppliers' })
@Check(
  'suppliers_capacity_check',
  `(((monthly_capacity_quantity IS NULL) = (monthly_capacity_unit IS NULL)) AND ((monthly_capacity_quantity IS NULL) OR (monthly_capacity_quantity > (0)::numeric)) AND ((monthly_capacity_unit IS NULL) OR (monthly_capacity_unit = ANY (ARRAY['pcs'::text, 'set'::text, 'kg'::text, 'ton'::text, 'm'::text, 'm2'::text]))))`,
)
@Check(
  'suppliers_contact_check',
  `((contact_phone ~ '^\\+[1-9][0-9]{6,14}$'::text) AND (contact_email ~~ '_%@_%'::text))`,
)
@Check('suppliers_description_check', `(length(description) <= 5000)`)
@Check('suppliers_employees_check', `((employees >= 0) AND (employees <= 100000))`)
@Check('suppliers_held_certificates_check', `(jsonb_typeof(held_certificates) = 'object'::text)`)
@Check(
  'suppliers_location_check',
  `(((lat >= ('-11.5'::numeric)::double precision) AND (lat <= (6.5)::double precision)) AND ((lng >= (94.5)::double precision) AND (lng <= (141.5)::double precision)))`,
)
@Check('suppliers_machines_check', `(jsonb_typeof(machines) = 'array'::text)`)
@Check(
  'suppliers_merge_check',
  `((merged_into_id IS NULL) OR ((merged_into_id <> id) AND (deleted_at IS NOT NULL) AND (merged_by IS NOT NULL)))`,
)
@Check('suppliers_name_check', `((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))`)
@Check('suppliers_nib_check', `(nib ~ '^[0-9]{13}$'::text)`)
@Check('suppliers_npwp_check', `(npwp ~ '^[0-9]{16}$'::text)`)
@Check('suppliers_organization_type_check', `(organization_type = 'supplier'::text)`)
@Check('suppliers_processes_check', `((cardinality(processes) >= 1) AND (cardinality(processes) <= 50))`)
@Check('suppliers_regency_code_check', `(regency_code ~ '^[0-9]{2}\\.[0-9]{2}$'::text)`)
@Check(
  'suppliers_size_class_check',
  `(size_class = ANY (ARRAY['micro'::text, 'small'::text, 'medium'::text, 'large'::text]))`,
)
@Check(
  'suppliers_legal_form_check',
  `(legal_form = ANY (ARRAY['pt'::text, 'cv'::text, 'firma'::text, 'ud'::text, 'koperasi'::text, 'perorangan'::text]))`,
)
@Check(
  'suppliers_owner_npwp_check',
  `((legal_form <> ALL (ARRAY['ud'::text, 'perorangan'::text])) OR (npwp !~ '^0'::text))`,
)
@Check('suppliers_figures_check', `((business_capital_idr >= 0) AND (annual_turnover_idr >= 0))`)
@Check('suppliers_tkdn_check', `((tkdn_percent >= (0)::numeric) AND (tkdn_percent <= (100)::numeric))`)
@Check(
  'suppliers_verification_check',
  `(((verification = 'unverified'::text) AND (verification_reason IS NULL)) OR ((verification = 'verified'::text) AND (verified_by IS NOT NULL) AND (verified_at IS NOT NULL)) OR ((verification = 'rejected'::text) AND (verified_by IS NOT NULL) AND (verification_reason IS NOT NULL) AND (length(btrim(verification_reason)) > 0)))`,
)
@Check('suppliers_version_check', `(version >= 1)`)
@Check('suppliers_source_check', `(source = ANY (ARRAY['self_registered'::text, 'imported'::text]))`)
@Check('suppliers_waiting_check', `((verification = 'unverified'::text) = (waiting_since IS NOT NULL))`)
@Check(
  'suppliers_verification_changes_check',
  `((verification = 'unverified'::text) OR (cardinality(verification_changes) = 0))`,
)
@ForeignKey(() => Estate, ['estateId'], ['id'], { name: 'suppliers_estate_fk' })
@ForeignKey(() => User, ['mergedBy'], ['id'], { name: 'suppliers_merged_by_fk' })
@ForeignKey(() => Supplier, ['mergedIntoId'], ['id'], { name: 'suppliers_merged_into_fk' })
@ForeignKey(() => Organization, ['id', 'organizationType'], ['id', 'type'], { name: 'suppliers_organization_fk' })
@ForeignKey(() => Region, ['regencyCode'], ['code'], { name: 'suppliers_regency_fk' })
@ForeignKey(() => User, ['verifiedBy'], ['id'], { name: 'suppliers_verified_by_fk' })
@Index('suppliers_estate_id_idx', { synchronize: false })
@Index('suppliers_lat_lng_idx', { synchronize: false })
@Index('suppliers_materials_idx', { synchronize: false })
@Index('suppliers_name_order_idx', { synchronize: false })
@Index('suppliers_name_trgm_idx', { synchronize: false })
@Index('suppliers_nearest_idx', { synchronize: false })
@Index('suppliers_nib_active_unique', { synchronize: false })
@Index('suppliers_processes_idx', { synchronize: false })
@Index('suppliers_product_categories_idx', { synchronize: false })
@Index('suppliers_regency_code_idx', { synchronize: false })
@Index('suppliers_search_idx', { synchronize: false })
@Index('suppliers_updated_at_idx', { synchronize: false })
@Index('suppliers_verification_queue_idx', { synchronize: false })
export class Supplier {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'suppliers_pk' })
  id!: string;

  @Column({ type: 'text', name: 'organization_type', default: 'supplier' })
  organizationType!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  nib!: string | null;

  @Column({ type: 'text', nullable: true })
  npwp!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  kbli!: string[];

  @Column({ type: 'text', name: 'size_class', nullable: true })
  sizeClass!: SizeClass | null;

  @Column({ type: 'text', name: 'legal_form', nullable: true })
  legalForm!: LegalForm | null;

  /** Modal usaha without land and buildings, and annual sales, rupiah (PP 7/2021): private, like the NPWP. */
  @Column({ type: 'bigint', name: 'business_capital_idr', transformer: numeric, nullable: true })
  businessCapitalIdr!: number | null;

  @Column({ type: 'bigint', name: 'annual_turnover_idr', transformer: numeric, nullable: true })
  annualTurnoverIdr!: number | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', name: 'regency_code' })
  regencyCode!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'text', array: true })
  processes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  materials!: string[];

  @Column({ type: 'text', name: 'product_categories', array: true, default: () => "'{}'" })
  productCategories!: string[];

  @Column({
    type: 'numeric',
    name: 'monthly_capacity_quantity',
    precision: 14,
    scale: 2,
    transformer: numeric,
    nullable: true,
  })
  monthlyCapacityQuantity!: number | null;

  @Column({ type: 'text', name: 'monthly_capacity_unit', nullable: true })
  monthlyCapacityUnit!: CapacityUnit | null;

  @Column({ type: 'integer', nullable: true })
  employees!: number | null;

  @Column({ type: 'numeric', name: 'tkdn_percent', precision: 5, scale: 2, transformer: numeric, nullable: true })
  tkdnPercent!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  machines!: Machine[];

  @Column({ type: 'text', name: 'contact_phone' })
  contactPhone!: string;

  @Column({ type: 'text', name: 'contact_email' })
  contactEmail!: string;

  @Column({ type: 'text', default: 'unverified' })
  verification!: Verification;

  @Column({ type: 'text', name: 'verification_reason', nullable: true })
  verificationReason!: string | null;

  @Column({ type: 'uuid', name: 'verified_by', nullable: true })
  verifiedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'text', default: 'self_registered' })
  source!: SupplierSource;

  /** Since when the profile has waited for a curator: set whenever it becomes unverified, cleared by a verdict. */
  @Column({ type: 'timestamptz', name: 'waiting_since', nullable: true, default: () => 'now()' })
  waitingSince!: Date | null;

  /** The claims (API field names) its members changed since a curator's verdict, while it waits for the next. */
  @Column({ type: 'text', name: 'verification_changes', array: true, default: () => "'{}'" })
  verificationChanges!: string[];

  @Column({ type: 'tsvector', name: 'search_vector', default: () => "''", ...DERIVED })
  searchVector!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'uuid', name: 'merged_into_id', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'uuid', name: 'merged_by', nullable: true })
  mergedBy!: string | null;

  @Column({ type: 'uuid', name: 'estate_id', nullable: true })
  estateId!: string | null;

  @Column({ type: 'text', name: 'search_tags', array: true, default: () => "'{}'", ...DERIVED })
  searchTags!: string[];

  @Column({ type: 'jsonb', name: 'held_certificates', default: () => "'{}'", ...DERIVED })
  heldCertificates!: Record<string, string>;
}

/** The columns a profile's owner or an import writes; the rest are kept by the database, curators and merges. */
export type SupplierWrite = Omit<
  Supplier,
  | 'id'
  | 'organizationType'
  | 'verification'
  | 'verificationReason'
  | 'verifiedBy'
  | 'verifiedAt'
  | 'source'
  | 'waitingSince'
  | 'verificationChanges'
  | 'searchVector'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'deletedAt'
  | 'mergedIntoId'
  | 'mergedBy'
  | 'searchTags'
  | 'heldCertificates'
>;
