import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CatalogueOf } from '../../common/openapi/list-dtos';
import { CERTIFICATION_STATES, type CertificationState } from '../supplier-certification.entity';
import {
  LEGAL_FORMS,
  type LegalForm,
  SIZE_CLASSES,
  SUPPLIER_SOURCES,
  type SupplierSource,
  VERIFICATION_STATES,
  type Verification,
} from '../supplier.entity';
import { LocationDto } from '../../common/openapi/location.dto';
import { CapacityDto, ContactDto, MachineDto } from './supplier.dto';
import { TkdnProductDto } from './certification.dto';

export class SupplierCertificationDto {
  @ApiProperty({ description: 'Id of this certificate record.', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  id!: string;
  @ApiProperty({ description: 'Certification type (GET /reference/certifications).', example: 'iatf_16949' })
  code!: string;
  @ApiProperty({ description: 'Certificate number.', example: 'IATF-0456789' })
  number!: string;
  @ApiProperty({ description: 'Certification body.', example: 'TÜV Rheinland Indonesia' })
  issuer!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'Valid from.', example: '2024-03-01' })
  validFrom!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    description: 'Valid until; an expired certificate never counts as held.',
    example: '2027-02-28',
  })
  validUntil!: string;
  @ApiProperty({ description: 'Whether validUntil has passed.', example: false })
  expired!: boolean;
  @ApiProperty({
    enum: CERTIFICATION_STATES,
    description: 'declared by the supplier, or verified or rejected by a curator.',
    example: 'verified',
  })
  status!: CertificationState;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The curator's words on the verdict: why it was rejected, or what it was verified against.",
    example: null,
  })
  statusReason!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Curator who verified or rejected it.',
    example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11',
  })
  verifiedBy!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When it was verified or rejected.',
    example: '2026-11-20T03:00:00.000Z',
  })
  verifiedAt!: Date | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where the evidence is (a BBSPJILM report number, a file reference).',
    example: 'Laporan uji BBSPJILM No. 123/2026',
  })
  evidenceNote!: string | null;
  @ApiProperty({
    nullable: true,
    type: TkdnProductDto,
    description: 'On a TKDN certificate, the product it certifies; null on other certificates.',
  })
  product!: TkdnProductDto | null;
}

export class SupplierDto {
  @ApiProperty({
    description: 'Supplier id (also its organisation id).',
    example: '0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10',
  })
  id!: string;
  @ApiProperty({ description: 'Trading name.', example: 'CV Logam Jaya Subang' })
  name!: string;
  @ApiProperty({ nullable: true, type: String, description: 'NIB, 13 digits.', example: '9120001234567' })
  nib!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Tax id; only for members, curators and admins.',
    example: '0012345678901234',
  })
  npwp?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Business capital, rupiah; only for members, curators and admins.',
    example: 850000000,
  })
  businessCapitalIdr?: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Annual sales, rupiah; only for members, curators and admins.',
    example: 4200000000,
  })
  annualTurnoverIdr?: number | null;
  @ApiProperty({ nullable: true, enum: LEGAL_FORMS, description: 'Legal form.', example: 'cv' })
  legalForm!: LegalForm | null;
  @ApiProperty({ type: [String], description: 'KBLI 2020 codes.', example: ['24320'] })
  kbli!: string[];
  @ApiProperty({
    nullable: true,
    enum: SIZE_CLASSES,
    description: 'PP 7/2021 size class, from annual sales or business capital where given.',
    example: 'small',
  })
  sizeClass!: (typeof SIZE_CLASSES)[number] | null;
  @ApiProperty({ description: 'What the firm makes.', example: 'Pengecoran aluminium dan pemesinan CNC.' })
  description!: string;
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ description: 'Street address.', example: 'Jl. Raya Cipeundeuy No. 12, Subang' })
  address!: string;
  @ApiProperty({ type: LocationDto, description: 'Coordinates.' })
  location!: LocationDto;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The industrial estate it is in, if any.',
    example: null,
  })
  estateId!: string | null;
  @ApiProperty({ type: [String], description: 'Process codes.', example: ['casting.hpdc'] })
  processes!: string[];
  @ApiProperty({ type: [String], description: 'Material codes.', example: ['aluminium'] })
  materials!: string[];
  @ApiProperty({ type: [String], description: 'Part category codes.', example: ['ev_motor.housing'] })
  productCategories!: string[];
  @ApiProperty({ nullable: true, type: CapacityDto, description: 'Monthly capacity.' })
  monthlyCapacity!: CapacityDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Employees.', example: 45 })
  employees!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'TKDN percent.', example: 62.5 })
  tkdnPercent!: number | null;
  @ApiProperty({ type: [MachineDto], description: 'Main machines.' })
  machines!: MachineDto[];
  @ApiPropertyOptional({
    type: ContactDto,
    description: 'Only for members, curators, admins and buyers with an engaged match.',
  })
  contact?: ContactDto;
  @ApiProperty({
    enum: VERIFICATION_STATES,
    description: 'Profile verification by a BBSPJILM curator.',
    example: 'verified',
  })
  verification!: Verification;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      "The curator's note on the verdict (why it was rejected, or what a verification rests on). Only for members, curators and admins.",
    example: null,
  })
  verificationReason?: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the verification was decided.',
    example: '2026-11-20T03:00:00.000Z',
  })
  verifiedAt!: Date | null;
  @ApiProperty({
    enum: SUPPLIER_SOURCES,
    description: 'Registered by its owner, or imported by curators from a list.',
    example: 'self_registered',
  })
  source!: SupplierSource;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description:
      'While unverified, since when it has waited for a curator (null once judged). Only for members, curators and admins.',
    example: '2026-11-20T03:00:00.000Z',
  })
  waitingSince?: Date | null;
  @ApiPropertyOptional({
    type: [String],
    description:
      "While unverified, the claims its members changed since a curator's verdict (what the curator checks again). Only for members, curators and admins.",
    example: ['processes'],
  })
  changedClaims?: string[];
  @ApiProperty({ type: [SupplierCertificationDto], description: 'Certifications, newest first.' })
  certifications!: SupplierCertificationDto[];
  @ApiProperty({ description: 'Increases with every change; send it back as expectedVersion or If-Match.', example: 3 })
  version!: number;
  @ApiProperty({ description: 'Created.', example: '2026-11-01T03:00:00.000Z' })
  createdAt!: Date;
  @ApiProperty({ description: 'Last changed.', example: '2026-11-20T03:00:00.000Z' })
  updatedAt!: Date;
}

/** An edit's answer: the profile, and whether the edit took a curator's verdict away. */
export class UpdatedSupplierDto extends SupplierDto {
  @ApiProperty({
    description:
      "Whether this edit changed claims of a verified (or rejected) profile, so that it is unverified again and waits in the curators' queue; changedClaims then lists them.",
    example: false,
  })
  verificationDropped!: boolean;
}

export class LikelyDuplicateDto {
  @ApiProperty({ description: 'Supplier id.', example: '3d6f0a3e-1c2b-4f7a-9e1d-2a4b6c8d0e12' })
  id!: string;
  @ApiProperty({ description: 'Its name.', example: 'CV. Logam Jaya' })
  name!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Its NIB, if any.', example: null })
  nib!: string | null;
  @ApiProperty({ description: 'Trigram similarity of the names, 0 to 1.', example: 0.72 })
  similarity!: number;
}

export class DuplicateListDto extends CatalogueOf(LikelyDuplicateDto, 'DuplicateListDto', 1) {}

export class MergeSuppliersDto {
  @ApiProperty({
    description: 'The profile to fold into this one; it is soft-deleted and points here.',
    example: '3d6f0a3e-1c2b-4f7a-9e1d-2a4b6c8d0e12',
  })
  @IsUUID()
  duplicateId!: string;
}
