import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export const SECURITY_EVENT_TYPES = [
  'account_created',
  'account_disabled',
  'account_enabled',
  'password_changed',
  'password_reset_requested',
  'password_reset',
  'email_verified',
  'login_succeeded',
  'login_failed',
  'login_locked',
  'refresh_reuse_detected',
  'logout',
  'membership_added',
  'membership_removed',
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

@Entity({ name: 'security_events' })
@Check('security_events_type_check', `(type ~ '^[a-z_]+$'::text)`)
@ForeignKey(() => User, ['actorUserId'], ['id'], { name: 'security_events_actor_fk' })
@ForeignKey(() => User, ['subjectUserId'], ['id'], { name: 'security_events_subject_fk' })
@Index('security_events_subject_type_created_idx', { synchronize: false })
export class SecurityEvent {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'security_events_pk',
  })
  id!: string;

  @Column({ type: 'text' })
  type!: SecurityEventType;

  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'uuid', name: 'subject_user_id', nullable: true })
  subjectUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  /** Never secrets: no passwords, tokens or hashes. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, string>;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
