import { TypeOrmModule } from '@nestjs/typeorm';
import { Match } from './match.entity';
import { MatchEvent } from './match-event.entity';
import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ContactExchangeModule } from './contact-exchange.module';
import { MatchesController } from './matches.controller';
import { MatchesRepository } from './matches.repository';
import { MatchesService } from './matches.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Match, MatchEvent]),
    OrganizationsModule,
    MatchingModule,
    NotificationsModule,
    ContactExchangeModule,
  ],
  controllers: [MatchesController],
  providers: [MatchesRepository, MatchesService],
  exports: [MatchesService],
})
export class MatchesModule {}
