import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'kbli' })
@Check('kbli_code_check', `(code ~ '^[0-9]{5}$'::text)`)
export class Kbli {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'kbli_pk' })
  code!: string;

  @Column({ type: 'text', name: 'title_id' })
  titleId!: string;

  @Column({ type: 'text', name: 'title_en' })
  titleEn!: string;
}
