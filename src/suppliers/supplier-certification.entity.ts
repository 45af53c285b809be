import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Certification } from '../reference/certification.entity';
import { PartCategory } from '../reference/part-category.entity';
import { numeric } from '../common/sql/numeric';
import { Supplier } from './supplier.entity';
import { User } from '../auth/user.entity';

export const CERTIFICATION_STATES = ['declared', 'verified', 'rejected'] as const;
export type CertificationState = (typeof CERTIFICATION_STATES)[number];

@Entity({ name: 'supplier_certifications' })
@Check('supplier_certifications_issuer_check', `((length(btrim(issuer)) >= 1) AND (length(btrim(issuer)) <= 200))`)
@Check('supplier_certifications_number_check', `((length(btrim(number)) >= 1) AND (length(btrim(number)) <= 100))`)
@Check(
  'supplier_certifications_status_check',
  `(((status = 'declared'::text) AND (verified_by IS NULL) AND (status_reason IS NULL)) OR ((status = 'verified'::text) AND (verified_by IS NOT NULL) AND (verified_at IS NOT NULL)) OR ((status = 'rejected'::text) AND (verified_by IS NOT NULL) AND (status_reason IS NOT NULL) AND (length(btrim(status_reason)) > 0)))`,
)
@Check('supplier_certifications_validity_check', `((valid_from IS NULL) OR (valid_from <= valid_until))`)
@Check(
  'supplier_certifications_product_check',
  `(((product_name IS NULL) = (part_category IS NULL)) AND ((product_name IS NULL) = (tkdn_percent IS NULL)) AND ((bmp_percent IS NULL) OR (tkdn_percent IS NOT NULL)) AND ((product_name IS NULL) OR ((length(btrim(product_name)) >= 1) AND (length(btrim(product_name)) <= 200))) AND ((tkdn_percent IS NULL) OR ((tkdn_percent >= (0)::numeric) AND (tkdn_percent <= (100)::numeric))) AND ((bmp_percent IS NULL) OR ((bmp_percent >= (0)::numeric) AND (bmp_percent <= (15)::numeric))))`,
)
@ForeignKey(() => Certification, ['code'], ['code'], { name: 'supplier_certifications_code_fk' })
@ForeignKey(() => PartCategory, ['partCategory'], ['code'], { name: 'supplier_certifications_part_category_fk' })
@ForeignKey(() => Supplier, ['supplierId'], ['id'], { name: 'supplier_certifications_supplier_fk' })
@ForeignKey(() => User, ['verifiedBy'], ['id'], { name: 'supplier_certifications_verified_by_fk' })
@Index('supplier_certifications_held_idx', { synchronize: false })
@Index('supplier_certifications_number_unique', { synchronize: false })
@Index('supplier_certifications_tkdn_idx', { synchronize: false })
@Index('supplier_certifications_valid_until_idx', { synchronize: false })
export class SupplierCertification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'supplier_certifications_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'supplier_id' })
  supplierId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'date', name: 'valid_from', nullable: true })
  validFrom!: string | null;

  @Column({ type: 'date', name: 'valid_until' })
  validUntil!: string;

  @Column({ type: 'text', name: 'evidence_note', nullable: true })
  evidenceNote!: string | null;

  /** A TKDN certificate's product: its name, part category, TKDN and BMP values; null on other certificates. */
  @Column({ type: 'text', name: 'product_name', nullable: true })
  productName!: string | null;

  @Column({ type: 'text', name: 'part_category', nullable: true })
  partCategory!: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, name: 'tkdn_percent', nullable: true, transformer: numeric })
  tkdnPercent!: number | null;

  @Column({ type: 'numeric', precision: 4, scale: 2, name: 'bmp_percent', nullable: true, transformer: numeric })
  bmpPercent!: number | null;

  @Column({ type: 'text', default: 'declared' })
  status!: CertificationState;

  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'uuid', name: 'verified_by', nullable: true })
  verifiedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** What an owner declares of a certificate; the rest is kept by curators' reviews. */
export type CertificateWrite = Pick<
  SupplierCertification,
  'code' | 'number' | 'issuer' | 'validFrom' | 'validUntil' | 'evidenceNote' | TkdnProductField
>;
export type TkdnProductField = 'productName' | 'partCategory' | 'tkdnPercent' | 'bmpPercent';
