import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { TokensDto } from './dto/auth.dto';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import type { AuthUser } from './roles';
import { SecurityEventsRepository } from './security-events.repository';
import { UsersRepository } from './users.repository';

export interface AccessTokenPayload {
  sub: string;
  role: AuthUser['role'];
  /** The account's token version when issued; absent in tokens from before versions, which count as 0. */
  ver?: number;
  iat: number;
  exp: number;
}

/** The same answer for every refresh failure: a client must not learn which check failed. */
const invalidRefresh = () => new UnauthorizedException('The refresh token is invalid or expired.');

/**
 * Short-lived JWT access tokens and opaque, single-use refresh tokens grouped
 * in families (one family per sign-in). Using a refresh token twice means it
 * was stolen: the whole family is revoked.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly securityEvents: SecurityEventsRepository,
    private readonly users: UsersRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Starts a new session (a new family) for the user. */
  issueForNewSession(manager: EntityManager, user: AuthUser, tokenVersion: number): Promise<TokensDto> {
    const familyExpiresAt = new Date(Date.now() + this.config.sessionMaxAgeSeconds * 1000);
    return this.issue(manager, user, tokenVersion, randomUUID(), familyExpiresAt);
  }

  /** Exchanges a refresh token for a new pair in the same family. */
  async rotate(refreshToken: string, ip: string | undefined): Promise<TokensDto> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await this.refreshTokens.findByHashForUpdate(manager, this.hash(refreshToken));
      if (!token) return { error: invalidRefresh() };
      if (token.usedAt || token.revokedAt) {
        await this.refreshTokens.revokeFamily(manager, token.familyId);
        if (token.usedAt && !token.revokedAt) {
          await this.securityEvents.record(
            { type: 'refresh_reuse_detected', subjectUserId: token.userId, ip, details: { familyId: token.familyId } },
            manager,
          );
        }
        // Committed, not rolled back: the revocation must stick although the request fails.
        return { error: invalidRefresh() };
      }
      const user = await this.users.findById(token.userId, manager);
      if (token.expiresAt <= new Date() || !user || user.disabledAt) return { error: invalidRefresh() };
      await this.refreshTokens.markUsed(manager, token.id);
      return { tokens: await this.issue(manager, user, user.tokenVersion, token.familyId, token.familyExpiresAt) };
    });
    if (!outcome.tokens) throw outcome.error;
    return outcome.tokens;
  }

  /**
   * Ends the session the refresh token belongs to, if it is the caller's own.
   * Unknown or foreign tokens are ignored: logout is idempotent and tells nothing.
   */
  async revokeSession(refreshToken: string, userId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const token = await this.refreshTokens.findByHashForUpdate(manager, this.hash(refreshToken));
      if (!token || token.userId !== userId) return false;
      await this.refreshTokens.revokeFamily(manager, token.familyId);
      return true;
    });
  }

  private async issue(
    manager: EntityManager,
    user: AuthUser,
    tokenVersion: number,
    familyId: string,
    familyExpiresAt: Date,
  ): Promise<TokensDto> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(manager, {
      userId: user.id,
      familyId,
      tokenHash: this.hash(refreshToken),
      // A refresh token never outlives its session's absolute limit.
      expiresAt: familyExpiresAt,
      familyExpiresAt,
    });
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role, ver: tokenVersion });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.config.accessTokenTtlSeconds };
  }

  /** Keyed, so a copy of the table alone cannot be used to forge or check tokens. */
  private hash(refreshToken: string): string {
    return createHmac('sha256', this.config.jwtRefreshSecret).update(refreshToken).digest('base64url');
  }
}
