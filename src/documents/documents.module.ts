import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { DocumentFilesModule } from './document-files.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** Certificate scans, profile photos and curators' verification evidence. */
@Module({
  imports: [DocumentFilesModule, OrganizationsModule, SuppliersModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
