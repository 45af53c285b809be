import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity';

/** Tokens of mailed links, by the SHA-256 of the token; all writes run in the caller's transaction. */
@Injectable()
export class AccountTokensRepository {
  /**
   * Stores a token unless the account already got `maxPerHour` of this
   * purpose in the last hour (so that nobody can flood an inbox through
   * forgot-password). Answers whether it was stored.
   */
  async insert(
    manager: EntityManager,
    token: Pick<AccountToken, 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>,
    now: Date,
    maxPerHour: number,
  ): Promise<boolean> {
    // A plain SELECT around the write: drivers shape the answer of a bare INSERT … RETURNING differently.
    const rows = await manager.query<unknown[]>(
      `WITH stored AS (
         INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at, created_at)
         SELECT $1, $2, $3, $4, $5
          WHERE (SELECT count(*) FROM account_tokens
                  WHERE user_id = $1 AND purpose = $2 AND created_at > $5::timestamptz - interval '1 hour') < $6
         RETURNING id)
       SELECT id FROM stored`,
      [token.userId, token.purpose, token.tokenHash, token.expiresAt, now, maxPerHour],
    );
    return rows.length === 1;
  }

  /**
   * Spends a token: the one statement that checks it also marks it used, so
   * of two concurrent uses the second waits for the first's row lock and then
   * finds it used. Answers the account, or undefined for an unknown, used or
   * expired token.
   */
  async consume(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    tokenHash: string,
    now: Date,
  ): Promise<string | undefined> {
    const rows = await manager.query<{ user_id: string }[]>(
      `WITH spent AS (
         UPDATE account_tokens SET used_at = $3
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
         RETURNING user_id)
       SELECT user_id FROM spent`,
      [tokenHash, purpose, now],
    );
    return rows[0]?.user_id;
  }

  /** Ends the account's other links of this purpose: once one worked, older mails are stale. */
  async revokeAll(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, now: Date): Promise<void> {
    await manager.query(
      `UPDATE account_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose, now],
    );
  }
}
