import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { numeric } from '../common/sql/numeric';

export const REGION_LEVELS = ['province', 'regency'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_KINDS = ['province', 'kabupaten', 'kota'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

@Entity({ name: 'regions' })
@Check(
  'regions_kind_check',
  `(((level = 'province'::text) AND (kind = 'province'::text) AND (parent_code IS NULL) AND (code ~ '^[0-9]{2}$'::text)) OR ((level = 'regency'::text) AND (kind = ANY (ARRAY['kabupaten'::text, 'kota'::text])) AND (parent_code IS NOT NULL) AND (code ~ '^[0-9]{2}\\.[0-9]{2}$'::text) AND ("left"(code, 2) = parent_code)))`,
)
@Check('regions_level_check', `(level = ANY (ARRAY['province'::text, 'regency'::text]))`)
@Check(
  'regions_location_check',
  `(((lat >= ('-90'::integer)::numeric) AND (lat <= (90)::numeric)) AND ((lng >= ('-180'::integer)::numeric) AND (lng <= (180)::numeric)))`,
)
@Check('regions_name_check', `(length(TRIM(BOTH FROM name)) > 0)`)
@ForeignKey(() => Region, ['parentCode'], ['code'], { name: 'regions_parent_fk' })
@Index('regions_parent_code_idx', { synchronize: false })
export class Region {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'regions_pk' })
  code!: string;

  @Column({ type: 'text' })
  level!: RegionLevel;

  @Column({ type: 'text' })
  kind!: RegionKind;

  @Column({ type: 'text', name: 'parent_code', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numeric })
  lat!: number;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numeric })
  lng!: number;

  /** Short forms people type (Jabar, KBB), searchable with the suppliers there; for the search text only, not read. */
  @Column({ type: 'text', array: true, default: () => "'{}'", select: false })
  aliases!: string[];
}
