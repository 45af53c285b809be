import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import type { ServiceEventType, ServiceRequestStatus } from './service-request-state';
import { ServiceRequest } from './service-request.entity';

/** One row per step of a service request, append-only (a trigger refuses changes). */
@Entity({ name: 'service_request_events' })
@Check('service_request_events_note_check', `(length(note) <= 2000)`)
@Check(
  'service_request_events_type_check',
  `(type = ANY (ARRAY['request'::text, 'schedule'::text, 'start'::text, 'complete'::text, 'cancel'::text]))`,
)
@ForeignKey(() => ServiceRequest, ['serviceRequestId'], ['id'], { name: 'service_request_events_request_fk' })
@ForeignKey(() => User, ['actorUserId'], ['id'], { name: 'service_request_events_actor_fk' })
@Index('service_request_events_request_idx', { synchronize: false })
export class ServiceRequestEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'service_request_events_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'service_request_id' })
  serviceRequestId!: string;

  @Column({ type: 'text' })
  type!: 'request' | ServiceEventType;

  @Column({ type: 'uuid', name: 'actor_user_id' })
  actorUserId!: string;

  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus!: ServiceRequestStatus | null;

  @Column({ type: 'text', name: 'to_status' })
  toStatus!: ServiceRequestStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'date', name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
