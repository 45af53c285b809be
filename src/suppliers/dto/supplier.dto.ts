import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsDefined,
} from 'class-validator';
import { LocationDto } from '../../common/openapi/location.dto';
import { CodeList, OptionalNotNull, Decimal } from '../../common/validation/decorators';
import { PhoneNumber } from '../../common/validation/phone';
import {
  CAPACITY_UNITS,
  LEGAL_FORMS,
  type LegalForm,
  SIZE_CLASSES,
  VERIFICATION_STATES,
  type Verification,
} from '../supplier.entity';
import { text } from '../../common/i18n/text';

const digitsOnly = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/[\s.-]/g, '') : value;
/** NPWP: punctuation dropped; the older 15-digit numbers gain a leading 0, as since 2024. */
const normaliseNpwp = ({ value }: { value: unknown }) => {
  const digits = digitsOnly({ value });
  return typeof digits === 'string' && /^\d{15}$/.test(digits) ? `0${digits}` : digits;
};

export class CapacityDto {
  @ApiProperty({ description: 'How many units a month.', example: 20000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1e12)
  quantity!: number;

  @ApiProperty({ enum: CAPACITY_UNITS, description: 'Unit of the quantity.', example: 'pcs' })
  @IsIn(CAPACITY_UNITS)
  unit!: (typeof CAPACITY_UNITS)[number];
}

export class MachineDto {
  @ApiProperty({ description: 'Kind of machine.', example: 'Mesin bubut CNC' })
  @IsString()
  @Length(1, 100)
  type!: string;

  @ApiProperty({ description: 'How many.', example: 4 })
  @IsInt()
  @Min(1)
  @Max(10000)
  count!: number;

  @ApiPropertyOptional({ description: 'Make, model or capacity.', example: 'Mazak QT-200, Ø 300 mm' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  spec?: string;

  @ApiPropertyOptional({
    description:
      "The process it serves (GET /reference/processes): lets matching compare it with a request's machine need.",
    example: 'casting.hpdc',
  })
  @IsOptional()
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, { message: text('validation.formatExample', { example: 'casting.hpdc' }) })
  process?: string;

  @ApiPropertyOptional({ description: 'Clamping or pressing force, tonnes.', example: 800 })
  @IsOptional()
  @Decimal(1)
  @Min(0.1)
  @Max(100000)
  tonnage?: number;

  @ApiPropertyOptional({ description: 'Bed or platen length, mm.', example: 2000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  bedLengthMm?: number;

  @ApiPropertyOptional({ description: 'Bed or platen width, mm.', example: 1200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  bedWidthMm?: number;
}

export class ContactDto {
  @ApiProperty({
    description:
      'Phone or WhatsApp number. Indonesian forms are fine (0812-2345-6789, +62 812-2345-6789); stored and answered in E.164 (+6281223456789).',
    example: '+62 812-2345-6789',
  })
  @PhoneNumber()
  phone!: string;

  @ApiProperty({ description: 'Email for buyers.', example: 'marketing@cvlogamjaya.co.id' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class CreateSupplierDto {
  @ApiProperty({ description: 'Trading name, with its legal form.', example: 'CV Logam Jaya Subang' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'NIB from OSS: 13 digits, one active profile per NIB.',
    example: '9120001234567',
  })
  @IsOptional()
  @Transform(digitsOnly)
  @Matches(/^\d{13}$/, { message: text('validation.digits', { count: 13 }) })
  nib?: string | null;

  @ApiPropertyOptional({
    enum: LEGAL_FORMS,
    nullable: true,
    description:
      "Legal form: pt, cv, firma, ud (usaha dagang), koperasi, or perorangan (sole proprietor). A UD or sole proprietor is taxed as its owner: its NPWP is the owner's NIK.",
    example: 'cv',
  })
  @IsOptional()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "Tax id, 16 digits (15-digit numbers of firms gain a leading 0; a UD's or sole proprietor's is the owner's NIK, PMK 112/2022). Never shown publicly.",
    example: '0012345678901234',
  })
  @IsOptional()
  @Transform(normaliseNpwp)
  @Matches(/^\d{16}$/, { message: text('validation.npwp') })
  npwp?: string | null;

  @ApiProperty({ type: [String], description: 'KBLI 2020 codes (GET /reference/kbli).', example: ['24320', '25920'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{5}$/, { each: true, message: text('validation.eachDigits') })
  kbli!: string[];

  @ApiPropertyOptional({
    enum: SIZE_CLASSES,
    description:
      'PP 7/2021 size class. Follows from annualTurnoverIdr or businessCapitalIdr when either is given (sent as well, it must agree); stated alone otherwise.',
    example: 'small',
  })
  @IsOptional()
  @IsIn(SIZE_CLASSES)
  sizeClass?: (typeof SIZE_CLASSES)[number] | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      'Business capital (modal usaha, without land and buildings), rupiah: sets the size class when annual sales are not given. Private, like the NPWP.',
    example: 850000000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e15)
  businessCapitalIdr?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Annual sales (hasil penjualan tahunan), rupiah: sets the size class. Private, like the NPWP.',
    example: 4200000000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e15)
  annualTurnoverIdr?: number | null;

  @ApiProperty({
    description: 'What the firm makes and for whom.',
    example: 'Pengecoran aluminium (cor aluminium) dan pemesinan CNC untuk komponen sepeda motor listrik.',
  })
  @IsString()
  @Length(1, 5000)
  description!: string;

  @ApiProperty({ description: 'Regency or city code (GET /reference/regions).', example: '32.13' })
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regencyCode!: string;

  @ApiProperty({ description: 'Street address.', example: 'Jl. Raya Cipeundeuy No. 12, Pabuaran, Subang' })
  @IsString()
  @Length(1, 500)
  address!: string;

  @ApiPropertyOptional({ type: LocationDto, description: "Coordinates; the regency's centroid when left out." })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The industrial estate the workshop is in (GET /estates), if any.',
    example: '5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01',
  })
  @IsOptional()
  @IsUUID()
  estateId?: string | null;

  @ApiProperty({
    type: [String],
    description: 'Process codes (GET /reference/processes); at least one.',
    example: ['casting.hpdc', 'machining.cnc_turning'],
  })
  @ArrayMinSize(1)
  @CodeList()
  processes!: string[];

  @ApiProperty({ type: [String], description: 'Material codes (GET /reference/materials).', example: ['aluminium'] })
  @CodeList()
  materials!: string[];

  @ApiProperty({
    type: [String],
    description: 'Part category codes (GET /reference/part-categories).',
    example: ['ev_motor.housing'],
  })
  @CodeList()
  productCategories!: string[];

  @ApiPropertyOptional({ type: CapacityDto, description: 'Monthly production capacity.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CapacityDto)
  monthlyCapacity?: CapacityDto | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Number of employees.', example: 45 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  employees?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Local content (TKDN) of its parts, percent.',
    example: 62.5,
  })
  @IsOptional()
  @Decimal(2)
  @Min(0)
  @Max(100)
  tkdnPercent?: number | null;

  @ApiPropertyOptional({ type: [MachineDto], description: 'Main machines.' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MachineDto)
  machines?: MachineDto[];

  @ApiProperty({
    type: ContactDto,
    description: 'Shown only to members, curators, admins and buyers with an engaged match.',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => ContactDto)
  contact!: ContactDto;
}

export class UpdateSupplierDto extends PartialType(CreateSupplierDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({
    description: 'The version you edited; 409 when the profile changed since. Or send If-Match.',
    example: 3,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class VerifySupplierDto {
  @ApiProperty({ enum: VERIFICATION_STATES, description: 'The outcome of the check.', example: 'verified' })
  @IsIn(VERIFICATION_STATES)
  verification!: Verification;

  @ApiPropertyOptional({
    description:
      "The curator's note, kept with the verdict and shown to curators and the profile's members: required when rejecting (what did not hold); when verifying, what was checked (a site visit, documents).",
    example: 'Alamat pabrik tidak sesuai NIB.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
