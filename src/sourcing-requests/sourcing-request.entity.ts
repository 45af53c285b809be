import type { MachineNeed } from '../suppliers/supplier.entity';
import type { Weights } from './score-weights';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../common/sql/numeric';
import { Buyer } from '../buyers/buyer.entity';
import { BuyerPlant } from '../buyers/buyer-plant.entity';
import { PartCategory } from '../reference/part-category.entity';
import { User } from '../auth/user.entity';
import type { CapacityUnit } from '../suppliers/supplier.entity';

export const REQUEST_STATUSES = ['draft', 'open', 'closed', 'awarded'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** Why a request closed: its buyer closed it, or its due date passed. */
export type ClosedReason = 'buyer' | 'due_date';

@Entity({ name: 'sourcing_requests' })
@Check('sourcing_requests_description_check', `(length(description) <= 5000)`)
@Check(
  'sourcing_requests_distance_check',
  `((max_distance_km IS NULL) OR ((max_distance_km > (0)::numeric) AND (plant_id IS NOT NULL)))`,
)
@Check(
  'sourcing_requests_machine_need_check',
  `((machine_need IS NULL) OR ((jsonb_typeof(machine_need) = 'object'::text) AND (jsonb_typeof((machine_need -> 'process'::text)) = 'string'::text)))`,
)
@Check('sourcing_requests_notes_check', `(length(internal_notes) <= 5000)`)
@Check('sourcing_requests_price_check', `(target_price_idr > 0)`)
@Check('sourcing_requests_processes_check', `((cardinality(processes) >= 1) AND (cardinality(processes) <= 20))`)
@Check(
  'sourcing_requests_score_weights_check',
  `((score_weights IS NULL) OR ((jsonb_typeof(score_weights) = 'object'::text) AND ((((score_weights ->> 'capability'::text))::numeric >= (0)::numeric) AND (((score_weights ->> 'capability'::text))::numeric <= (50)::numeric)) AND ((((score_weights ->> 'certification'::text))::numeric >= (0)::numeric) AND (((score_weights ->> 'certification'::text))::numeric <= (50)::numeric)) AND ((((score_weights ->> 'distance'::text))::numeric >= (0)::numeric) AND (((score_weights ->> 'distance'::text))::numeric <= (50)::numeric)) AND ((((score_weights ->> 'capacity'::text))::numeric >= (0)::numeric) AND (((score_weights ->> 'capacity'::text))::numeric <= (50)::numeric)) AND ((((score_weights ->> 'tkdn'::text))::numeric >= (0)::numeric) AND (((score_weights ->> 'tkdn'::text))::numeric <= (50)::numeric)) AND ((((score_weights ->> 'verification'::text))::numeric >= (0)::numeric) AND (((score_weights ->> 'verification'::text))::numeric <= (50)::numeric)) AND ((((((((score_weights ->> 'capability'::text))::numeric + ((score_weights ->> 'certification'::text))::numeric) + ((score_weights ->> 'distance'::text))::numeric) + ((score_weights ->> 'capacity'::text))::numeric) + ((score_weights ->> 'tkdn'::text))::numeric) + ((score_weights ->> 'verification'::text))::numeric) = (100)::numeric)))`,
)
@Check(
  'sourcing_requests_status_check',
  `(((status = 'draft'::text) AND (published_at IS NULL) AND (closed_at IS NULL)) OR ((status = 'open'::text) AND (published_at IS NOT NULL) AND (closed_at IS NULL)) OR ((status = 'closed'::text) AND (published_at IS NOT NULL) AND (closed_at IS NOT NULL) AND (closed_reason IS NOT NULL) AND (closed_reason = ANY (ARRAY['buyer'::text, 'due_date'::text]))) OR ((status = 'awarded'::text) AND (published_at IS NOT NULL) AND (closed_at IS NOT NULL)))`,
)
@Check(
  'sourcing_requests_part_weight_check',
  `((part_weight_kg IS NULL) OR ((part_weight_kg > (0)::numeric) AND (part_weight_kg <= (100000)::numeric) AND (unit = ANY (ARRAY['pcs'::text, 'set'::text]))))`,
)
@Check('sourcing_requests_title_check', `((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 200))`)
@Check('sourcing_requests_tkdn_check', `((min_tkdn_percent >= (0)::numeric) AND (min_tkdn_percent <= (100)::numeric))`)
@Check(
  'sourcing_requests_unit_check',
  `(unit = ANY (ARRAY['pcs'::text, 'set'::text, 'kg'::text, 'ton'::text, 'm'::text, 'm2'::text]))`,
)
@Check('sourcing_requests_version_check', `(version >= 1)`)
@Check('sourcing_requests_volume_check', `(annual_volume > (0)::numeric)`)
@ForeignKey(() => Buyer, ['buyerId'], ['id'], { name: 'sourcing_requests_buyer_fk' })
@ForeignKey(() => User, ['createdBy'], ['id'], { name: 'sourcing_requests_created_by_fk' })
@ForeignKey(() => PartCategory, ['partCategory'], ['code'], { name: 'sourcing_requests_part_category_fk' })
@ForeignKey(() => BuyerPlant, ['plantId', 'buyerId'], ['id', 'buyerId'], { name: 'sourcing_requests_plant_fk' })
@Index('sourcing_requests_buyer_id_idx', { synchronize: false })
@Index('sourcing_requests_open_idx', { synchronize: false })
@Index('sourcing_requests_processes_idx', { synchronize: false })
export class SourcingRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sourcing_requests_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'buyer_id' })
  buyerId!: string;

  @Column({ type: 'uuid', name: 'plant_id', nullable: true })
  plantId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', name: 'part_category' })
  partCategory!: string;

  @Column({ type: 'text', array: true })
  processes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  materials!: string[];

  @Column({ type: 'text', name: 'required_certifications', array: true, default: () => "'{}'" })
  requiredCertifications!: string[];

  @Column({ type: 'numeric', name: 'annual_volume', precision: 14, scale: 2, transformer: numeric })
  annualVolume!: number;

  /** The weight of one piece or set, kg: compares capacities stated by weight with a need counted in pieces. */
  @Column({ type: 'numeric', name: 'part_weight_kg', precision: 10, scale: 3, nullable: true, transformer: numeric })
  partWeightKg!: number | null;

  @Column({ type: 'text' })
  unit!: CapacityUnit;

  @Column({ type: 'numeric', name: 'max_distance_km', precision: 7, scale: 1, transformer: numeric, nullable: true })
  maxDistanceKm!: number | null;

  @Column({ type: 'numeric', name: 'min_tkdn_percent', precision: 5, scale: 2, transformer: numeric, nullable: true })
  minTkdnPercent!: number | null;

  @Column({ type: 'boolean', name: 'verified_only', default: false })
  verifiedOnly!: boolean;

  @Column({ type: 'boolean', name: 'tkdn_certified_only', default: false })
  tkdnCertifiedOnly!: boolean;

  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', name: 'internal_notes', nullable: true })
  internalNotes!: string | null;

  // A number, as the API has always shown it: prices stay below 1e15, exact in a double.
  @Column({ type: 'bigint', name: 'target_price_idr', transformer: numeric, nullable: true })
  targetPriceIdr!: number | null;

  @Column({ type: 'jsonb', name: 'score_weights', nullable: true })
  scoreWeights!: Weights | null;

  @Column({ type: 'jsonb', name: 'machine_need', nullable: true })
  machineNeed!: MachineNeed | null;

  @Column({ type: 'text', default: 'draft' })
  status!: RequestStatus;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', name: 'closed_reason', nullable: true })
  closedReason!: ClosedReason | null;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
