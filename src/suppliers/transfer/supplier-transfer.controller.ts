import { Allow } from '../../auth/allow.decorator';
import { Permission } from '../../auth/permissions';
import { Controller, Get, HttpCode, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { sendBuiltFile, XLSX_TYPE } from '../../common/files/workbook';
import { PreferredLanguage } from '../../common/http/language';
import type { Language } from '../../common/i18n/language';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import type { AuthUser } from '../../auth/roles';
import { ProblemResponses } from '../../common/openapi/problem-responses';
import { ValidationProblem } from '../../common/errors/problem';
import { BoolQuery } from '../../common/http/params';
import { Translator } from '../../common/i18n/translation.module';
import { SupplierExportService } from './supplier-export.service';
import { ROW_OUTCOMES, type RowOutcome, SupplierImportService } from './supplier-import.service';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  readSupplierSheet,
  SHEET_COLUMNS,
  type SheetColumn,
} from './supplier-sheet';
import { text } from '../../common/i18n/text';

class RowErrorDto {
  @ApiProperty({ description: 'Row number as the spreadsheet shows it (the header is row 1).', example: 7 })
  row!: number;
  @ApiProperty({ description: 'The column.', example: 'regency_code' })
  field!: string;
  @ApiProperty({ description: 'What is wrong.', example: "unknown regency or city code '32.99'" })
  message!: string;
}

export class SupplierExportQuery {
  @ApiPropertyOptional({
    enum: ['comma', 'semicolon'],
    description:
      'comma (the default): the import format. semicolon: for Excel set to Indonesian, which reads ; as the list separator and , as the decimal mark: Indonesian headers, decimal commas, and the verification and certificates columns. Both import back.',
    example: 'semicolon',
  })
  @IsOptional()
  @IsIn(['comma', 'semicolon'])
  delimiter?: 'comma' | 'semicolon';
}

class ImportColumnDto {
  @ApiProperty({ enum: SHEET_COLUMNS, description: 'The column it was read as.', example: 'regency_code' })
  column!: SheetColumn;
  @ApiProperty({ description: 'Its header as the file wrote it.', example: 'kode_kabupaten' })
  header!: string;
}

class ImportRowResultDto {
  @ApiProperty({ description: 'Row number as the spreadsheet shows it (the header is row 1).', example: 7 })
  row!: number;
  @ApiProperty({
    enum: ROW_OUTCOMES,
    description: 'What became of the row (or would, in a dry run): created, updated by NIB, unchanged, or invalid.',
    example: 'invalid',
  })
  outcome!: RowOutcome;
  @ApiProperty({ nullable: true, type: String, description: 'Its name cell.', example: 'CV Logam Jaya Subang' })
  name!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Its NIB cell.', example: '9120001234567' })
  nib!: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "An invalid row's cells by column (empty cells left out), to show the faults in place.",
    example: { name: 'CV Logam Jaya Subang', regency_code: '32.99' },
  })
  cells?: Partial<Record<SheetColumn, string>>;
}

class ImportReportDto {
  @ApiProperty({ description: 'Whether this was only a check.', example: true })
  dryRun!: boolean;
  @ApiProperty({ description: 'Data rows read.', example: 120 })
  rows!: number;
  @ApiProperty({ description: 'Suppliers created (or that would be).', example: 100 })
  created!: number;
  @ApiProperty({ description: 'Suppliers updated by NIB (or that would be).', example: 12 })
  updated!: number;
  @ApiProperty({ description: 'Rows equal to what is stored.', example: 8 })
  unchanged!: number;
  @ApiProperty({ type: [RowErrorDto], description: 'Every problem, by row and column.' })
  errors!: RowErrorDto[];
  @ApiProperty({ type: [ImportColumnDto], description: "The file's columns in its order, with its headers." })
  columns!: ImportColumnDto[];
  @ApiProperty({ type: [ImportRowResultDto], description: 'Every row, in file order, with its outcome.' })
  results!: ImportRowResultDto[];
}

/**
 * Bulk import and export for curators. Express tries routes in registration
 * order and /suppliers/:id would also match /suppliers/export.csv, so this
 * controller is registered first; test/foundation/routing fails if any
 * fixed route is ever taken by a parameter route before it.
 */
@ApiTags('Suppliers')
@ApiBearerAuth()
@ProblemResponses(401, 403)
@Allow(Permission.SupplierTransfer)
@Controller('suppliers')
export class SupplierTransferController {
  constructor(
    private readonly imports: SupplierImportService,
    private readonly exports: SupplierExportService,
    private readonly translator: Translator,
  ) {}

  @Post('imports')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Import suppliers from CSV or XLSX',
    description:
      `Curators and admins. Run with dryRun=true first for a report by row and column; a real run creates or updates every row by NIB in one transaction, or nothing when any row is wrong (400 with the same report). ` +
      `Columns: ${SHEET_COLUMNS.join(', ')}; Indonesian headers (nama, alamat, kode_kabupaten, proses, bahan, telepon, …) are accepted; lists are separated by ; or ,. At most 5 MB and ${MAX_IMPORT_ROWS} rows.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'Only check and report.' })
  @ApiOkResponse({ type: ImportReportDto })
  @ProblemResponses(400, 413)
  async import(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: Express.Multer.File | undefined,
    @PreferredLanguage() language: Language,
    @BoolQuery('dryRun') dryRun = false,
  ): Promise<ImportReportDto> {
    if (!file) throw new ValidationProblem([{ field: 'file', message: text('validation.fileRequired') }]);
    const { columns, rows } = await readSupplierSheet(file);
    const report = await this.imports.import(user, rows, dryRun);
    // A dry run's report is an answer, not a problem: its messages are written here, in the reader's language.
    return {
      ...report,
      columns,
      errors: report.errors.map((e) => ({ ...e, message: this.translator.translate(e.message, language) })),
    };
  }

  @Get('export.csv')
  @ApiOperation({
    summary: 'Export all suppliers as CSV',
    description:
      "Curators and admins; the import format, so it can be edited and imported again. NPWP is not exported. With delimiter=semicolon, for Excel set to Indonesian: semicolons, decimal commas, Indonesian headers, and two more columns, verifikasi (the profile's verification) and sertifikat (certificates held today; those no curator verified are marked), which an import skips.",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV file, one supplier a row, in the import format.',
    content: {
      'text/csv': {
        schema: { type: 'string' },
        example:
          'name,nib,kbli,size_class,description,regency_code,address,lat,lng,processes,materials,product_categories,capacity_quantity,capacity_unit,employees,tkdn_percent,phone,email\n' +
          '"UD Cor Mulia",8120200600000,24320,small,"Pengecoran aluminium bertekanan (cor aluminium) dan pemesinan CNC di Jatiwangi.",32.10,"Jl. Raya Jatiwangi No. 12",-6.81,108.27,"casting.hpdc,machining.cnc_milling",aluminium,ev_motor.housing,23500,pcs,18,44.7,+62 812-2000-1000,pemasaran.cormulia@demo.rantai.id\n',
      },
    },
  })
  @ProblemResponses(400)
  async export(@Query() query: SupplierExportQuery, @Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="rantai-suppliers-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    await this.exports.writeCsv(res, query.delimiter === 'semicolon' ? ';' : ',');
  }

  @Get('export.xlsx')
  @ApiOperation({
    summary: 'Export all suppliers as an Excel workbook',
    description:
      'Curators and admins: the columns of the import format, then verifikasi (verification) and sertifikat (certificates held today; those no curator verified are marked). Indonesian headers the import reads, English column names with Accept-Language: en; numbers are numbers. It imports back (the two added columns are skipped). NPWP is not exported.',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English headers.' })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({
    description: 'An XLSX workbook.',
    content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  async exportXlsx(@PreferredLanguage() language: Language, @Res() res: Response): Promise<void> {
    sendBuiltFile(res, { type: XLSX_TYPE, ...(await this.exports.xlsx(language)) });
  }
}
