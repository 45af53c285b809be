import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Document, type DocumentPurpose, type DocumentWrite } from './document.entity';

/** What a document is attached to: a profile, or one of its certificates, for one purpose. */
export interface Attachment {
  supplierId: string;
  certificationId: string | null;
  purpose: DocumentPurpose;
}

/** The storage keys of removed rows: what to remove from storage once the transaction committed. */
type Keys = string[];

@Injectable()
export class DocumentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(on: Attachment, manager: EntityManager = this.dataSource.manager): Promise<Document[]> {
    return manager.find(Document, { where: where(on), order: { createdAt: 'ASC', id: 'ASC' } });
  }

  count(on: Attachment, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.countBy(Document, where(on));
  }

  findOne(on: Attachment, id: string, manager: EntityManager = this.dataSource.manager): Promise<Document | null> {
    return manager.findOneBy(Document, { ...where(on), id });
  }

  insert(manager: EntityManager, document: DocumentWrite): Promise<Document> {
    return manager.save(manager.create(Document, document));
  }

  delete(manager: EntityManager, id: string): Promise<Keys> {
    return deleteWhere(manager, 'id = $1', id);
  }

  deleteOfSupplier(manager: EntityManager, supplierId: string): Promise<Keys> {
    return deleteWhere(manager, 'supplier_id = $1', supplierId);
  }

  deleteOfCertification(manager: EntityManager, certificationId: string): Promise<Keys> {
    return deleteWhere(manager, 'certification_id = $1', certificationId);
  }

  /**
   * After a merge: files of certificates now the survivor's follow them;
   * photos and profile evidence move to the survivor; the rest (scans of
   * certificates both had, which stay with the deleted duplicate) go.
   */
  async mergeInto(manager: EntityManager, survivorId: string, duplicateId: string): Promise<Keys> {
    await manager.query(
      `UPDATE documents d SET supplier_id = c.supplier_id FROM supplier_certifications c
        WHERE d.supplier_id = $1 AND d.certification_id = c.id`,
      [duplicateId],
    );
    await manager.query('UPDATE documents SET supplier_id = $1 WHERE supplier_id = $2 AND certification_id IS NULL', [
      survivorId,
      duplicateId,
    ]);
    return this.deleteOfSupplier(manager, duplicateId);
  }
}

/** Deletes rows and answers their keys (through a CTE, so that the driver returns plain rows). */
async function deleteWhere(manager: EntityManager, condition: string, value: string): Promise<Keys> {
  const rows = await manager.query<{ storage_key: string; thumbnail_key: string | null }[]>(
    `WITH gone AS (DELETE FROM documents WHERE ${condition} RETURNING storage_key, thumbnail_key) SELECT * FROM gone`,
    [value],
  );
  return rows.flatMap((row) => (row.thumbnail_key ? [row.storage_key, row.thumbnail_key] : [row.storage_key]));
}

const where = (on: Attachment) => ({
  supplierId: on.supplierId,
  certificationId: on.certificationId ?? IsNull(),
  purpose: on.purpose,
});
