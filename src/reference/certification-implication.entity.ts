import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Certification } from './certification.entity';

/** A certificate that includes another (IATF 16949 includes ISO 9001): holding `code` counts as holding `impliedCode`. */
@Entity({ name: 'certification_implications' })
@Check('certification_implications_distinct_check', `(code <> implied_code)`)
@ForeignKey(() => Certification, ['code'], ['code'], { name: 'certification_implications_code_fk' })
@ForeignKey(() => Certification, ['impliedCode'], ['code'], { name: 'certification_implications_implied_fk' })
export class CertificationImplication {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'certification_implications_pk' })
  code!: string;

  @PrimaryColumn({ type: 'text', name: 'implied_code', primaryKeyConstraintName: 'certification_implications_pk' })
  impliedCode!: string;

  /** Why, with the standard's own words where it has them. */
  @Column({ type: 'text' })
  note!: string;
}
