import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, ILike } from 'typeorm';
import type { Role } from './roles';
import { User } from './user.entity';

export type AuthenticatedAccount = Pick<User, 'id' | 'email' | 'role' | 'disabledAt' | 'tokenVersion'>;

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager inside a transaction: the embedded database has a single connection. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  /**
   * What every authenticated request re-reads of its account, in one lean
   * statement: it is on the path of every request, where the query builder's
   * own work would be a third of the read.
   */
  async findForAuthentication(id: string): Promise<AuthenticatedAccount | undefined> {
    const [row] = await this.dataSource.query<AuthenticatedAccount[]>(
      `SELECT id, email, role, disabled_at AS "disabledAt", token_version AS "tokenVersion" FROM users WHERE id = $1`,
      [id],
    );
    return row;
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ email });
  }

  /** Inserts a user; answers null when the email is taken (the unique index decides, not a prior read). */
  async insert(
    manager: EntityManager,
    user: Pick<User, 'email' | 'passwordHash' | 'fullName' | 'role'> & Partial<Pick<User, 'phone' | 'emailVerifiedAt'>>,
  ): Promise<User | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(user)
      .orIgnore()
      .returning(['id'])
      .execute();
    const [inserted] = result.raw as Pick<User, 'id'>[];
    return inserted ? manager.getRepository(User).findOneByOrFail({ id: inserted.id }) : null;
  }

  /**
   * Also moves the token version, which ends every access token issued before; answers the new version.
   * A reset by mailed link also lifts the lockout (the owner proved who they are another way) and
   * verifies the address, which the link reached.
   */
  async setPassword(
    manager: EntityManager,
    id: string,
    passwordHash: string,
    { byMailedLink = false } = {},
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(User)
      .set({
        passwordHash,
        passwordChangedAt: () => 'now()',
        tokenVersion: () => 'token_version + 1',
        updatedAt: () => 'now()',
        ...(byMailedLink && {
          failedLogins: 0,
          failedLoginsSince: null,
          emailVerifiedAt: () => 'coalesce(email_verified_at, now())',
        }),
      })
      .where({ id })
      .returning(['tokenVersion'])
      .execute();
    const [updated] = result.raw as { token_version: User['tokenVersion'] }[];
    return updated.token_version;
  }

  /** Marks the address verified (the first time counts); answers whether the account exists. */
  async markEmailVerified(manager: EntityManager, id: string): Promise<boolean> {
    const { affected } = await manager
      .getRepository(User)
      .update({ id }, { emailVerifiedAt: () => 'coalesce(email_verified_at, now())', updatedAt: () => 'now()' });
    return (affected ?? 0) > 0;
  }

  /** Changes what the owner may change of their account; fields left undefined stay. */
  async updateProfile(id: string, profile: Partial<Pick<User, 'fullName' | 'phone'>>): Promise<void> {
    const changes = Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length === 0) return;
    await this.dataSource.getRepository(User).update({ id }, { ...changes, updatedAt: () => 'now()' });
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
    await manager.getRepository(User).update({ id }, { failedLogins: () => 'greatest(failed_logins - 1, 0)' });
  }

  /** Answers the user as changed; null when there is none. Disabling again keeps the first time. */
  async setDisabled(manager: EntityManager, id: string, disabled: boolean): Promise<User | null> {
    const users = manager.getRepository(User);
    await users.update(
      { id },
      { disabledAt: disabled ? () => 'coalesce(disabled_at, now())' : null, updatedAt: () => 'now()' },
    );
    return users.findOneBy({ id });
  }

  async list(filter: {
    role?: Role;
    q?: string;
    page: number;
    limit: number;
  }): Promise<{ items: User[]; total: number }> {
    const byRole: FindOptionsWhere<User> = filter.role ? { role: filter.role } : {};
    const pattern = filter.q ? ILike(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined;
    const [items, total] = await this.dataSource.getRepository(User).findAndCount({
      where: pattern
        ? [
            { ...byRole, email: pattern },
            { ...byRole, fullName: pattern },
          ]
        : byRole,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (filter.page - 1) * filter.limit,
      take: filter.limit,
    });
    return { items, total };
  }

  adminExists(): Promise<boolean> {
    return this.dataSource.getRepository(User).existsBy({ role: 'admin' });
  }
}
