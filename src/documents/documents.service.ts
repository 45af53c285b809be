import { HttpStatus, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { Permission } from '../auth/permissions';
import type { AuthUser } from '../auth/roles';
import { ProblemException, ValidationProblem } from '../common/errors/problem';
import { AccessService } from '../organizations/access.service';
import { SupplierCertificationsService } from '../suppliers/supplier-certifications.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import type { Document, DocumentPurpose, PhotoSubject, StoredType } from './document.entity';
import { DocumentFiles } from './document-files';
import { type Attachment, DocumentsRepository } from './documents.repository';
import type { DocumentDto, DocumentListDto } from './dto/document.dto';
import { downloadName, prepareFile } from './file-content';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { text } from '../common/i18n/text';

interface PurposeRule {
  /** Upload and delete. */
  manage: Permission;
  /** List and download: scans as their certificate, photos as the profile (both SupplierRead); evidence privately. */
  read: Permission;
  /** Files per certificate (scans), per profile (photos), per profile or certificate (evidence). */
  maxCount: number;
  types: readonly StoredType[];
  /** For the count message. */
  counted: string;
}

const ANY: readonly StoredType[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** Who may do what with each kind of file, and how many there may be: defined here once. */
export const PURPOSE_RULES: Record<DocumentPurpose, PurposeRule> = {
  certificate_scan: {
    manage: Permission.DocumentManage,
    read: Permission.SupplierRead,
    maxCount: 5,
    types: ANY,
    counted: 'scans per certificate',
  },
  photo: {
    manage: Permission.DocumentManage,
    read: Permission.SupplierRead,
    maxCount: 20,
    types: ['image/jpeg', 'image/png'],
    counted: 'photos per profile',
  },
  evidence: {
    manage: Permission.EvidenceAttach,
    // What a curator relied on is shown to the supplier's members and staff, like its contact and NPWP.
    read: Permission.SupplierReadPrivate,
    maxCount: 5,
    types: ANY,
    counted: 'evidence files per profile or certificate',
  },
};

export interface Download {
  stream: Readable;
  contentType: string;
  fileName: string;
  byteSize: number;
  etag: string;
  /** Re-encoded images are shown inline; a PDF, stored as it came, only as an attachment. */
  inline: boolean;
}

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsRepository,
    private readonly suppliers: SuppliersService,
    private readonly certifications: SupplierCertificationsService,
    private readonly access: AccessService,
    private readonly files: DocumentFiles,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * Checks who and how many before reading the content, makes what is
   * stored (file-content.ts), stores it, then inserts the row under the
   * supplier's lock after checking again: a failure anywhere removes what
   * was stored, so there is never a row without a file nor a file without a row.
   */
  async upload(
    user: AuthUser,
    on: Attachment,
    file: Express.Multer.File | undefined,
    fields: { caption?: string; kind?: PhotoSubject },
  ): Promise<DocumentDto> {
    const rule = PURPOSE_RULES[on.purpose];
    await this.requireAttachment(user, on, rule.manage);
    if (!file) {
      throw new ValidationProblem([{ field: 'file', message: text('validation.fileRequired') }]);
    }
    await this.refuseOverLimit(on, rule);
    const prepared = await prepareFile(file.buffer, 'file', rule.types);
    const stored: string[] = [];
    try {
      const storageKey = await this.put(prepared.content, stored);
      const thumbnailKey = prepared.thumbnail ? await this.put(prepared.thumbnail, stored) : null;
      const row = await this.dataSource.transaction(async (manager) => {
        await this.requireAttachment(user, on, rule.manage, manager);
        await this.refuseOverLimit(on, rule, manager);
        return this.documents.insert(manager, {
          ...on,
          photoSubject: on.purpose === 'photo' ? (fields.kind ?? null) : null,
          caption: fields.caption ?? null,
          fileName: downloadName(file.originalname, prepared.contentType),
          contentType: prepared.contentType,
          byteSize: prepared.content.length,
          sha256: prepared.sha256,
          width: prepared.width,
          height: prepared.height,
          storageKey,
          thumbnailKey,
          thumbnailByteSize: prepared.thumbnail?.length ?? null,
          uploadedBy: user.id,
        });
      });
      return toDocumentResponse(row);
    } catch (error) {
      await this.files.remove(stored);
      throw error;
    }
  }

  async list(user: AuthUser, on: Attachment): Promise<DocumentListDto> {
    await this.requireAttachment(user, on, PURPOSE_RULES[on.purpose].read);
    const items = (await this.documents.list(on)).map(toDocumentResponse);
    return { items, total: items.length };
  }

  async download(user: AuthUser, on: Attachment, id: string, thumbnail: boolean): Promise<Download> {
    await this.requireAttachment(user, on, PURPOSE_RULES[on.purpose].read);
    const document = await this.documents.findOne(on, id);
    if (!document) throw new NotFoundException('Not found.');
    if (thumbnail && !document.thumbnailKey) {
      throw new ProblemException(HttpStatus.NOT_FOUND, 'no-thumbnail', 'Only images have a thumbnail; this is a PDF.');
    }
    const key = thumbnail ? document.thumbnailKey! : document.storageKey;
    const stream = await this.storage.open(key);
    if (!stream) {
      this.logger.error(`Document ${document.id}: nothing in storage under its key`);
      throw new ProblemException(HttpStatus.NOT_FOUND, 'file-missing', 'The file is missing from storage.');
    }
    return {
      stream,
      contentType: thumbnail ? 'image/jpeg' : document.contentType,
      fileName: thumbnail ? document.fileName.replace(/\.[^.]+$/, '-thumbnail.jpg') : document.fileName,
      byteSize: thumbnail ? document.thumbnailByteSize! : document.byteSize,
      etag: `"${thumbnail ? `t-${document.sha256}` : document.sha256}"`,
      inline: document.contentType !== 'application/pdf',
    };
  }

  async remove(user: AuthUser, on: Attachment, id: string): Promise<void> {
    const removeFile = await this.dataSource.transaction(async (manager) => {
      await this.requireAttachment(user, on, PURPOSE_RULES[on.purpose].manage, manager);
      const document = await this.documents.findOne(on, id, manager);
      if (!document) throw new NotFoundException('Not found.');
      return this.files.documentDeleted(manager, document.id);
    });
    await removeFile();
  }

  /**
   * The supplier exists and is active, the user may do this with its files,
   * and the certificate (if any) is the supplier's. With a manager, the
   * supplier and certificate are locked: uploads to one supplier are
   * counted one at a time.
   */
  private async requireAttachment(user: AuthUser, on: Attachment, permission: Permission, manager?: EntityManager) {
    if (manager) await this.suppliers.lockActive(manager, on.supplierId);
    else await this.suppliers.requireActive(on.supplierId);
    await this.access.requireAccess(user, permission, on.supplierId, { manager });
    if (on.certificationId) await this.certifications.requireOf(on.supplierId, on.certificationId, manager);
  }

  private async refuseOverLimit(on: Attachment, rule: PurposeRule, manager?: EntityManager): Promise<void> {
    if ((await this.documents.count(on, manager)) >= rule.maxCount) {
      throw new ProblemException(
        HttpStatus.CONFLICT,
        'too-many-files',
        `At most ${rule.maxCount} ${rule.counted}: delete one before adding another.`,
        { limit: rule.maxCount },
      );
    }
  }

  private async put(content: Buffer, stored: string[]): Promise<string> {
    const key = this.storage.newKey();
    await this.storage.put(key, content);
    stored.push(key);
    return key;
  }
}

export function toDocumentResponse(document: Document): DocumentDto {
  return {
    id: document.id,
    purpose: document.purpose,
    certificationId: document.certificationId,
    kind: document.photoSubject,
    caption: document.caption,
    fileName: document.fileName,
    contentType: document.contentType,
    byteSize: document.byteSize,
    sha256: document.sha256,
    width: document.width,
    height: document.height,
    hasThumbnail: document.thumbnailKey !== null,
    createdAt: document.createdAt,
  };
}
