import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { PageQuery } from '../common/http/page-query';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { CertificationQueueDto } from './dto/certification-queue.dto';
import { SupplierCertificationsService } from './supplier-certifications.service';

/** Certificates across suppliers: what the curators have to check. */
@ApiTags('Suppliers')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('certifications')
export class CertificationsQueueController {
  constructor(private readonly certifications: SupplierCertificationsService) {}

  @Get('verification-queue')
  @ApiOperation({
    summary: "The curators' certificate queue",
    description:
      'Curators. Declared certificates of active suppliers that are still valid (an expired one cannot be verified: its owner enters the renewal), longest waiting first (waitingSince: declared, or edited since, which returns a certificate to declared), each with its supplier. Its scans: GET /suppliers/{id}/certifications/{certId}/scans.',
  })
  @Allow(Permission.CertificationVerify)
  @ApiOkResponse({ type: CertificationQueueDto })
  @ProblemResponses(400, 403)
  verificationQueue(@Query() query: PageQuery): Promise<CertificationQueueDto> {
    return this.certifications.verificationQueue(query);
  }
}
