import { TypeOrmModule } from '@nestjs/typeorm';
import { Region } from './region.entity';
import { Kbli } from './kbli.entity';
import { Process } from './process.entity';
import { Material } from './material.entity';
import { PartCategory } from './part-category.entity';
import { Certification } from './certification.entity';
import { CertificationImplication } from './certification-implication.entity';
import { PublicHoliday } from './public-holiday.entity';
import { DownstreamStep } from './downstream-step.entity';
import { RegionGroup } from './region-group.entity';
import { BusinessCalendar } from './business-calendar';
import { Module } from '@nestjs/common';
import { ReferenceController } from './reference.controller';
import { ReferenceRepository } from './reference.repository';
import { ReferenceService } from './reference.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Region,
      Kbli,
      Process,
      Material,
      PartCategory,
      Certification,
      CertificationImplication,
      PublicHoliday,
      DownstreamStep,
      RegionGroup,
    ]),
  ],
  controllers: [ReferenceController],
  providers: [ReferenceRepository, ReferenceService, BusinessCalendar],
  exports: [ReferenceService, BusinessCalendar],
})
export class ReferenceModule {}
