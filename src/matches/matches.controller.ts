import { Allow } from '../auth/allow.decorator';
import { UuidParam } from '../common/http/params';
import { IfMatch } from '../common/http/versioning';
import { Permission } from '../auth/permissions';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import {
  CreateMatchDto,
  MatchDto,
  MatchEventDto,
  MatchHistoryDto,
  MatchListDto,
  MatchQuery,
  UpdateMatchOutcomeDto,
} from './dto/match.dto';
import { MatchesService } from './matches.service';

const MatchId = () => UuidParam('id');
/** Curators, and the members of the two sides. */

@ApiTags('Matches and curation')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('matches')
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Post()
  @ApiOperation({
    summary: 'Shortlist a supplier for a request, or ask for an introduction',
    description:
      "A curator shortlists (status shortlisted); a member of the request's buyer or of the supplier asks a curator for an introduction (status requested; anyone else's request or supplier: 403). The supplier must be eligible for the open request (409 with what is missing); the score and its breakdown are kept as they are now. The same pair twice: 409.",
  })
  @Allow(Permission.MatchCreate)
  @ApiCreatedResponse({ type: MatchDto })
  @ProblemResponses(400, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateMatchDto): Promise<MatchDto> {
    return this.matches.create(user, body);
  }

  @Get()
  @ApiOperation({
    summary: 'List matches',
    description:
      "Curators see all (filters; sort=oldest with status=requested or status=shortlisted is a work queue); buyers' and suppliers' members see their own from introduced on, and the requests their side asked for.",
  })
  @Allow(Permission.MatchRead)
  @ApiOkResponse({ type: MatchListDto })
  @ProblemResponses(400, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: MatchQuery): Promise<MatchListDto> {
    return this.matches.list(user, query);
  }

  @Allow(Permission.MatchRead)
  @Get(':id')
  @ApiOperation({ summary: 'A match', description: 'As the list: what you may not see is 404.' })
  @ApiOkResponse({ type: MatchDto })
  @ProblemResponses(403, 404)
  get(@CurrentUser() user: AuthUser, @MatchId() id: string): Promise<MatchDto> {
    return this.matches.get(user, id);
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move a match on',
    description:
      'introduce (curators, from requested or shortlisted), withdraw (curators), accept and decline (either side, once introduced), decline a requested match (curators, with the reason in note: 400 without), win and lose (the buyer or a curator, once engaged). A win may record the contract value in rupiah (contractValueIdr) and the new jobs expected (expectedJobs); with any other event they are 400. Not for your role: 403; not in this state, already sent, or a stale expectedVersion: 409.',
  })
  @Allow(Permission.MatchAct)
  @ApiOkResponse({ type: MatchDto })
  @ProblemResponses(400, 403, 404, 409)
  event(@CurrentUser() user: AuthUser, @MatchId() id: string, @Body() body: MatchEventDto): Promise<MatchDto> {
    return this.matches.applyEvent(user, id, body);
  }

  @Patch(':id/outcome')
  @ApiOperation({
    summary: "Correct a won match's contract value or expected jobs",
    description:
      "The buyer's members or a curator, as for win; the supplier's members: 403. Send contractValueIdr, expectedJobs or both (null clears one; one left out stays). Only a won match: 409 otherwise, and when expectedVersion or If-Match is stale. The correction is an outcome event in the history.",
  })
  @Allow(Permission.MatchAct)
  @ApiOkResponse({ type: MatchDto })
  @ProblemResponses(400, 403, 404, 409)
  updateOutcome(
    @CurrentUser() user: AuthUser,
    @MatchId() id: string,
    @Body() body: UpdateMatchOutcomeDto,
    @IfMatch() ifMatch?: string,
  ): Promise<MatchDto> {
    return this.matches.updateOutcome(user, id, body, ifMatch);
  }

  @Allow(Permission.MatchRead)
  @Get(':id/events')
  @ApiOperation({ summary: "A match's history", description: 'Every applied event, oldest first; append-only.' })
  @ApiOkResponse({ type: MatchHistoryDto })
  @ProblemResponses(403, 404)
  history(@CurrentUser() user: AuthUser, @MatchId() id: string): Promise<MatchHistoryDto> {
    return this.matches.history(user, id);
  }
}
