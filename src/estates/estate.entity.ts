import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { numeric } from '../common/sql/numeric';
import { Organization } from '../organizations/organization.entity';
import { Region } from '../reference/region.entity';

export const ESTATE_STATUSES = ['operating', 'developing'] as const;
export type EstateStatus = (typeof ESTATE_STATUSES)[number];

@Entity({ name: 'estates' })
@Check('estates_area_check', `(area_ha > (0)::numeric)`)
@Check(
  'estates_infrastructure_check',
  `((power_mva >= (0)::numeric) AND (water_lps >= (0)::numeric) AND (toll_access_km >= (0)::numeric) AND (port_distance_km >= (0)::numeric))`,
)
@Check(
  'estates_location_check',
  `(((lat >= ('-11.5'::numeric)::double precision) AND (lat <= (6.5)::double precision)) AND ((lng >= (94.5)::double precision) AND (lng <= (141.5)::double precision)))`,
)
@Check('estates_name_check', `((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))`)
@Check('estates_note_check', `(length(note) <= 2000)`)
@Check('estates_operator_check', `((length(btrim(operator)) >= 1) AND (length(btrim(operator)) <= 200))`)
@Check('estates_organization_type_check', `(organization_type = 'estate'::text)`)
@Check(
  'estates_plots_check',
  `((available_plots_ha >= (0)::numeric) AND ((area_ha IS NULL) OR (available_plots_ha <= area_ha)))`,
)
@Check('estates_status_check', `(status = ANY (ARRAY['operating'::text, 'developing'::text]))`)
@Check('estates_version_check', `(version >= 1)`)
@ForeignKey(() => Organization, ['id', 'organizationType'], ['id', 'type'], { name: 'estates_organization_fk' })
@ForeignKey(() => Region, ['regencyCode'], ['code'], { name: 'estates_regency_fk' })
@Index('estates_name_unique', { synchronize: false })
@Index('estates_regency_code_idx', { synchronize: false })
export class Estate {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'estates_pk' })
  id!: string;

  @Column({ type: 'text', name: 'organization_type', default: 'estate' })
  organizationType!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  operator!: string | null;

  @Column({ type: 'text', name: 'regency_code' })
  regencyCode!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'numeric', name: 'area_ha', precision: 10, scale: 2, transformer: numeric, nullable: true })
  areaHa!: number | null;

  @Column({ type: 'text' })
  status!: EstateStatus;

  @Column({ type: 'boolean', name: 'national_strategic_project', default: false })
  nationalStrategicProject!: boolean;

  @Column({ type: 'numeric', name: 'power_mva', precision: 10, scale: 2, transformer: numeric, nullable: true })
  powerMva!: number | null;

  @Column({ type: 'numeric', name: 'water_lps', precision: 10, scale: 2, transformer: numeric, nullable: true })
  waterLps!: number | null;

  @Column({ type: 'boolean', nullable: true })
  gas!: boolean | null;

  @Column({ type: 'numeric', name: 'toll_access_km', precision: 8, scale: 2, transformer: numeric, nullable: true })
  tollAccessKm!: number | null;

  @Column({ type: 'numeric', name: 'port_distance_km', precision: 8, scale: 2, transformer: numeric, nullable: true })
  portDistanceKm!: number | null;

  @Column({
    type: 'numeric',
    name: 'available_plots_ha',
    precision: 10,
    scale: 2,
    transformer: numeric,
    nullable: true,
  })
  availablePlotsHa!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
