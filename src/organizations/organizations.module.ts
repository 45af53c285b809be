import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from './organization.entity';
import { Membership } from './membership.entity';
import { MeController } from './me.controller';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccessService } from './access.service';
import { AccountMembershipsModule } from './account-memberships.module';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, Membership]), AuthModule, AccountMembershipsModule],
  controllers: [OrganizationsController, MeController],
  providers: [AccessService, MembershipsRepository, OrganizationsService],
  exports: [AccessService, MembershipsRepository, OrganizationsService],
})
export class OrganizationsModule {}
