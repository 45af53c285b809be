import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { SupplierCertification } from '../suppliers/supplier-certification.entity';
import { Supplier } from '../suppliers/supplier.entity';
import { CentreService } from './centre-service.entity';
import type { ServiceRequestStatus } from './service-request-state';

/** A firm's request for one of BBSPJILM's services, as curators carry it out (service-request-state.ts). */
@Entity({ name: 'service_requests' })
@Check('service_requests_note_check', `(length(note) <= 2000)`)
@Check(
  'service_requests_status_check',
  `(status = ANY (ARRAY['requested'::text, 'scheduled'::text, 'in_progress'::text, 'done'::text, 'cancelled'::text]))`,
)
@Check(
  'service_requests_schedule_check',
  `(((status = 'requested'::text) OR (status = 'cancelled'::text) OR (starts_on IS NOT NULL)) AND ((ends_on IS NULL) OR ((starts_on IS NOT NULL) AND (ends_on >= starts_on))))`,
)
@Check('service_requests_done_check', `((status = 'done'::text) = (completed_on IS NOT NULL))`)
@Check('service_requests_version_check', `(version >= 1)`)
@ForeignKey(() => Supplier, ['supplierId'], ['id'], { name: 'service_requests_supplier_fk' })
@ForeignKey(() => CentreService, ['serviceCode'], ['code'], { name: 'service_requests_service_fk' })
@ForeignKey(() => User, ['requestedBy'], ['id'], { name: 'service_requests_requested_by_fk' })
@ForeignKey(() => User, ['curatorId'], ['id'], { name: 'service_requests_curator_fk' })
@ForeignKey(() => SupplierCertification, ['certificationId'], ['id'], {
  name: 'service_requests_certification_fk',
  onDelete: 'SET NULL',
})
@Index('service_requests_active_unique', { synchronize: false })
@Index('service_requests_queue_idx', { synchronize: false })
@Index('service_requests_completed_idx', { synchronize: false })
export class ServiceRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'service_requests_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'supplier_id' })
  supplierId!: string;

  @Column({ type: 'text', name: 'service_code' })
  serviceCode!: string;

  @Column({ type: 'text', default: 'requested' })
  status!: ServiceRequestStatus;

  /** What the firm wrote when it asked. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', name: 'requested_by' })
  requestedBy!: string;

  /** The curator who scheduled it. */
  @Column({ type: 'uuid', name: 'curator_id', nullable: true })
  curatorId!: string | null;

  @Column({ type: 'date', name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn!: string | null;

  /** The day (WIB) it was done. */
  @Column({ type: 'date', name: 'completed_on', nullable: true })
  completedOn!: string | null;

  /** The evidence its completion recorded on the supplier. */
  @Column({ type: 'uuid', name: 'certification_id', nullable: true })
  certificationId!: string | null;

  @Column({ type: 'timestamptz', name: 'status_since', default: () => 'now()' })
  statusSince!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
