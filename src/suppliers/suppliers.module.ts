import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReferenceModule } from '../reference/reference.module';
import { SupplierCertificationsRepository } from './supplier-certifications.repository';
import { SupplierCertificationsService } from './supplier-certifications.service';
import { SuppliersSearchRepository } from './suppliers-search.repository';
import { SuppliersSearchService } from './suppliers-search.service';
import { SuppliersController } from './suppliers.controller';
import { SuppliersRepository } from './suppliers.repository';
import { SuppliersService } from './suppliers.service';

@Module({
  imports: [OrganizationsModule, ReferenceModule],
  controllers: [SuppliersController],
  providers: [
    SuppliersRepository,
    SuppliersService,
    SupplierCertificationsRepository,
    SupplierCertificationsService,
    SuppliersSearchRepository,
    SuppliersSearchService,
  ],
  exports: [SuppliersService],
})
export class SuppliersModule {}
