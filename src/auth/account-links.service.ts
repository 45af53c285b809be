import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { accountMails, MAIL_OUTBOX, type MailOutbox } from './account-mail';
import type { AccountTokenPurpose } from './account-token.entity';
import { AccountTokensRepository } from './account-tokens.repository';
import type { User } from './user.entity';

/** Links an account can be sent per purpose and hour: enough for a lost mail or two, too few to flood an inbox. */
export const MAX_LINKS_PER_HOUR = 5;

/**
 * A 256-bit random token needs no salt or slow hash: nobody can guess one to
 * test against a stolen hash. So a plain SHA-256, which lets the database look
 * a token up by its hash.
 */
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const PAGE: Record<AccountTokenPurpose, string> = {
  password_reset: 'reset-password',
  email_verification: 'verify-email',
};

/** Single-use, expiring links mailed to an account's address: made, mailed through the outbox, and spent. */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: AccountTokensRepository,
    @Inject(MAIL_OUTBOX) private readonly outbox: MailOutbox,
  ) {}

  /**
   * Stores a new token and queues its mail, in the caller's transaction.
   * Answers false, sending nothing, when the account had its hourly share.
   */
  async send(
    manager: EntityManager,
    user: Pick<User, 'id' | 'email' | 'fullName'>,
    purpose: AccountTokenPurpose,
  ): Promise<boolean> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const ttlSeconds =
      purpose === 'password_reset' ? this.config.passwordResetTtlSeconds : this.config.emailVerificationTtlSeconds;
    const stored = await this.tokens.insert(
      manager,
      { userId: user.id, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + ttlSeconds * 1000) },
      now,
      MAX_LINKS_PER_HOUR,
    );
    if (!stored) return false;
    const link = `${this.config.publicUrl}/${PAGE[purpose]}#token=${token}`;
    const content = { fullName: user.fullName, link, token, ttlSeconds };
    const mail =
      purpose === 'password_reset' ? accountMails.passwordReset(content) : accountMails.emailVerification(content);
    await this.outbox.queue(manager, { toEmail: user.email, ...mail, containsSecret: true });
    return true;
  }

  /** Spends a token; answers its account, or undefined when it is unknown, used or expired. */
  consume(manager: EntityManager, purpose: AccountTokenPurpose, token: string): Promise<string | undefined> {
    return this.tokens.consume(manager, purpose, hashToken(token), this.clock.now());
  }

  /** Ends the account's other unused links of this purpose. */
  revokeAll(manager: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    return this.tokens.revokeAll(manager, userId, purpose, this.clock.now());
  }
}
