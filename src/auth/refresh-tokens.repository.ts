import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  familyId: string;
  familyExpiresAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** Refresh tokens are stored only as keyed hashes; all writes run inside the caller's transaction. */
@Injectable()
export class RefreshTokensRepository {
  async insert(
    manager: EntityManager,
    token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date; familyExpiresAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, family_expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [token.userId, token.familyId, token.tokenHash, token.expiresAt, token.familyExpiresAt],
    );
  }

  /** Locks the row, so that two refreshes with one token cannot both succeed. */
  async findByHashForUpdate(manager: EntityManager, tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const [row] = await manager.query<RefreshTokenRow[]>(
      `SELECT id, user_id AS "userId", family_id AS "familyId", family_expires_at AS "familyExpiresAt",
              expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return row;
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [id]);
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [
      familyId,
    ]);
  }

  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
      userId,
    ]);
  }
}
