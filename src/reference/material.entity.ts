import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'materials' })
@Check('materials_code_check', `(code ~ '^[a-z0-9_]+(\\.[a-z0-9_]+)*$'::text)`)
@Check('materials_names_check', `((length(TRIM(BOTH FROM name_id)) > 0) AND (length(TRIM(BOTH FROM name_en)) > 0))`)
@ForeignKey(() => Material, ['parentCode'], ['code'], { name: 'materials_parent_fk' })
@Index('materials_parent_code_idx', { synchronize: false })
export class Material {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'materials_pk' })
  code!: string;

  @Column({ type: 'text', name: 'parent_code', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text', name: 'name_id' })
  nameId!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];
}
