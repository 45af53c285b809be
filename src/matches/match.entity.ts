import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numeric } from '../common/sql/numeric';
import { SourcingRequest } from '../sourcing-requests/sourcing-request.entity';
import { Supplier } from '../suppliers/supplier.entity';
import { User } from '../auth/user.entity';
import type { Factor } from '../sourcing-requests/score-weights';
import type { MatchStatus, Side } from './match-state';

/** One factor of the score as the curator saw it when shortlisting: kept with the match as a snapshot. */
export interface ScoreFactor {
  factor: Factor;
  weight: number;
  points: number;
  reason: string;
}

@Entity({ name: 'matches' })
@Check('matches_breakdown_check', `(jsonb_typeof(breakdown) = 'array'::text)`)
@Check(
  'matches_engaged_check',
  `((status <> ALL (ARRAY['engaged'::text, 'won'::text, 'lost'::text])) OR ((buyer_accepted_at IS NOT NULL) AND (supplier_accepted_at IS NOT NULL)))`,
)
@Check(
  'matches_introduced_check',
  `(((status = ANY (ARRAY['requested'::text, 'shortlisted'::text])) AND (introduced_at IS NULL)) OR (status = 'withdrawn'::text) OR ((status = 'declined'::text) AND ((introduced_at IS NOT NULL) OR (requested_by IS NOT NULL))) OR ((status <> ALL (ARRAY['requested'::text, 'shortlisted'::text, 'withdrawn'::text, 'declined'::text])) AND (introduced_at IS NOT NULL)))`,
)
@Check('matches_curator_check', `((status = 'requested'::text) OR (curator_id IS NOT NULL))`)
@Check('matches_requested_check', `((status <> 'requested'::text) OR (requested_by IS NOT NULL))`)
@Check('matches_requested_by_check', `(requested_by = ANY (ARRAY['buyer'::text, 'supplier'::text]))`)
@Check('matches_note_check', `(length(note) <= 2000)`)
@Check('matches_score_check', `((score >= (0)::numeric) AND (score <= (100)::numeric))`)
@Check(
  'matches_status_check',
  `(status = ANY (ARRAY['requested'::text, 'shortlisted'::text, 'introduced'::text, 'engaged'::text, 'won'::text, 'lost'::text, 'declined'::text, 'withdrawn'::text]))`,
)
@Check('matches_version_check', `(version >= 1)`)
@Check(
  'matches_contract_value_check',
  `((contract_value_idr > 0) AND (contract_value_idr <= '1000000000000000'::bigint))`,
)
@Check('matches_expected_jobs_check', `((expected_jobs >= 0) AND (expected_jobs <= 100000))`)
@Check(
  'matches_outcome_check',
  `((status = 'won'::text) OR ((contract_value_idr IS NULL) AND (expected_jobs IS NULL)))`,
)
@Unique('matches_pair_unique', ['sourcingRequestId', 'supplierId'])
@ForeignKey(() => User, ['curatorId'], ['id'], { name: 'matches_curator_fk' })
@ForeignKey(() => SourcingRequest, ['sourcingRequestId'], ['id'], { name: 'matches_request_fk' })
@ForeignKey(() => Supplier, ['supplierId'], ['id'], { name: 'matches_supplier_fk' })
@Index('matches_status_idx', { synchronize: false })
@Index('matches_supplier_id_idx', { synchronize: false })
export class Match {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'matches_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'sourcing_request_id' })
  sourcingRequestId!: string;

  @Column({ type: 'uuid', name: 'supplier_id' })
  supplierId!: string;

  @Column({ type: 'text', default: 'shortlisted' })
  status!: MatchStatus;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  score!: number;

  @Column({ type: 'jsonb' })
  breakdown!: ScoreFactor[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The curator who shortlisted it, or who took up (introduced or declined) a side's request; none while requested. */
  @Column({ type: 'uuid', name: 'curator_id', nullable: true })
  curatorId!: string | null;

  /** The side that asked for the introduction; null when a curator shortlisted it. */
  @Column({ type: 'text', name: 'requested_by', nullable: true })
  requestedBy!: Side | null;

  @Column({ type: 'timestamptz', name: 'introduced_at', nullable: true })
  introducedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'buyer_accepted_at', nullable: true })
  buyerAcceptedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'supplier_accepted_at', nullable: true })
  supplierAcceptedAt!: Date | null;

  /** A won match's contract value in whole rupiah (0 < v ≤ 10^15), when the buyer or a curator gave it. */
  @Column({ type: 'bigint', name: 'contract_value_idr', transformer: numeric, nullable: true })
  contractValueIdr!: number | null;

  /** The new jobs a won match is expected to bring (0 to 100,000), when given. */
  @Column({ type: 'integer', name: 'expected_jobs', nullable: true })
  expectedJobs!: number | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
