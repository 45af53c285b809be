import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Certification } from '../reference/certification.entity';

export const CENTRE_SERVICE_KINDS = ['testing', 'calibration', 'standardisation', 'training', 'consultancy'] as const;
export type CentreServiceKind = (typeof CENTRE_SERVICE_KINDS)[number];

/**
 * One of BBSPJILM's services, as curators and admins keep the catalogue: what
 * it helps with (certificate codes, processes), how long it usually takes,
 * whether it has a fee, and the evidence its completion records on the
 * supplier (`issues`, a certificate code, valid for `evidenceValidMonths`).
 */
@Entity({ name: 'centre_services' })
@Check('centre_services_code_check', `(code ~ '^[a-z0-9_]{2,60}$'::text)`)
@Check(
  'centre_services_kind_check',
  `(kind = ANY (ARRAY['testing'::text, 'calibration'::text, 'standardisation'::text, 'training'::text, 'consultancy'::text]))`,
)
@Check(
  'centre_services_names_check',
  `(((length(btrim(name_id)) >= 1) AND (length(btrim(name_id)) <= 200)) AND ((length(btrim(name_en)) >= 1) AND (length(btrim(name_en)) <= 200)))`,
)
@Check('centre_services_descriptions_check', `((length(description_id) <= 2000) AND (length(description_en) <= 2000))`)
@Check(
  'centre_services_evidence_check',
  `(((issues IS NULL) = (evidence_valid_months IS NULL)) AND COALESCE(((evidence_valid_months >= 1) AND (evidence_valid_months <= 120)), true))`,
)
@Check('centre_services_typical_days_check', `((typical_days >= 1) AND (typical_days <= 730))`)
@Check('centre_services_version_check', `(version >= 1)`)
@ForeignKey(() => Certification, ['issues'], ['code'], { name: 'centre_services_issues_fk' })
export class CentreService {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'centre_services_pk' })
  code!: string;

  @Column({ type: 'text' })
  kind!: CentreServiceKind;

  @Column({ type: 'text', name: 'name_id' })
  nameId!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;

  @Column({ type: 'text', name: 'description_id' })
  descriptionId!: string;

  @Column({ type: 'text', name: 'description_en' })
  descriptionEn!: string;

  /** Certificate codes (including evidence such as test reports) the service helps a firm obtain. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certifications!: string[];

  /** Processes (a group covers its members) the service trains or qualifies a firm for. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  processes!: string[];

  /** The certificate code its completion records on the supplier, verified; null when it records none. */
  @Column({ type: 'text', nullable: true })
  issues!: string | null;

  @Column({ type: 'integer', name: 'evidence_valid_months', nullable: true })
  evidenceValidMonths!: number | null;

  @Column({ type: 'integer', name: 'typical_days' })
  typicalDays!: number;

  @Column({ type: 'boolean', name: 'has_fee' })
  hasFee!: boolean;

  /** Retired services are kept for the requests that name them, and offered no more. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
