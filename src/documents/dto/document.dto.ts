import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CatalogueOf } from '../../common/openapi/list-dtos';
import { DOCUMENT_PURPOSES, PHOTO_SUBJECTS, STORED_TYPES } from '../document.entity';
import type { DocumentPurpose, PhotoSubject, StoredType } from '../document.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The form fields beside the file of a scan or evidence upload. */
export class UploadDocumentDto {
  @ApiPropertyOptional({ description: 'What the file shows, at most 200 characters.', example: 'Halaman 1 dari 2' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  caption?: string;
}

/** The form fields beside the file of a photo upload. */
export class UploadPhotoDto extends UploadDocumentDto {
  @ApiPropertyOptional({ enum: PHOTO_SUBJECTS, description: 'What the photo shows.', example: 'machine' })
  @IsOptional()
  @IsIn(PHOTO_SUBJECTS)
  kind?: PhotoSubject;
}

export class DocumentDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the file.', example: '5d2c1f0e-8a7b-4c3d-9e2f-1a0b9c8d7e6f' })
  id!: string;
  @ApiProperty({ enum: DOCUMENT_PURPOSES, description: 'What it is attached for.', example: 'photo' })
  purpose!: DocumentPurpose;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The certificate it belongs to; null for a profile photo or profile evidence.',
    example: null,
  })
  certificationId!: string | null;
  @ApiProperty({
    enum: PHOTO_SUBJECTS,
    nullable: true,
    description: 'For a photo: what it shows.',
    example: 'machine',
  })
  kind!: PhotoSubject | null;
  @ApiProperty({ type: String, nullable: true, description: 'Caption.', example: 'Mesin die casting 350 ton' })
  caption!: string | null;
  @ApiProperty({
    description: "The uploader's file name, cleaned, with the extension of the type found in the content.",
    example: 'mesin-die-casting.jpg',
  })
  fileName!: string;
  @ApiProperty({ enum: STORED_TYPES, description: 'Type of the stored content.', example: 'image/jpeg' })
  contentType!: StoredType;
  @ApiProperty({ description: 'Size of the stored content in bytes (after re-encoding).', example: 482133 })
  byteSize!: number;
  @ApiProperty({
    description: 'SHA-256 of the stored content, hex; also the ETag of the download.',
    example: 'e3b0c442…',
  })
  sha256!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Image width in pixels; null for a PDF.', example: 2048 })
  width!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Image height in pixels; null for a PDF.', example: 1536 })
  height!: number | null;
  @ApiProperty({ description: 'Whether ?thumbnail=true serves a 320-pixel JPEG (images only).', example: true })
  hasThumbnail!: boolean;
  @ApiProperty({ type: String, format: 'date-time', description: 'Uploaded.', example: '2026-11-20T03:00:00.000Z' })
  createdAt!: Date;
}

export class DocumentListDto extends CatalogueOf(DocumentDto, 'DocumentListDto', 2) {}
