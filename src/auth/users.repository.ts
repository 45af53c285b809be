import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from './roles';

export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  disabledAt: Date | null;
  passwordChangedAt: Date;
  /** Carried by access tokens; moves when the password changes, which ends every token issued before. */
  tokenVersion: number;
  createdAt: Date;
}

const COLUMNS = `id, email, password_hash AS "passwordHash", full_name AS "fullName", role,
  disabled_at AS "disabledAt", password_changed_at AS "passwordChangedAt", token_version AS "tokenVersion",
  created_at AS "createdAt"`;

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager inside a transaction: the embedded database has a single connection. */
  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserRow | undefined> {
    const [row] = await manager.query<UserRow[]>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    return row;
  }

  async findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserRow | undefined> {
    const [row] = await manager.query<UserRow[]>(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [email]);
    return row;
  }

  /** Inserts a user; answers undefined when the email is taken (the unique index decides, not a prior read). */
  async insert(
    manager: EntityManager,
    user: { email: string; passwordHash: string; fullName: string; role: Role },
  ): Promise<UserRow | undefined> {
    const [row] = await manager.query<UserRow[]>(
      `INSERT INTO users (email, password_hash, full_name, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
      [user.email, user.passwordHash, user.fullName, user.role],
    );
    return row;
  }

  /** Also moves the token version, which ends every access token issued before; answers the new version. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<number> {
    const [rows] = await manager.query<[{ tokenVersion: number }[], number]>(
      `UPDATE users SET password_hash = $2, password_changed_at = now(), token_version = token_version + 1,
              updated_at = now()
        WHERE id = $1 RETURNING token_version AS "tokenVersion"`,
      [id, passwordHash],
    );
    return rows[0].tokenVersion;
  }

  /**
   * Counts a sign-in attempt as failed before its password is checked, in the
   * one statement that decides whether it may be checked at all: concurrent
   * attempts queue on the row, so no more than `limit` guesses are evaluated
   * in a window. Answers how long the account stays locked when it is.
   */
  async claimLoginAttempt(id: string, limit: number, windowSeconds: number): Promise<{ lockedForSeconds?: number }> {
    const current = `failed_logins_since > now() - make_interval(secs => $3)`;
    const [row] = await this.dataSource.query<{ claimed: boolean; lockedForSeconds: number }[]>(
      `WITH claimed AS (
         UPDATE users SET failed_logins = CASE WHEN ${current} THEN failed_logins + 1 ELSE 1 END,
                          failed_logins_since = CASE WHEN ${current} THEN failed_logins_since ELSE now() END
          WHERE id = $1 AND NOT (failed_logins >= $2 AND ${current})
          RETURNING id)
       SELECT EXISTS (SELECT 1 FROM claimed) AS claimed,
              greatest(1, ceil(extract(epoch FROM failed_logins_since + make_interval(secs => $3) - now())))::int
                AS "lockedForSeconds"
         FROM users WHERE id = $1`,
      [id, limit, windowSeconds],
    );
    return row.claimed ? {} : { lockedForSeconds: row.lockedForSeconds };
  }

  /** A claimed attempt that succeeded is not a failure. */
  async releaseLoginAttempt(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('UPDATE users SET failed_logins = greatest(failed_logins - 1, 0) WHERE id = $1', [id]);
  }

  async setDisabled(manager: EntityManager, id: string, disabled: boolean): Promise<UserRow | undefined> {
    const [row] = await manager.query<[UserRow[], number]>(
      `UPDATE users SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END, updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, disabled],
    );
    return row[0];
  }

  async list(filter: {
    role?: Role;
    q?: string;
    page: number;
    limit: number;
  }): Promise<{ items: UserRow[]; total: number }> {
    const where = `($1::text IS NULL OR role = $1)
      AND ($2::text IS NULL OR email ILIKE $2 OR full_name ILIKE $2)`;
    const params = [filter.role ?? null, filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null];
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM users WHERE ${where}`,
      params,
    );
    const items = await this.dataSource.query<UserRow[]>(
      `SELECT ${COLUMNS} FROM users WHERE ${where}
        ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [...params, filter.limit, (filter.page - 1) * filter.limit],
    );
    return { items, total };
  }

  async adminExists(): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM users WHERE role = 'admin' LIMIT 1`);
    return rows.length > 0;
  }
}
