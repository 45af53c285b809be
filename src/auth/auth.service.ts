import { ConflictException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '../common/errors/problem';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SecurityEventsRepository } from './security-events.repository';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';
import type { RegisterDto, SignedInDto, TokensDto, UserDto } from './dto/auth.dto';
import { hashPassword, verifyPassword } from './passwords';
import type { AuthUser, Role } from './roles';
import { TokensService } from './tokens.service';
import { ACCOUNT_MEMBERSHIPS, type AccountMemberships } from './account-memberships';
import { AccountLinksService } from './account-links.service';
import { text } from '../common/i18n/text';

export const LOCKOUT_FAILURES = 10;
export const LOCKOUT_WINDOW_SECONDS = 15 * 60;

const wrongCredentials = () => new UnauthorizedException('Wrong email or password.');
export const toAuthUser = (user: User): AuthUser => ({ id: user.id, email: user.email, role: user.role });
/** An account as its owner sees it, without its memberships. */
export const toUserDto = (user: User): Omit<UserDto, 'memberships'> => ({
  id: user.id,
  email: user.email,
  fullName: user.fullName,
  role: user.role,
  phone: user.phone,
  emailVerified: user.emailVerifiedAt !== null,
  emailVerifiedAt: user.emailVerifiedAt,
});

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly securityEvents: SecurityEventsRepository,
    private readonly tokens: TokensService,
    private readonly links: AccountLinksService,
    @Inject(ACCOUNT_MEMBERSHIPS) private readonly memberships: AccountMemberships,
  ) {}

  /** The account, its log entry and its first session in one transaction. */
  async register(body: RegisterDto, ip?: string): Promise<SignedInDto> {
    return this.createAccount(body, { actorUserId: null, ip }, async (manager, created) => ({
      user: { ...toUserDto(created), memberships: [] },
      ...(await this.tokens.issueForNewSession(manager, toAuthUser(created), created.tokenVersion)),
    }));
  }

  /**
   * Creates an account and logs it, queues the mail that verifies its address
   * (unless `emailVerified`: demo accounts), then runs `andThen` in the same
   * transaction; 409 when the email is taken. Shared by registration and admins.
   */
  async createAccount<T = User>(
    account: { email: string; password: string; fullName: string; role: Role; phone?: string },
    audit: { actorUserId: string | null; ip?: string },
    andThen: (manager: EntityManager, user: User) => Promise<T> = (_manager, user) => Promise.resolve(user as T),
    { emailVerified = false } = {},
  ): Promise<T> {
    // Hashed before the transaction: Argon2 takes tens of milliseconds that no connection should wait for.
    const passwordHash = await hashPassword(account.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.insert(manager, {
        ...account,
        fullName: account.fullName.trim(),
        passwordHash,
        ...(emailVerified && { emailVerifiedAt: new Date() }),
      });
      if (!user) throw new ConflictException('An account with this email already exists.');
      if (!emailVerified) await this.links.send(manager, user, 'email_verification');
      await this.securityEvents.record(
        {
          type: 'account_created',
          actorUserId: audit.actorUserId ?? user.id,
          subjectUserId: user.id,
          ip: audit.ip,
          details: { role: user.role },
        },
        manager,
      );
      return andThen(manager, user);
    });
  }

  async login(email: string, password: string, ip?: string): Promise<SignedInDto> {
    const user = await this.users.findByEmail(email);
    if (user) {
      const { lockedForSeconds } = await this.users.claimLoginAttempt(
        user.id,
        LOCKOUT_FAILURES,
        LOCKOUT_WINDOW_SECONDS,
      );
      if (lockedForSeconds !== undefined) {
        await this.securityEvents.record({ type: 'login_locked', subjectUserId: user.id, ip });
        throw new ProblemException(
          HttpStatus.TOO_MANY_REQUESTS,
          'account-locked',
          'Too many failed sign-ins for this account; try again in 15 minutes.',
          {},
          { 'Retry-After': String(lockedForSeconds) },
        );
      }
    }
    // Verified even without an account, so that both failures take the same time.
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) {
      // Without an account nothing is logged about the email: people type passwords into it.
      await this.securityEvents.record({
        type: 'login_failed',
        subjectUserId: user?.id ?? null,
        ip,
        details: { reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'disabled' },
      });
      throw wrongCredentials();
    }
    // Read before the transaction: on the embedded database a query outside it would wait for its only connection.
    const memberships = await this.memberships.forUser(user.id);
    return this.dataSource.transaction(async (manager) => {
      await this.users.releaseLoginAttempt(user.id, manager);
      await this.securityEvents.record(
        { type: 'login_succeeded', actorUserId: user.id, subjectUserId: user.id, ip },
        manager,
      );
      return {
        user: { ...toUserDto(user), memberships },
        ...(await this.tokens.issueForNewSession(manager, toAuthUser(user), user.tokenVersion)),
      };
    });
  }

  refresh(refreshToken: string, ip?: string): Promise<TokensDto> {
    return this.tokens.rotate(refreshToken, ip);
  }

  async logout(user: AuthUser, refreshToken: string, ip?: string): Promise<void> {
    const owner = await this.tokens.revokeSession(refreshToken, user.id);
    if (owner) await this.securityEvents.record({ type: 'logout', actorUserId: user.id, subjectUserId: user.id, ip });
  }

  /** What the owner changes of their own account: name and phone (null removes it). */
  async updateProfile(user: AuthUser, profile: { fullName?: string; phone?: string | null }): Promise<void> {
    await this.users.updateProfile(user.id, { fullName: profile.fullName?.trim(), phone: profile.phone });
  }

  /** Changes the password, ends every session of the account, and starts a new one for this device. */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string, ip?: string): Promise<TokensDto> {
    const row = await this.users.findById(user.id);
    if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, 'validation-error', 'The request has invalid fields.', {
        errors: [{ field: 'currentPassword', message: text('validation.currentPasswordWrong') }],
      });
    }
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      const tokenVersion = await this.users.setPassword(manager, user.id, passwordHash);
      await this.refreshTokens.revokeAllForUser(manager, user.id);
      await this.securityEvents.record(
        { type: 'password_changed', actorUserId: user.id, subjectUserId: user.id, ip },
        manager,
      );
      return this.tokens.issueForNewSession(manager, user, tokenVersion);
    });
  }
}
