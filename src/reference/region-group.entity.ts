import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A group of regencies and cities that plans name together, such as Rebana (Perpres 87/2021). */
@Entity({ name: 'region_groups' })
@Check('region_groups_code_check', `(code ~ '^[a-z0-9_]+$'::text)`)
@Check('region_groups_members_check', `(cardinality(regency_codes) >= 1)`)
export class RegionGroup {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'region_groups_pk' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The regulation that draws it. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text', array: true, name: 'regency_codes' })
  regencyCodes!: string[];
}
