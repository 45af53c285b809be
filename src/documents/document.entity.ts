import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Supplier } from '../suppliers/supplier.entity';
import { SupplierCertification } from '../suppliers/supplier-certification.entity';

/** What a file is attached for: a certificate's scan, a profile photo, or a curator's verification evidence. */
export const DOCUMENT_PURPOSES = ['certificate_scan', 'photo', 'evidence'] as const;
export type DocumentPurpose = (typeof DOCUMENT_PURPOSES)[number];
export const PHOTO_SUBJECTS = ['workshop', 'machine'] as const;
export type PhotoSubject = (typeof PHOTO_SUBJECTS)[number];
/** The types Rantai stores, as found in the content: images are re-encoded in their own format. */
export const STORED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type StoredType = (typeof STORED_TYPES)[number];

@Entity({ name: 'documents' })
@Check(
  'documents_purpose_check',
  `(((purpose = 'certificate_scan'::text) AND (certification_id IS NOT NULL) AND (photo_subject IS NULL)) OR ((purpose = 'photo'::text) AND (certification_id IS NULL)) OR ((purpose = 'evidence'::text) AND (photo_subject IS NULL)))`,
)
@Check(
  'documents_photo_subject_check',
  `((photo_subject IS NULL) OR (photo_subject = ANY (ARRAY['workshop'::text, 'machine'::text])))`,
)
@Check(
  'documents_caption_check',
  `((caption IS NULL) OR ((length(btrim(caption)) >= 1) AND (length(btrim(caption)) <= 200)))`,
)
@Check('documents_file_name_check', `((length(file_name) >= 1) AND (length(file_name) <= 200))`)
@Check(
  'documents_content_type_check',
  `(content_type = ANY (ARRAY['application/pdf'::text, 'image/jpeg'::text, 'image/png'::text]))`,
)
@Check('documents_byte_size_check', `(byte_size > 0)`)
@Check(
  'documents_image_check',
  `(((content_type = 'application/pdf'::text) = (thumbnail_key IS NULL)) AND ((thumbnail_key IS NULL) = (thumbnail_byte_size IS NULL)) AND ((thumbnail_key IS NULL) = (width IS NULL)) AND ((width IS NULL) = (height IS NULL)))`,
)
@ForeignKey(() => Supplier, ['supplierId'], ['id'], { name: 'documents_supplier_fk', onDelete: 'CASCADE' })
@ForeignKey(() => SupplierCertification, ['certificationId'], ['id'], {
  name: 'documents_certification_fk',
  onDelete: 'CASCADE',
})
@ForeignKey(() => User, ['uploadedBy'], ['id'], { name: 'documents_uploaded_by_fk' })
@Index('documents_storage_key_unique', { synchronize: false })
@Index('documents_supplier_idx', { synchronize: false })
@Index('documents_certification_idx', { synchronize: false })
export class Document {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'documents_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'supplier_id' })
  supplierId!: string;

  @Column({ type: 'uuid', name: 'certification_id', nullable: true })
  certificationId!: string | null;

  @Column({ type: 'text' })
  purpose!: DocumentPurpose;

  @Column({ type: 'text', name: 'photo_subject', nullable: true })
  photoSubject!: PhotoSubject | null;

  @Column({ type: 'text', nullable: true })
  caption!: string | null;

  /** The uploader's name, sanitised, with the extension of the type found: only for Content-Disposition. */
  @Column({ type: 'text', name: 'file_name' })
  fileName!: string;

  @Column({ type: 'text', name: 'content_type' })
  contentType!: StoredType;

  @Column({ type: 'integer', name: 'byte_size' })
  byteSize!: number;

  /** Of the stored bytes (after re-encoding), hex: the download's ETag. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'integer', nullable: true })
  width!: number | null;

  @Column({ type: 'integer', nullable: true })
  height!: number | null;

  @Column({ type: 'text', name: 'storage_key' })
  storageKey!: string;

  @Column({ type: 'text', name: 'thumbnail_key', nullable: true })
  thumbnailKey!: string | null;

  @Column({ type: 'integer', name: 'thumbnail_byte_size', nullable: true })
  thumbnailByteSize!: number | null;

  @Column({ type: 'uuid', name: 'uploaded_by' })
  uploadedBy!: string;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}

export type DocumentWrite = Omit<Document, 'id' | 'createdAt'>;
