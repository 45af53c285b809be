import { Module } from '@nestjs/common';
import { ImpactController } from './impact.controller';
import { ImpactRepository } from './impact.repository';
import { ImpactService } from './impact.service';

/** The region's impact (matches won, services delivered, suppliers verified) and the demand for BBSPJILM's services. */
@Module({
  controllers: [ImpactController],
  providers: [ImpactRepository, ImpactService],
})
export class ImpactModule {}
