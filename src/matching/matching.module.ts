import { Module } from '@nestjs/common';
import { CentreServicesModule } from '../centre-services/centre-services.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SourcingRequestsModule } from '../sourcing-requests/sourcing-requests.module';
import { CandidateListsRepository } from './candidate-lists.repository';
import { CandidateListsScheduler } from './candidate-lists.scheduler';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';
import { JobsModule } from '../jobs/jobs.module';

@Module({
  imports: [OrganizationsModule, SourcingRequestsModule, NotificationsModule, CentreServicesModule, JobsModule],
  controllers: [MatchingController],
  providers: [MatchingRepository, CandidateListsRepository, CandidateListsScheduler, MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
