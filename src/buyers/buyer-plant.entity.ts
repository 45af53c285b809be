import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Buyer } from './buyer.entity';
import { Estate } from '../estates/estate.entity';
import { Region } from '../reference/region.entity';

@Entity({ name: 'buyer_plants' })
@Check(
  'buyer_plants_location_check',
  `(((lat >= ('-11.5'::numeric)::double precision) AND (lat <= (6.5)::double precision)) AND ((lng >= (94.5)::double precision) AND (lng <= (141.5)::double precision)))`,
)
@Check('buyer_plants_name_check', `((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))`)
@Unique('buyer_plants_id_buyer_unique', ['id', 'buyerId'])
@ForeignKey(() => Buyer, ['buyerId'], ['id'], { name: 'buyer_plants_buyer_fk' })
@ForeignKey(() => Estate, ['estateId'], ['id'], { name: 'buyer_plants_estate_fk' })
@ForeignKey(() => Region, ['regencyCode'], ['code'], { name: 'buyer_plants_regency_fk' })
@Index('buyer_plants_buyer_id_idx', { synchronize: false })
@Index('buyer_plants_estate_id_idx', { synchronize: false })
export class BuyerPlant {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'buyer_plants_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'buyer_id' })
  buyerId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', name: 'regency_code' })
  regencyCode!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'uuid', name: 'estate_id', nullable: true })
  estateId!: string | null;

  @Column({ type: 'timestamptz', name: 'retired_at', nullable: true })
  retiredAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
