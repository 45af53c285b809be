import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to a supplier: scans of its certificates (by the owner or a
 * curator), photos of its workshop and machines, and the evidence a curator
 * attached when verifying the profile or a certificate. The bytes live in
 * file storage under random keys; a row holds the keys and what the content
 * was found to be. Rows go with their certificate (cascade); a profile's are
 * removed by the service that soft-deletes it, which also removes the files.
 */
export class Documents1795824003100 implements MigrationInterface {
  name = 'Documents1795824003100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE documents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL,
        certification_id uuid,
        purpose text NOT NULL,
        photo_subject text,
        caption text,
        file_name text NOT NULL,
        content_type text NOT NULL,
        byte_size integer NOT NULL,
        sha256 text NOT NULL,
        width integer,
        height integer,
        storage_key text NOT NULL,
        thumbnail_key text,
        thumbnail_byte_size integer,
        uploaded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT documents_pk PRIMARY KEY (id),
        CONSTRAINT documents_supplier_fk FOREIGN KEY (supplier_id) REFERENCES suppliers (id) ON DELETE CASCADE,
        CONSTRAINT documents_certification_fk FOREIGN KEY (certification_id)
          REFERENCES supplier_certifications (id) ON DELETE CASCADE,
        CONSTRAINT documents_uploaded_by_fk FOREIGN KEY (uploaded_by) REFERENCES users (id),
        CONSTRAINT documents_purpose_check CHECK (
          (purpose = 'certificate_scan' AND certification_id IS NOT NULL AND photo_subject IS NULL)
          OR (purpose = 'photo' AND certification_id IS NULL)
          OR (purpose = 'evidence' AND photo_subject IS NULL)
        ),
        CONSTRAINT documents_photo_subject_check CHECK (photo_subject IS NULL OR photo_subject IN ('workshop', 'machine')),
        CONSTRAINT documents_caption_check CHECK (caption IS NULL OR length(btrim(caption)) BETWEEN 1 AND 200),
        CONSTRAINT documents_file_name_check CHECK (length(file_name) BETWEEN 1 AND 200),
        CONSTRAINT documents_content_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        CONSTRAINT documents_byte_size_check CHECK (byte_size > 0),
        CONSTRAINT documents_image_check CHECK (
          (content_type = 'application/pdf') = (thumbnail_key IS NULL)
          AND (thumbnail_key IS NULL) = (thumbnail_byte_size IS NULL)
          AND (thumbnail_key IS NULL) = (width IS NULL)
          AND (width IS NULL) = (height IS NULL)
        )
      )`);
    await db.query('CREATE UNIQUE INDEX documents_storage_key_unique ON documents (storage_key)');
    await db.query('CREATE INDEX documents_supplier_idx ON documents (supplier_id, purpose, created_at)');
    await db.query(
      'CREATE INDEX documents_certification_idx ON documents (certification_id) WHERE certification_id IS NOT NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE documents');
  }
}
