import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReferenceModule } from '../reference/reference.module';
import { EstatesController } from './estates.controller';
import { EstatesRepository } from './estates.repository';
import { EstatesService } from './estates.service';

@Module({
  imports: [OrganizationsModule, ReferenceModule],
  controllers: [EstatesController],
  providers: [EstatesRepository, EstatesService],
  exports: [EstatesService],
})
export class EstatesModule {}
