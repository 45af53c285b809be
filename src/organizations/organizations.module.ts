import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AccessService } from './access.service';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [UsersModule],
  controllers: [OrganizationsController],
  providers: [AccessService, MembershipsRepository, OrganizationsService],
  exports: [AccessService, MembershipsRepository, OrganizationsService],
})
export class OrganizationsModule {}
