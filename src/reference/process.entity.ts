import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'processes' })
@Check('processes_code_check', `(code ~ '^[a-z0-9_]+(\\.[a-z0-9_]+)*$'::text)`)
@Check('processes_names_check', `((length(TRIM(BOTH FROM name_id)) > 0) AND (length(TRIM(BOTH FROM name_en)) > 0))`)
@ForeignKey(() => Process, ['parentCode'], ['code'], { name: 'processes_parent_fk' })
@Index('processes_parent_code_idx', { synchronize: false })
export class Process {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'processes_pk' })
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
