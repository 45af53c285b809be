import { TypeOrmModule } from '@nestjs/typeorm';
import { SourcingRequest } from './sourcing-request.entity';
import { Module } from '@nestjs/common';
import { BuyersModule } from '../buyers/buyers.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReferenceModule } from '../reference/reference.module';
import { SourcingRequestsController } from './sourcing-requests.controller';
import { SourcingRequestsRepository } from './sourcing-requests.repository';
import { SourcingRequestsScheduler } from './sourcing-requests.scheduler';
import { SourcingRequestsService } from './sourcing-requests.service';
import { JobsModule } from '../jobs/jobs.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([SourcingRequest]),
    OrganizationsModule,
    ReferenceModule,
    BuyersModule,
    JobsModule,
  ],
  controllers: [SourcingRequestsController],
  providers: [SourcingRequestsRepository, SourcingRequestsService, SourcingRequestsScheduler],
  exports: [SourcingRequestsRepository, SourcingRequestsService],
})
export class SourcingRequestsModule {}
