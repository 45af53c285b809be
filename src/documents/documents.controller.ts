import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../auth/allow.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { BoolQuery, UuidParam } from '../common/http/params';
import type { DocumentPurpose } from './document.entity';
import type { Attachment } from './documents.repository';
import { DocumentsService } from './documents.service';
import { streamDocument } from './download-response';
import { DocumentDto, DocumentListDto, UploadDocumentDto, UploadPhotoDto } from './dto/document.dto';
import { MAX_UPLOAD_BYTES } from './file-content';

const SupplierId = () => UuidParam('id');
const CertificationId = () => UuidParam('certId');
const FileId = () => UuidParam('fileId');
const Thumbnail = () => BoolQuery('thumbnail');

const LIMITS =
  'Type by content (magic bytes), not by name: PDF (at most 10 MB), JPEG or PNG (at most 15 MB, 50 megapixels). ' +
  'Images are turned upright, re-encoded without any metadata (no EXIF, no GPS position) and get a 320-pixel thumbnail.';

/**
 * One file per request, in memory: multer stops reading at MAX_UPLOAD_BYTES
 * (413), so a request holds at most that much before it is checked.
 * Form fields are few and short (a caption).
 */
const Upload = (summary: string, description: string, fields: Record<string, object>) =>
  applyDecorators(
    HttpCode(201),
    UseInterceptors(
      FileInterceptor('file', {
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
        // Browsers send UTF-8 file names without saying so.
        defParamCharset: 'utf8',
      }),
    ),
    ApiOperation({ summary, description: `${description} ${LIMITS}` }),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description: 'The file.' }, ...fields },
      },
    }),
    ApiCreatedResponse({ type: DocumentDto }),
    ProblemResponses(400, 403, 404, 409, 413, 415),
  );

const CAPTION = { caption: { type: 'string', maxLength: 200, description: 'What the file shows.' } };

const Download = (summary: string, description: string, types: string[]) =>
  applyDecorators(
    ApiOperation({
      summary,
      description: `${description} Served with its type, Content-Disposition (a PDF as an attachment), X-Content-Type-Options: nosniff and Cache-Control: private.`,
    }),
    ApiQuery({
      name: 'thumbnail',
      required: false,
      type: Boolean,
      description: 'The 320-pixel JPEG thumbnail of an image (404 for a PDF).',
    }),
    ApiProduces(...types),
    ApiOkResponse({
      description: 'The file.',
      content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    }),
    ProblemResponses(400, 404),
  );

const ALL_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const IMAGE_TYPES = ['image/jpeg', 'image/png'];

const on = (supplierId: string, purpose: DocumentPurpose, certificationId: string | null = null): Attachment => ({
  supplierId,
  certificationId,
  purpose,
});

/**
 * Files of suppliers: certificate scans, profile photos, and curators'
 * verification evidence. Who may do what is PURPOSE_RULES in the service.
 */
@ApiTags('Documents')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('suppliers')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post(':id/certifications/:certId/scans')
  @Allow(Permission.DocumentManage)
  @Upload(
    'Attach a scan of a certificate',
    "The supplier's members and curators; at most 5 scans per certificate (409 past that).",
    CAPTION,
  )
  uploadScan(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadDocumentDto,
  ): Promise<DocumentDto> {
    return this.documents.upload(user, on(id, 'certificate_scan', certId), file, body);
  }

  @Get(':id/certifications/:certId/scans')
  @Allow(Permission.SupplierRead)
  @ApiOperation({
    summary: "A certificate's scans",
    description: 'Whoever may see the certificate: every signed-in user.',
  })
  @ApiOkResponse({ type: DocumentListDto })
  @ProblemResponses(400, 404)
  listScans(@CurrentUser() user: AuthUser, @SupplierId() id: string, @CertificationId() certId: string) {
    return this.documents.list(user, on(id, 'certificate_scan', certId));
  }

  @Get(':id/certifications/:certId/scans/:fileId')
  @Allow(Permission.SupplierRead)
  @Download('Download a scan', 'Whoever may see the certificate.', ALL_TYPES)
  async downloadScan(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @FileId() fileId: string,
    @Res({ passthrough: true }) res: Response,
    @Thumbnail() thumbnail = false,
  ): Promise<StreamableFile> {
    return streamDocument(
      res,
      await this.documents.download(user, on(id, 'certificate_scan', certId), fileId, thumbnail),
    );
  }

  @Delete(':id/certifications/:certId/scans/:fileId')
  @HttpCode(204)
  @Allow(Permission.DocumentManage)
  @ApiOperation({ summary: 'Delete a scan', description: "The supplier's members and curators." })
  @ApiNoContentResponse({ description: 'Deleted, with its file.' })
  @ProblemResponses(400, 403, 404)
  removeScan(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @FileId() fileId: string,
  ): Promise<void> {
    return this.documents.remove(user, on(id, 'certificate_scan', certId), fileId);
  }

  @Post(':id/photos')
  @Allow(Permission.DocumentManage)
  @Upload(
    'Add a photo of the workshop or a machine',
    "The supplier's members and curators; JPEG or PNG only; at most 20 photos per profile (409 past that).",
    { ...CAPTION, kind: { type: 'string', enum: ['workshop', 'machine'], description: 'What the photo shows.' } },
  )
  uploadPhoto(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadPhotoDto,
  ): Promise<DocumentDto> {
    return this.documents.upload(user, on(id, 'photo'), file, body);
  }

  @Get(':id/photos')
  @Allow(Permission.SupplierRead)
  @ApiOperation({ summary: "A profile's photos", description: 'Whoever may see the profile: every signed-in user.' })
  @ApiOkResponse({ type: DocumentListDto })
  @ProblemResponses(400, 404)
  listPhotos(@CurrentUser() user: AuthUser, @SupplierId() id: string) {
    return this.documents.list(user, on(id, 'photo'));
  }

  @Get(':id/photos/:fileId')
  @Allow(Permission.SupplierRead)
  @Download('Download a photo', 'Whoever may see the profile.', IMAGE_TYPES)
  async downloadPhoto(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @FileId() fileId: string,
    @Res({ passthrough: true }) res: Response,
    @Thumbnail() thumbnail = false,
  ): Promise<StreamableFile> {
    return streamDocument(res, await this.documents.download(user, on(id, 'photo'), fileId, thumbnail));
  }

  @Delete(':id/photos/:fileId')
  @HttpCode(204)
  @Allow(Permission.DocumentManage)
  @ApiOperation({ summary: 'Delete a photo', description: "The supplier's members and curators." })
  @ApiNoContentResponse({ description: 'Deleted, with its file.' })
  @ProblemResponses(400, 403, 404)
  removePhoto(@CurrentUser() user: AuthUser, @SupplierId() id: string, @FileId() fileId: string): Promise<void> {
    return this.documents.remove(user, on(id, 'photo'), fileId);
  }

  @Post(':id/evidence')
  @Allow(Permission.EvidenceAttach)
  @Upload(
    "Attach evidence to a profile's verification",
    'Curators: what the verification relied on (a visit report, a BBSPJILM test report). At most 5 per profile (409 past that).',
    CAPTION,
  )
  uploadEvidence(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadDocumentDto,
  ): Promise<DocumentDto> {
    return this.documents.upload(user, on(id, 'evidence'), file, body);
  }

  @Get(':id/evidence')
  @Allow(Permission.SupplierReadPrivate)
  @ApiOperation({
    summary: "A profile's verification evidence",
    description: "The supplier's members, curators and admins; 404 for others.",
  })
  @ApiOkResponse({ type: DocumentListDto })
  @ProblemResponses(400, 404)
  listEvidence(@CurrentUser() user: AuthUser, @SupplierId() id: string) {
    return this.documents.list(user, on(id, 'evidence'));
  }

  @Get(':id/evidence/:fileId')
  @Allow(Permission.SupplierReadPrivate)
  @Download('Download profile evidence', "The supplier's members, curators and admins.", ALL_TYPES)
  async downloadEvidence(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @FileId() fileId: string,
    @Res({ passthrough: true }) res: Response,
    @Thumbnail() thumbnail = false,
  ): Promise<StreamableFile> {
    return streamDocument(res, await this.documents.download(user, on(id, 'evidence'), fileId, thumbnail));
  }

  @Delete(':id/evidence/:fileId')
  @HttpCode(204)
  @Allow(Permission.EvidenceAttach)
  @ApiOperation({ summary: 'Delete profile evidence', description: 'Curators.' })
  @ApiNoContentResponse({ description: 'Deleted, with its file.' })
  @ProblemResponses(400, 403, 404)
  removeEvidence(@CurrentUser() user: AuthUser, @SupplierId() id: string, @FileId() fileId: string): Promise<void> {
    return this.documents.remove(user, on(id, 'evidence'), fileId);
  }

  @Post(':id/certifications/:certId/evidence')
  @Allow(Permission.EvidenceAttach)
  @Upload(
    "Attach evidence to a certificate's verification",
    "Curators: what the check relied on (the certification body's or KAN's record, a test report). At most 5 per certificate (409 past that).",
    CAPTION,
  )
  uploadCertificationEvidence(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadDocumentDto,
  ): Promise<DocumentDto> {
    return this.documents.upload(user, on(id, 'evidence', certId), file, body);
  }

  @Get(':id/certifications/:certId/evidence')
  @Allow(Permission.SupplierReadPrivate)
  @ApiOperation({
    summary: "A certificate's verification evidence",
    description: "The supplier's members, curators and admins; 404 for others.",
  })
  @ApiOkResponse({ type: DocumentListDto })
  @ProblemResponses(400, 404)
  listCertificationEvidence(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
  ) {
    return this.documents.list(user, on(id, 'evidence', certId));
  }

  @Get(':id/certifications/:certId/evidence/:fileId')
  @Allow(Permission.SupplierReadPrivate)
  @Download('Download certificate evidence', "The supplier's members, curators and admins.", ALL_TYPES)
  async downloadCertificationEvidence(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @FileId() fileId: string,
    @Res({ passthrough: true }) res: Response,
    @Thumbnail() thumbnail = false,
  ): Promise<StreamableFile> {
    return streamDocument(res, await this.documents.download(user, on(id, 'evidence', certId), fileId, thumbnail));
  }

  @Delete(':id/certifications/:certId/evidence/:fileId')
  @HttpCode(204)
  @Allow(Permission.EvidenceAttach)
  @ApiOperation({ summary: 'Delete certificate evidence', description: 'Curators.' })
  @ApiNoContentResponse({ description: 'Deleted, with its file.' })
  @ProblemResponses(400, 403, 404)
  removeCertificationEvidence(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @FileId() fileId: string,
  ): Promise<void> {
    return this.documents.remove(user, on(id, 'evidence', certId), fileId);
  }
}
