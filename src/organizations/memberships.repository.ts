import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../auth/user.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import type { OrganizationType } from './organization-types';

/** An organisation the user acts for. */
export interface UserMembership {
  organizationType: Organization['type'];
  organizationId: Organization['id'];
}

/** A member with the account details a team sees. */
export type Member = Pick<User, 'email' | 'fullName' | 'role'> & {
  userId: User['id'];
  joinedAt: Membership['createdAt'];
};

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertOrganization(manager: EntityManager, type: OrganizationType): Promise<string> {
    const [id] = await this.insertOrganizations(manager, type, 1);
    return id;
  }

  /** Organisations without members yet (imported profiles, until their owners are added). */
  async insertOrganizations(manager: EntityManager, type: OrganizationType, count: number): Promise<string[]> {
    // One row per organisation from generate_series: an import's 20,000 without 20,000 parameters.
    const rows = await manager.query<Pick<Organization, 'id'>[]>(
      'INSERT INTO organizations (type) SELECT $1 FROM generate_series(1, $2) RETURNING id',
      [type, count],
    );
    return rows.map((row) => row.id);
  }

  /**
   * With `forUpdate`, locks the organisation row, serialising membership
   * changes so that the last member cannot be removed twice over.
   */
  findOrganization(
    id: string,
    { manager = this.dataSource.manager, forUpdate = false }: { manager?: EntityManager; forUpdate?: boolean } = {},
  ): Promise<Organization | null> {
    const query = manager.getRepository(Organization).createQueryBuilder().where({ id });
    return (forUpdate ? query.setLock('pessimistic_write') : query).getOne();
  }

  /** Asked by every ownership check, so one lean statement rather than the query builder's. */
  async isMember(userId: string, organizationId: string, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM memberships WHERE user_id = $1 AND organization_id = $2',
      [userId, organizationId],
    );
    return rows.length > 0;
  }

  forUser(userId: string): Promise<UserMembership[]> {
    return this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin(Organization, 'o', 'o.id = m.organizationId')
      .select('o.type', 'organizationType')
      .addSelect('o.id', 'organizationId')
      .where({ userId })
      .orderBy('m.createdAt')
      .addOrderBy('o.id')
      .getRawMany<UserMembership>();
  }

  members(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Member[]> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(Membership, 'm', 'm.userId = u.id')
      .select('u.id', 'userId')
      .addSelect('u.email', 'email')
      .addSelect('u.fullName', 'fullName')
      .addSelect('u.role', 'role')
      .addSelect('m.createdAt', 'joinedAt')
      .where('m.organizationId = :organizationId', { organizationId })
      .orderBy('m.createdAt')
      .addOrderBy('u.id')
      .getRawMany<Member>();
  }

  /** Answers false when the user already was a member. */
  async insert(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    addedBy: string | null,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values({ organizationId, userId, addedByUserId: addedBy })
      .orIgnore()
      .returning(['userId'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async delete(manager: EntityManager, organizationId: string, userId: string): Promise<void> {
    await manager.getRepository(Membership).delete({ organizationId, userId });
  }
}
