import { TypeOrmModule } from '@nestjs/typeorm';
import { Supplier } from './supplier.entity';
import { SupplierCertification } from './supplier-certification.entity';
import { Module } from '@nestjs/common';
import { EstatesModule } from '../estates/estates.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReferenceModule } from '../reference/reference.module';
import { SupplierCertificationsRepository } from './supplier-certifications.repository';
import { SupplierCertificationsService } from './supplier-certifications.service';
import { SuppliersSearchRepository } from './suppliers-search.repository';
import { SuppliersSearchService } from './suppliers-search.service';
import { SuppliersController } from './suppliers.controller';
import { CertificationsQueueController } from './certifications-queue.controller';
import { SuppliersRepository } from './suppliers.repository';
import { SuppliersService } from './suppliers.service';
import { SupplierExportService } from './transfer/supplier-export.service';
import { SupplierImportService } from './transfer/supplier-import.service';
import { SupplierTransferController } from './transfer/supplier-transfer.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([Supplier, SupplierCertification]),
    OrganizationsModule,
    ReferenceModule,
    EstatesModule,
    NotificationsModule,
  ],
  // The transfer controller first: its /suppliers/export.csv must be matched before /suppliers/:id.
  controllers: [SupplierTransferController, SuppliersController, CertificationsQueueController],
  providers: [
    SuppliersRepository,
    SuppliersService,
    SupplierCertificationsRepository,
    SupplierCertificationsService,
    SuppliersSearchRepository,
    SuppliersSearchService,
    SupplierImportService,
    SupplierExportService,
  ],
  exports: [SuppliersService, SupplierCertificationsService, SupplierImportService],
})
export class SuppliersModule {}
