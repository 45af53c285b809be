import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AfterCommit, SupplierFiles } from '../suppliers/supplier-files';
import { DocumentsRepository } from './documents.repository';
import { FILE_STORAGE, type FileStorage } from './file-storage';

/**
 * Removing documents: rows inside the caller's transaction, files once it
 * committed (a file cannot be rolled back, so it goes last). Answers the
 * suppliers module's SUPPLIER_FILES, and the service's own deletes.
 */
@Injectable()
export class DocumentFiles implements SupplierFiles {
  private readonly logger = new Logger(DocumentFiles.name);

  constructor(
    private readonly documents: DocumentsRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async profileDeleted(manager: EntityManager, supplierId: string): Promise<AfterCommit> {
    return this.afterCommit(await this.documents.deleteOfSupplier(manager, supplierId));
  }

  async certificationDeleted(manager: EntityManager, certificationId: string): Promise<AfterCommit> {
    return this.afterCommit(await this.documents.deleteOfCertification(manager, certificationId));
  }

  async merged(manager: EntityManager, survivorId: string, duplicateId: string): Promise<AfterCommit> {
    return this.afterCommit(await this.documents.mergeInto(manager, survivorId, duplicateId));
  }

  async documentDeleted(manager: EntityManager, id: string): Promise<AfterCommit> {
    return this.afterCommit(await this.documents.delete(manager, id));
  }

  /** Never throws: the rows are gone (or never were); a file left behind is logged, not the caller's failure. */
  async remove(keys: string[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.storage.remove(key);
      } catch (error) {
        this.logger.error(`Could not remove stored file ${key}: ${(error as Error).message}`);
      }
    }
  }

  private afterCommit(keys: string[]): AfterCommit {
    return () => this.remove(keys);
  }
}
