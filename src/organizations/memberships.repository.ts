import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../auth/roles';
import type { OrganizationType } from './organization-types';

export interface MembershipRow {
  organizationType: OrganizationType;
  organizationId: string;
}

export interface MemberRow {
  userId: string;
  email: string;
  fullName: string;
  role: Role;
  joinedAt: Date;
}

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertOrganization(manager: EntityManager, type: OrganizationType): Promise<string> {
    const [id] = await this.insertOrganizations(manager, type, 1);
    return id;
  }

  /** Organisations without members yet (imported profiles, until their owners are added). */
  async insertOrganizations(manager: EntityManager, type: OrganizationType, count: number): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      'INSERT INTO organizations (type) SELECT $1 FROM generate_series(1, $2) RETURNING id',
      [type, count],
    );
    return rows.map((row) => row.id);
  }

  /**
   * With `forUpdate`, locks the organisation row, serialising membership
   * changes so that the last member cannot be removed twice over.
   */
  async findOrganization(
    id: string,
    { manager = this.dataSource.manager, forUpdate = false }: { manager?: EntityManager; forUpdate?: boolean } = {},
  ): Promise<{ type: OrganizationType } | undefined> {
    const [row] = await manager.query<{ type: OrganizationType }[]>(
      `SELECT type FROM organizations WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  async isMember(userId: string, organizationId: string, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM memberships WHERE user_id = $1 AND organization_id = $2',
      [userId, organizationId],
    );
    return rows.length > 0;
  }

  forUser(userId: string): Promise<MembershipRow[]> {
    return this.dataSource.query(
      `SELECT o.type AS "organizationType", o.id AS "organizationId"
         FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 ORDER BY m.created_at, o.id`,
      [userId],
    );
  }

  members(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<MemberRow[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.email, u.full_name AS "fullName", u.role, m.created_at AS "joinedAt"
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 ORDER BY m.created_at, u.id`,
      [organizationId],
    );
  }

  /** Answers false when the user already was a member. */
  async insert(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    addedBy: string | null,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO memberships (organization_id, user_id, added_by_user_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [organizationId, userId, addedBy],
    );
    return rows.length > 0;
  }

  async delete(manager: EntityManager, organizationId: string, userId: string): Promise<void> {
    await manager.query('DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2', [
      organizationId,
      userId,
    ]);
  }
}
