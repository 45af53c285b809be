import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SUPPLIER_FILES } from '../suppliers/supplier-files';
import { Document } from './document.entity';
import { DocumentFiles } from './document-files';
import { DocumentsRepository } from './documents.repository';
import { FILE_STORAGE, LocalFileStorage } from './file-storage';

/**
 * The storage and the removal of documents. Global, so that the suppliers
 * module can ask SUPPLIER_FILES without importing the documents module
 * (which imports theirs); it depends on nothing of suppliers itself.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Document])],
  providers: [
    DocumentsRepository,
    DocumentFiles,
    { provide: FILE_STORAGE, useClass: LocalFileStorage },
    { provide: SUPPLIER_FILES, useExisting: DocumentFiles },
  ],
  exports: [DocumentsRepository, DocumentFiles, FILE_STORAGE, SUPPLIER_FILES],
})
export class DocumentFilesModule {}
