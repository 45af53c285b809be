import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export const VEHICLE_TYPES = ['2w', '3w', '4w', 'bus_truck'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];

@Entity({ name: 'part_categories' })
@Check('part_categories_code_check', `(code ~ '^[a-z0-9_]+(\\.[a-z0-9_]+)*$'::text)`)
@Check(
  'part_categories_names_check',
  `((length(TRIM(BOTH FROM name_id)) > 0) AND (length(TRIM(BOTH FROM name_en)) > 0))`,
)
@Check(
  'part_categories_vehicle_types_check',
  `((cardinality(vehicle_types) > 0) AND (vehicle_types <@ ARRAY['2w'::text, '3w'::text, '4w'::text, 'bus_truck'::text]))`,
)
@ForeignKey(() => PartCategory, ['parentCode'], ['code'], { name: 'part_categories_parent_fk' })
@Index('part_categories_parent_code_idx', { synchronize: false })
export class PartCategory {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'part_categories_pk' })
  code!: string;

  @Column({ type: 'text', name: 'parent_code', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text', name: 'name_id' })
  nameId!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ type: 'text', name: 'vehicle_types', array: true })
  vehicleTypes!: VehicleType[];
}
