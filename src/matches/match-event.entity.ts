import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../common/sql/numeric';
import { Match } from './match.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../auth/user.entity';
import type { EventType, MatchStatus } from './match-state';

/**
 * What a history row records: the shortlist or the side's request that created
 * the match, an event applied to it, or a correction of a won match's outcome
 * (contract value, expected jobs), which leaves it won.
 */
export type HistoryEventType = 'shortlist' | 'request' | EventType | 'outcome';

@Entity({ name: 'match_events' })
@Check('match_events_note_check', `(length(note) <= 2000)`)
@Check(
  'match_events_type_check',
  `(type = ANY (ARRAY['shortlist'::text, 'request'::text, 'introduce'::text, 'accept'::text, 'decline'::text, 'win'::text, 'lose'::text, 'withdraw'::text, 'outcome'::text]))`,
)
@Check(
  'match_events_contract_value_check',
  `((contract_value_idr > 0) AND (contract_value_idr <= '1000000000000000'::bigint))`,
)
@Check('match_events_expected_jobs_check', `((expected_jobs >= 0) AND (expected_jobs <= 100000))`)
@Check(
  'match_events_outcome_check',
  `((type = ANY (ARRAY['win'::text, 'outcome'::text])) OR ((contract_value_idr IS NULL) AND (expected_jobs IS NULL)))`,
)
@Check(
  'match_events_outcome_status_check',
  `((type <> 'outcome'::text) OR ((from_status = 'won'::text) AND (to_status = 'won'::text)))`,
)
@ForeignKey(() => User, ['actorUserId'], ['id'], { name: 'match_events_actor_fk' })
@ForeignKey(() => Match, ['matchId'], ['id'], { name: 'match_events_match_fk' })
@ForeignKey(() => Organization, ['actorOrganizationId'], ['id'], { name: 'match_events_organization_fk' })
@Index('match_events_match_id_idx', { synchronize: false })
export class MatchEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'match_events_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'match_id' })
  matchId!: string;

  @Column({ type: 'text' })
  type!: HistoryEventType;

  @Column({ type: 'uuid', name: 'actor_user_id' })
  actorUserId!: string;

  @Column({ type: 'uuid', name: 'actor_organization_id', nullable: true })
  actorOrganizationId!: string | null;

  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus!: MatchStatus | null;

  @Column({ type: 'text', name: 'to_status' })
  toStatus!: MatchStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** A win's or an outcome correction's contract value in whole rupiah, as the match had it after the event. */
  @Column({ type: 'bigint', name: 'contract_value_idr', transformer: numeric, nullable: true })
  contractValueIdr!: number | null;

  /** A win's or an outcome correction's expected new jobs, as the match had it after the event. */
  @Column({ type: 'integer', name: 'expected_jobs', nullable: true })
  expectedJobs!: number | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
