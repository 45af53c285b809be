import { Allow } from '../auth/allow.decorator';
import { UuidParam } from '../common/http/params';
import { Permission } from '../auth/permissions';
import { IfMatch } from '../common/http/versioning';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import {
  CreateCertificationDto,
  RejectCertificationDto,
  VerifyCertificationDto,
  UpdateCertificationDto,
} from './dto/certification.dto';
import {
  DuplicateListDto,
  MergeSuppliersDto,
  SupplierCertificationDto,
  SupplierDto,
  UpdatedSupplierDto,
} from './dto/supplier-response.dto';
import { VerificationQueueDto, VerificationQueueQuery } from './dto/verification-queue.dto';
import {
  SupplierPointListDto,
  SupplierPointsQuery,
  SupplierSearchQuery,
  SupplierSearchResultDto,
} from './dto/supplier-search.dto';
import { CreateSupplierDto, UpdateSupplierDto, VerifySupplierDto } from './dto/supplier.dto';
import { SupplierCertificationsService } from './supplier-certifications.service';
import { SuppliersSearchService } from './suppliers-search.service';
import { SuppliersService } from './suppliers.service';

const SupplierId = () => UuidParam('id');
const CertificationId = () => UuidParam('certId');

@ApiTags('Suppliers')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('suppliers')
export class SuppliersController {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly search: SuppliersSearchService,
    private readonly certifications: SupplierCertificationsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Register a supplier',
    description:
      'IKM owners; the creator becomes its first member. Codes must exist in the reference data. A NIB already registered: 409 with existingSupplierId.',
  })
  @Allow(Permission.SupplierCreate)
  @ApiCreatedResponse({ type: SupplierDto })
  @ProblemResponses(400, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateSupplierDto): Promise<SupplierDto> {
    return this.suppliers.create(user, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Search suppliers',
    description:
      'Full text in Indonesian and English with typo tolerance on names, filters that must all hold, radius search, sorting, paging, and facet counts. Deleted suppliers never appear. Bounded: a search that finds more than SEARCH_EXACT_LIMIT suppliers reads that many and says so (`totalRelation: "gte"`, `facetsExact: false`); a page sorted by distance, name or update time is exact however many match.',
  })
  @Allow(Permission.SupplierRead)
  @ApiOkResponse({ type: SupplierSearchResultDto })
  @ProblemResponses(400, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: SupplierSearchQuery): Promise<SupplierSearchResultDto> {
    return this.search.search(user, query);
  }

  // Before ':id', which would take the path's last segment for an id.
  @Get('points')
  @ApiOperation({
    summary: 'Suppliers as points on a map',
    description:
      'Everyone signed in. The filters of GET /suppliers (words, codes, regency, estate, verification, radius), without order or pages: every match as id, name, lat, lng and verification, for a map that clusters them. At most 50,000 points; `truncated` says when more match.',
  })
  @Allow(Permission.SupplierRead)
  @ApiOkResponse({ type: SupplierPointListDto })
  @ProblemResponses(400)
  points(@Query() query: SupplierPointsQuery): Promise<SupplierPointListDto> {
    return this.search.points(query);
  }

  @Get('verification-queue')
  @ApiOperation({
    summary: "The curators' verification queue",
    description:
      'Curators. Unverified profiles, longest waiting first (waitingSince: created, or made unverified by an edit or a curator), each with its source and, when an edit took a verdict away, the changed claims; source= keeps one source; bySource counts both.',
  })
  @Allow(Permission.SupplierVerify)
  @ApiOkResponse({ type: VerificationQueueDto })
  @ProblemResponses(400, 403)
  verificationQueue(@Query() query: VerificationQueueQuery): Promise<VerificationQueueDto> {
    return this.suppliers.verificationQueue(query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A supplier profile',
    description: 'Contact and NPWP only for its members, curators and admins.',
  })
  @Allow(Permission.SupplierRead)
  @ApiOkResponse({ type: SupplierDto })
  @ProblemResponses(404)
  get(@CurrentUser() user: AuthUser, @SupplierId() id: string): Promise<SupplierDto> {
    return this.suppliers.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a supplier profile',
    description:
      "Members and curators. Send the version you edited as expectedVersion or If-Match (409 when stale). A member's change to claims of a verified or rejected profile returns it to unverified, in the curators' queue: verificationDropped says so, changedClaims lists them, and its members are notified.",
  })
  @Allow(Permission.SupplierManage)
  @ApiOkResponse({ type: UpdatedSupplierDto })
  @ProblemResponses(400, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @Body() body: UpdateSupplierDto,
    @IfMatch() ifMatch?: string,
  ): Promise<UpdatedSupplierDto> {
    return this.suppliers.update(user, id, body, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a supplier',
    description: 'Members and admins. Soft delete: hidden from search and matching, kept for audit.',
  })
  @Allow(Permission.SupplierDelete)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ProblemResponses(403, 404)
  remove(@CurrentUser() user: AuthUser, @SupplierId() id: string): Promise<void> {
    return this.suppliers.remove(user, id);
  }

  @Allow(Permission.SupplierVerify)
  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify or reject a profile', description: 'Curators. A rejection needs a reason.' })
  @ApiOkResponse({ type: SupplierDto })
  @ProblemResponses(400, 403, 404)
  verify(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @Body() body: VerifySupplierDto,
  ): Promise<SupplierDto> {
    return this.suppliers.verify(user, id, body);
  }

  @Get(':id/duplicates')
  @ApiOperation({
    summary: 'Likely duplicates of a profile',
    description:
      'Members and curators: active suppliers in the same regency with a similar name (trigram similarity), for a curator to merge.',
  })
  @Allow(Permission.SupplierManage)
  @ApiOkResponse({ type: DuplicateListDto })
  @ProblemResponses(403, 404)
  duplicates(@CurrentUser() user: AuthUser, @SupplierId() id: string): Promise<DuplicateListDto> {
    return this.suppliers.likelyDuplicates(user, id);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Merge a duplicate into this profile',
    description:
      'Curators. Lists are united, empty fields filled, members and certificates carried over; the duplicate is soft-deleted and points here. Different NIBs: 409.',
  })
  @Allow(Permission.SupplierMerge)
  @ApiOkResponse({ type: SupplierDto })
  @ProblemResponses(400, 403, 404, 409)
  merge(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @Body() body: MergeSuppliersDto,
  ): Promise<SupplierDto> {
    return this.suppliers.merge(user, id, body.duplicateId);
  }

  @Allow(Permission.CertificationManage)
  @Post(':id/certifications')
  @ApiOperation({ summary: 'Declare a certification', description: "The supplier's members. Starts as declared." })
  @ApiCreatedResponse({ type: SupplierCertificationDto })
  @ProblemResponses(400, 403, 404)
  addCertification(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @Body() body: CreateCertificationDto,
  ): Promise<SupplierCertificationDto> {
    return this.certifications.add(user, id, body);
  }

  @Patch(':id/certifications/:certId')
  @ApiOperation({
    summary: 'Edit a certification',
    description: "The supplier's members. Any edit returns it to declared.",
  })
  @Allow(Permission.CertificationManage)
  @ApiOkResponse({ type: SupplierCertificationDto })
  @ProblemResponses(400, 403, 404)
  updateCertification(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @Body() body: UpdateCertificationDto,
  ): Promise<SupplierCertificationDto> {
    return this.certifications.update(user, id, certId, body);
  }

  @Allow(Permission.CertificationManage)
  @Delete(':id/certifications/:certId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a certification', description: "The supplier's members." })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ProblemResponses(403, 404)
  removeCertification(@CurrentUser() user: AuthUser, @SupplierId() id: string, @CertificationId() certId: string) {
    return this.certifications.remove(user, id, certId);
  }

  @Post(':id/certifications/:certId/verify')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify a certification',
    description: 'Curators, after checking the certificate (ideally against a BBSPJILM test report).',
  })
  @Allow(Permission.CertificationVerify)
  @ApiOkResponse({ type: SupplierCertificationDto })
  @ProblemResponses(400, 403, 404, 409)
  verifyCertification(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @Body() body: VerifyCertificationDto,
  ) {
    return this.certifications.review(user, id, certId, { status: 'verified', note: body.evidenceNote ?? null });
  }

  @Allow(Permission.CertificationVerify)
  @Post(':id/certifications/:certId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a certification', description: 'Curators, with the reason.' })
  @ApiOkResponse({ type: SupplierCertificationDto })
  @ProblemResponses(400, 403, 404)
  rejectCertification(
    @CurrentUser() user: AuthUser,
    @SupplierId() id: string,
    @CertificationId() certId: string,
    @Body() body: RejectCertificationDto,
  ) {
    return this.certifications.review(user, id, certId, { status: 'rejected', reason: body.reason });
  }
}
