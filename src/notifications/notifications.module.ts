import { Module } from '@nestjs/common';
import { MailSender } from './mail-sender';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, MailSender],
  exports: [NotificationsService],
})
export class NotificationsModule {}
