import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Region } from '../reference/region.entity';

export const PORT_KINDS = ['seaport', 'airport', 'dry_port'] as const;
export type PortKind = (typeof PORT_KINDS)[number];

/** A way out of the region: a seaport, an airport with air cargo, or a dry port. */
@Entity({ name: 'ports' })
@Check('ports_kind_check', `(kind = ANY (ARRAY['seaport'::text, 'airport'::text, 'dry_port'::text]))`)
@Check('ports_code_check', `(code ~ '^[a-z0-9_]+$'::text)`)
@Check(
  'ports_location_check',
  `(((lat >= ('-11.5'::numeric)::double precision) AND (lat <= (6.5)::double precision)) AND ((lng >= (94.5)::double precision) AND (lng <= (141.5)::double precision)))`,
)
@ForeignKey(() => Region, ['regencyCode'], ['code'], { name: 'ports_regency_fk' })
export class Port {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'ports_pk' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', name: 'regency_code' })
  regencyCode!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', default: 'seaport' })
  kind!: PortKind;
}
