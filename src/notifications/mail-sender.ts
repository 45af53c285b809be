import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { NotificationsRepository } from './notifications.repository';

const BATCH = 50;
const MAX_ATTEMPTS = 5;
/** How long a claimed batch is this sender's: far longer than 50 mails take, short enough to retry soon after a crash. */
const LEASE_SECONDS = 300;

/** "budi@cvlogamjaya.co.id" → "b***@cvlogamjaya.co.id": addresses are personal data, logs keep only a hint. */
export const maskEmail = (email: string) => email.replace(/^(.)[^@]*/, '$1***');

/**
 * Works through the e-mail outbox every 30 seconds, on every instance, each
 * sending the mails it claimed: over SMTP (nodemailer)
 * when SMTP_URL is set, otherwise by logging that a mail would go out (in
 * development and tests). Delivery is at least once: a mail whose sending
 * succeeded but whose row could not be marked is sent again.
 */
@Injectable()
export class MailSender {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport?: Transporter;
  private running = false;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly config: AppConfig,
  ) {
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
    else if (config.isProduction) this.logger.warn('SMTP_URL is not set: e-mails stay in the outbox, unsent.');
  }

  @Interval('send-outbox', 30_000)
  async sendPending(): Promise<number> {
    if (this.running || (this.config.isProduction && !this.transport)) return 0;
    this.running = true;
    let sent = 0;
    try {
      for (const mail of await this.notifications.claimPending(BATCH, LEASE_SECONDS)) {
        try {
          if (this.transport) {
            await this.transport.sendMail({
              from: this.config.mailFrom,
              to: mail.toEmail,
              subject: mail.subject,
              text: mail.body,
            });
          } else {
            this.logger.log(`mail to ${maskEmail(mail.toEmail)}: ${mail.subject}`);
          }
          await this.notifications.markSent(mail.id);
          sent++;
        } catch (error) {
          this.logger.warn(`mail to ${maskEmail(mail.toEmail)} failed: ${(error as Error).message}`);
          await this.notifications.markAttemptFailed(mail.id, (error as Error).message, MAX_ATTEMPTS);
        }
      }
    } finally {
      this.running = false;
    }
    return sent;
  }
}
