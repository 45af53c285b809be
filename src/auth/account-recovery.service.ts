import { ConflictException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/errors/problem';
import { AccountLinksService } from './account-links.service';
import { hashPassword } from './passwords';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import type { AuthUser } from './roles';
import { SecurityEventsRepository } from './security-events.repository';
import { UsersRepository } from './users.repository';

/** The same answer for an unknown, used and expired link: which one it was helps no one but a guesser. */
const INVALID_LINK = 'The link is invalid, already used or expired. Ask for a new one.';
/** A 400, like any other, names the field at fault: the token. */
const invalidLink = () =>
  new ProblemException(HttpStatus.BAD_REQUEST, 'invalid-token', INVALID_LINK, {
    errors: [{ field: 'token', message: INVALID_LINK }],
  });

/** "Lupa kata sandi" and e-mail verification, by the single-use links of AccountLinksService. */
@Injectable()
export class AccountRecoveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly links: AccountLinksService,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly securityEvents: SecurityEventsRepository,
  ) {}

  /**
   * Mails a reset link when the email belongs to an enabled account, and does
   * nothing otherwise: the caller answers 202 either way, and the work is a
   * lookup and two inserts (the mail goes out later, from the outbox), so the
   * two cases take about the same time.
   */
  async forgotPassword(email: string, ip?: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    // Without an account nothing is logged about the email, as for failed sign-ins.
    if (!user || user.disabledAt) return;
    await this.dataSource.transaction(async (manager) => {
      const mailed = await this.links.send(manager, user, 'password_reset');
      await this.securityEvents.record(
        { type: 'password_reset_requested', subjectUserId: user.id, ip, details: { mailed: String(mailed) } },
        manager,
      );
    });
  }

  /**
   * Sets a new password with a reset link's token. Like a password change it
   * ends every session and access token of the account; it also lifts the
   * lockout, verifies the address, and ends the account's other reset links.
   */
  async resetPassword(token: string, password: string, ip?: string): Promise<void> {
    // Hashed before the transaction: Argon2 takes tens of milliseconds that no connection should wait for.
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.links.consume(manager, 'password_reset', token);
      const user = userId ? await this.users.findById(userId, manager) : null;
      if (!user || user.disabledAt) throw invalidLink();
      await this.users.setPassword(manager, user.id, passwordHash, { byMailedLink: true });
      await this.refreshTokens.revokeAllForUser(manager, user.id);
      await this.links.revokeAll(manager, user.id, 'password_reset');
      await this.securityEvents.record(
        { type: 'password_reset', actorUserId: user.id, subjectUserId: user.id, ip },
        manager,
      );
    });
  }

  async verifyEmail(token: string, ip?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.links.consume(manager, 'email_verification', token);
      if (!userId || !(await this.users.markEmailVerified(manager, userId))) throw invalidLink();
      await this.links.revokeAll(manager, userId, 'email_verification');
      await this.securityEvents.record(
        { type: 'email_verified', actorUserId: userId, subjectUserId: userId, ip },
        manager,
      );
    });
  }

  /** Mails a new verification link to the caller's address: 409 once verified, 429 past the hourly share. */
  async resendVerification(caller: AuthUser): Promise<void> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new UnauthorizedException();
    if (user.emailVerifiedAt) throw new ConflictException('The email address is already verified.');
    const mailed = await this.dataSource.transaction((manager) => this.links.send(manager, user, 'email_verification'));
    if (!mailed) {
      throw new ProblemException(
        HttpStatus.TOO_MANY_REQUESTS,
        'too-many-mails',
        'Several verification mails were sent in the last hour; look for them, or try again later.',
        {},
        { 'Retry-After': '3600' },
      );
    }
  }
}
