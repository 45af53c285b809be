import type { EntityManager } from 'typeorm';

/**
 * The files attached to suppliers and their certificates (scans, photos,
 * evidence) belong to the documents module, which imports this one. When a
 * profile or certificate goes, the suppliers module tells it through this
 * port (dependency inversion, like CONTACT_ACCESS): inside the transaction
 * the rows go with it, and the answer is the work to do once it committed,
 * removing the files, which cannot be rolled back.
 */
export const SUPPLIER_FILES = Symbol('SUPPLIER_FILES');

export type AfterCommit = () => Promise<void>;

export interface SupplierFiles {
  /** A profile was (soft-)deleted: every file of it goes. */
  profileDeleted(manager: EntityManager, supplierId: string): Promise<AfterCommit>;
  /** A certificate is about to be deleted: its scans and evidence go. */
  certificationDeleted(manager: EntityManager, certificationId: string): Promise<AfterCommit>;
  /**
   * A duplicate was merged into the survivor: the files of the certificates
   * carried over follow them, photos and profile evidence move to the
   * survivor, and what stays with the deleted duplicate goes.
   */
  merged(manager: EntityManager, survivorId: string, duplicateId: string): Promise<AfterCommit>;
}
