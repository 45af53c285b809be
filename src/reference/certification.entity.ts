import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const CERTIFICATION_KINDS = [
  'quality',
  'environment',
  'safety',
  'product',
  'laboratory',
  'local_content',
  'personnel',
  'process',
] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

@Entity({ name: 'certifications' })
@Check('certifications_code_check', `(code ~ '^[a-z0-9_]+(\\.[a-z0-9_]+)*$'::text)`)
@Check(
  'certifications_kind_check',
  `(kind = ANY (ARRAY['quality'::text, 'environment'::text, 'safety'::text, 'product'::text, 'laboratory'::text, 'local_content'::text, 'personnel'::text, 'process'::text]))`,
)
export class Certification {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'certifications_pk' })
  code!: string;

  @Column({ type: 'text' })
  kind!: CertificationKind;

  @Column({ type: 'text', name: 'name_id' })
  nameId!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];
}
