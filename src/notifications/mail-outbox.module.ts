import { Global, Module } from '@nestjs/common';
import { MAIL_OUTBOX, type MailOutbox } from '../auth/account-mail';
import { NotificationsRepository } from './notifications.repository';

/**
 * Answers the auth module's MAIL_OUTBOX with this module's outbox: global, so
 * that auth can queue account mails without importing this module (which
 * depends on auth).
 */
@Global()
@Module({
  providers: [
    NotificationsRepository,
    {
      provide: MAIL_OUTBOX,
      inject: [NotificationsRepository],
      useFactory: (notifications: NotificationsRepository): MailOutbox => ({
        queue: (manager, mail) => notifications.queueEmail(manager, mail),
      }),
    },
  ],
  exports: [MAIL_OUTBOX],
})
export class MailOutboxModule {}
