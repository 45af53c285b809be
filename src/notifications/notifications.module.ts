import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notification.entity';
import { OutboxEmail } from './outbox-email.entity';
import { Module } from '@nestjs/common';
import { MailOutboxModule } from './mail-outbox.module';
import { MailSender } from './mail-sender';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification, OutboxEmail]), MailOutboxModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, MailSender],
  exports: [NotificationsService],
})
export class NotificationsModule {}
