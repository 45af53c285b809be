import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { OrganizationType } from './organization-types';

@Entity({ name: 'organizations' })
@Check('organizations_type_check', `(type = ANY (ARRAY['supplier'::text, 'buyer'::text, 'estate'::text]))`)
@Unique('organizations_id_type_unique', ['id', 'type'])
export class Organization {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organizations_pk' })
  id!: string;

  @Column({ type: 'text' })
  type!: OrganizationType;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
