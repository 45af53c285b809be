import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { ProblemResponses } from '../common/openapi/problem-responses';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'], description: 'ok when Rantai can serve requests.', example: 'ok' })
  status!: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'], description: 'Whether the database answered a ping.', example: 'up' })
  database!: 'up' | 'down';
}

const PING_TIMEOUT_MS = 2000;

@Public()
// Probes poll often from one address; a rate limit would make them see a healthy instance as down.
@SkipThrottle()
@ApiTags('Health')
@Controller()
export class HealthController {
  constructor(private readonly database: TypeOrmHealthIndicator) {}

  /** Served at /api/v1/health (the contract) and /health (for load balancers and probes). */
  @Get(['health', 'api/v1/health'])
  @ApiOperation({
    summary: 'Liveness and database reachability',
    description: 'Public; 503 when the database does not answer within 2 s.',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({
    type: HealthDto,
    description: 'The database is down.',
  })
  @ProblemResponses(400)
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const result = await this.database.pingCheck('database', {
      timeout: PING_TIMEOUT_MS,
    });
    if (result.database.status === 'up') return { status: 'ok', database: 'up' };
    response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'error', database: 'down' };
  }
}
