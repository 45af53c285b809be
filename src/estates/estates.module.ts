import { TypeOrmModule } from '@nestjs/typeorm';
import { Estate } from './estate.entity';
import { Port } from './port.entity';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReferenceModule } from '../reference/reference.module';
import { EstatesController } from './estates.controller';
import { EstatesRepository } from './estates.repository';
import { EstatesService } from './estates.service';

@Module({
  imports: [TypeOrmModule.forFeature([Estate, Port]), OrganizationsModule, ReferenceModule],
  controllers: [EstatesController],
  providers: [EstatesRepository, EstatesService],
  exports: [EstatesService],
})
export class EstatesModule {}
