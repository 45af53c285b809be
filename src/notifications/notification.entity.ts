import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';

export const NOTIFICATION_TYPES = [
  'match_introduced',
  'match_accepted',
  'match_request_declined',
  'match_won',
  'match_lost',
  'profile_verified',
  'profile_rejected',
  'profile_unverified',
  'certification_verified',
  'certification_rejected',
  'request_published',
  'service_request',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

@Entity({ name: 'notifications' })
@Check('notifications_body_check', `((length(body) >= 1) AND (length(body) <= 2000))`)
@Check('notifications_data_check', `(jsonb_typeof(data) = 'object'::text)`)
@Check('notifications_title_check', `((length(title) >= 1) AND (length(title) <= 200))`)
@Check(
  'notifications_type_check',
  `(type = ANY (ARRAY['match_introduced'::text, 'match_accepted'::text, 'match_request_declined'::text, 'match_won'::text, 'match_lost'::text, 'profile_verified'::text, 'profile_rejected'::text, 'profile_unverified'::text, 'certification_verified'::text, 'certification_rejected'::text, 'request_published'::text, 'service_request'::text]))`,
)
@ForeignKey(() => User, ['userId'], ['id'], { name: 'notifications_user_fk' })
@Index('notifications_user_idx', { synchronize: false })
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notifications_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'text' })
  type!: NotificationType;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, string>;

  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
