import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Organization } from './organization.entity';
import { User } from '../auth/user.entity';

@Entity({ name: 'memberships' })
@ForeignKey(() => User, ['addedByUserId'], ['id'], { name: 'memberships_added_by_fk' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'memberships_organization_fk',
  onDelete: 'CASCADE',
})
@ForeignKey(() => User, ['userId'], ['id'], { name: 'memberships_user_fk' })
@Index('memberships_user_id_idx', { synchronize: false })
export class Membership {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id', primaryKeyConstraintName: 'memberships_pk' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id', primaryKeyConstraintName: 'memberships_pk' })
  userId!: string;

  @Column({ type: 'uuid', name: 'added_by_user_id', nullable: true })
  addedByUserId!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
