import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

/** Refresh tokens are stored only as keyed hashes; all writes run inside the caller's transaction. */
@Injectable()
export class RefreshTokensRepository {
  async insert(
    manager: EntityManager,
    token: Pick<RefreshToken, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt' | 'familyExpiresAt'>,
  ): Promise<void> {
    await manager.getRepository(RefreshToken).insert(token);
  }

  /** Locks the row, so that two refreshes with one token cannot both succeed. */
  findByHashForUpdate(manager: EntityManager, tokenHash: string): Promise<RefreshToken | null> {
    return manager
      .getRepository(RefreshToken)
      .createQueryBuilder()
      .where({ tokenHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(RefreshToken).update({ id }, { usedAt: () => 'now()' });
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
