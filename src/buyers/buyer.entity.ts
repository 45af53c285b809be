import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';

/** A vehicle maker, its tier-1 and tier-2 suppliers, or an APM (agen pemegang merek, a brand's sole agent in Indonesia). */
export const BUYER_KINDS = ['oem', 'tier1', 'tier2', 'apm'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

@Entity({ name: 'buyers' })
@Check('buyers_description_check', `(length(description) <= 5000)`)
@Check('buyers_kind_check', `(kind = ANY (ARRAY['oem'::text, 'tier1'::text, 'tier2'::text, 'apm'::text]))`)
@Check('buyers_name_check', `((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))`)
@Check('buyers_organization_type_check', `(organization_type = 'buyer'::text)`)
@Check('buyers_version_check', `(version >= 1)`)
@ForeignKey(() => Organization, ['id', 'organizationType'], ['id', 'type'], { name: 'buyers_organization_fk' })
export class Buyer {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'buyers_pk' })
  id!: string;

  @Column({ type: 'text', name: 'organization_type', default: 'buyer' })
  organizationType!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: BuyerKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
