import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Match } from './match.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../auth/user.entity';
import type { EventType, MatchStatus } from './match-state';

/** What a history row records: the shortlist or the side's request that created the match, or an event applied to it. */
export type HistoryEventType = 'shortlist' | 'request' | EventType;

@Entity({ name: 'match_events' })
@Check('match_events_note_check', `(length(note) <= 2000)`)
@Check(
  'match_events_type_check',
  `(type = ANY (ARRAY['shortlist'::text, 'request'::text, 'introduce'::text, 'accept'::text, 'decline'::text, 'win'::text, 'lose'::text, 'withdraw'::text]))`,
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

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
