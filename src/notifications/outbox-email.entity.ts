import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Notification } from './notification.entity';

@Entity({ name: 'email_outbox' })
@Check('email_outbox_attempts_check', `(attempts >= 0)`)
@Check(
  'email_outbox_status_check',
  `(((status = 'pending'::text) AND (sent_at IS NULL)) OR ((status = 'sent'::text) AND (sent_at IS NOT NULL)) OR (status = 'failed'::text))`,
)
@ForeignKey(() => Notification, ['notificationId'], ['id'], { name: 'email_outbox_notification_fk' })
@Index('email_outbox_pending_idx', { synchronize: false })
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'email_outbox_pk' })
  id!: string;

  /** Null for account mails (reset and verification links), which are not inbox notifications. */
  @Column({ type: 'uuid', name: 'notification_id', nullable: true })
  notificationId!: string | null;

  @Column({ type: 'text', name: 'to_email' })
  toEmail!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The body holds a one-time link: it is blanked once the mail is sent or given up. */
  @Column({ type: 'boolean', name: 'contains_secret', default: false })
  containsSecret!: boolean;

  @Column({ type: 'text', default: 'pending' })
  status!: 'pending' | 'sent' | 'failed';

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** Until when a sender has claimed it (see NotificationsRepository.claimPending). */
  @Column({ type: 'timestamptz', name: 'claimed_until', nullable: true })
  claimedUntil!: Date | null;
}
