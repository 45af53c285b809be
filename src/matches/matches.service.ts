import { overEveryObject, Permission } from '../auth/permissions';
import { ConflictException, ForbiddenException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/roles';
import { ProblemException, ValidationProblem, withArticle } from '../common/errors/problem';
import { requireVersion } from '../common/http/versioning';
import { MatchingService } from '../matching/matching.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MembershipsRepository } from '../organizations/memberships.repository';
import type {
  CreateMatchDto,
  MatchDto,
  MatchEventDto,
  MatchHistoryDto,
  MatchListDto,
  MatchQuery,
  UpdateMatchOutcomeDto,
} from './dto/match.dto';
import { Actor, CONTACTS_EXCHANGED, CREATED_BY, needsReason, transition } from './match-state';
import { whatsappUrl } from '../common/validation/phone';
import { MatchesRepository, MatchView } from './matches.repository';
import { text } from '../common/i18n/text';

/** Snapshots keep the reasons in the request's language: Indonesian. */
const SNAPSHOT_LANGUAGE = 'id';

@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matches: MatchesRepository,
    private readonly memberships: MembershipsRepository,
    private readonly matching: MatchingService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A new match for an eligible supplier and an open request, keeping the
   * score as it is now: a curator shortlists it; a member of the request's
   * buyer or of the supplier asks a curator for an introduction (requested).
   */
  async create(user: AuthUser, body: CreateMatchDto): Promise<MatchDto> {
    const creator = await this.creatorFor(user, body);
    const assessment = await this.matching.assess(body.supplierId, body.sourcingRequestId, SNAPSHOT_LANGUAGE);
    if (!assessment) {
      throw new ProblemException(
        HttpStatus.CONFLICT,
        'not-matchable',
        'Only an active supplier and an open sourcing request can be matched.',
      );
    }
    if (!assessment.eligible) {
      throw new ProblemException(
        HttpStatus.CONFLICT,
        'not-eligible',
        'The supplier is not eligible for this request.',
        {
          missing: assessment.missing,
        },
      );
    }
    const { type, status } = CREATED_BY[creator];
    return this.dataSource.transaction(async (manager) => {
      const id = await this.matches.insert(manager, {
        sourcingRequestId: body.sourcingRequestId,
        supplierId: body.supplierId,
        status,
        score: assessment.score,
        breakdown: assessment.breakdown,
        note: body.note ?? null,
        curatorId: creator === 'curator' ? user.id : null,
        requestedBy: creator === 'curator' ? null : creator,
      });
      if (!id) throw new ConflictException('This supplier is already matched with this request.');
      const match = (await this.matches.find(id, manager))!;
      await this.matches.insertEvent(manager, {
        matchId: id,
        type,
        actorUserId: user.id,
        actorOrganizationId: organizationOf(match, creator),
        fromStatus: null,
        toStatus: status,
        note: body.note ?? null,
      });
      return present(match, creator);
    });
  }

  /** Curators shortlist any pair; anyone else asks for their own side: the request's buyer, or the supplier. */
  private async creatorFor(user: AuthUser, body: CreateMatchDto): Promise<Actor> {
    if (overEveryObject(user.role, Permission.MatchCreate)) return 'curator';
    const buyerId = await this.matches.requestBuyerId(body.sourcingRequestId);
    if (buyerId && (await this.memberships.isMember(user.id, buyerId))) return 'buyer';
    if (await this.memberships.isMember(user.id, body.supplierId)) return 'supplier';
    throw new ForbiddenException(
      "You can ask for an introduction only for your own side: your buyer's request, or your supplier.",
    );
  }

  async list(user: AuthUser, query: MatchQuery): Promise<MatchListDto> {
    const { items, total } = await this.matches.list(
      overEveryObject(user.role, Permission.MatchRead) ? null : user.id,
      { ...query, statuses: query.status, order: query.sort ?? 'newest' },
      query.page,
      query.limit,
    );
    return {
      items: items.map(({ side, ...row }) => present(row, side ?? 'curator')),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  async get(user: AuthUser, id: string): Promise<MatchDto> {
    const match = await this.matches.find(id);
    if (!match) throw new NotFoundException('Not found.');
    return present(match, await this.actorFor(user, match));
  }

  async history(user: AuthUser, id: string): Promise<MatchHistoryDto> {
    await this.get(user, id);
    return { items: await this.matches.events(id) };
  }

  /**
   * Applies one event under the match's row lock, so that concurrent events
   * are serialised: the second sees the first's result (and, for a repeated
   * accept, gets 409). The history row is written in the same transaction.
   */
  async applyEvent(user: AuthUser, id: string, body: MatchEventDto): Promise<MatchDto> {
    if (body.requestFilled !== undefined && body.type !== 'win') {
      throw new ValidationProblem([{ field: 'requestFilled', message: text('validation.requestFilledOnlyWithWin') }]);
    }
    if (body.type !== 'win') {
      const sent = (['contractValueIdr', 'expectedJobs'] as const).filter((field) => body[field] !== undefined);
      if (sent.length) {
        throw new ValidationProblem(
          sent.map((field) => ({ field, message: text('validation.outcomeOnlyWithWin', { property: field }) })),
        );
      }
    }
    // A win records its outcome, when given (null is the same as left out).
    const outcome =
      body.type === 'win'
        ? { contractValueIdr: body.contractValueIdr ?? null, expectedJobs: body.expectedJobs ?? null }
        : undefined;
    return this.dataSource.transaction(async (manager) => {
      const match = await this.matches.find(id, manager, true);
      if (!match) throw new NotFoundException('Not found.');
      const actor = await this.actorFor(user, match, manager);
      const result = transition(
        { status: match.status, buyerAccepted: match.buyerAccepted, supplierAccepted: match.supplierAccepted },
        body.type,
        actor,
      );
      if (!result.ok && result.reason === 'role') {
        throw new ForbiddenException(
          `A ${actor === 'curator' ? 'curator' : `${actor} member`} cannot ${body.type} a match.`,
        );
      }
      requireVersion(match.version, body.expectedVersion, undefined, 'The match');
      if (result.ok && needsReason(body.type, actor, match.status) && !body.note?.trim()) {
        throw new ValidationProblem([{ field: 'note', message: text('validation.declineNeedsNote') }]);
      }
      if (!result.ok) {
        throw result.reason === 'already-applied'
          ? new ProblemException(HttpStatus.CONFLICT, 'already-applied', `Your side has already sent ${body.type}.`)
          : new ProblemException(
              HttpStatus.CONFLICT,
              'wrong-state',
              `${withArticle(match.status)} match cannot take ${body.type}.`,
              { currentState: match.status },
            );
      }
      await this.matches.applyTransition(manager, id, {
        status: result.status,
        accepted: result.accepted,
        introduced: body.type === 'introduce',
        // A curator who takes up a side's request becomes its curator.
        curatorId: actor === 'curator' && match.status === 'requested' ? user.id : undefined,
        outcome,
      });
      await this.matches.insertEvent(manager, {
        matchId: id,
        type: body.type,
        actorUserId: user.id,
        actorOrganizationId: organizationOf(match, actor),
        fromStatus: match.status,
        toStatus: result.status,
        note: body.note ?? null,
        ...outcome,
      });
      if (body.type === 'win' && body.requestFilled) await this.matches.awardRequest(manager, match.sourcingRequest.id);
      await this.notify(manager, match, actor, result, body.note ?? null);
      return present((await this.matches.find(id, manager))!, actor);
    });
  }

  /**
   * Corrects a won match's contract value or expected jobs (null clears one;
   * one left out stays), by those who may record the win: a curator or the
   * buyer's members (the supplier's: 403; anyone the match is hidden from:
   * 404). Not won: 409. The correction is an `outcome` row in the history,
   * from won to won; a correction that changes nothing writes nothing.
   */
  async updateOutcome(
    user: AuthUser,
    id: string,
    body: UpdateMatchOutcomeDto,
    ifMatch: string | undefined,
  ): Promise<MatchDto> {
    if (body.contractValueIdr === undefined && body.expectedJobs === undefined) {
      throw new ValidationProblem([{ field: 'contractValueIdr', message: text('validation.outcomeEmpty') }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const match = await this.matches.find(id, manager, true);
      if (!match) throw new NotFoundException('Not found.');
      const actor = await this.actorFor(user, match, manager);
      if (actor === 'supplier') {
        throw new ForbiddenException("Only the buyer's members or a curator record a won match's outcome.");
      }
      requireVersion(match.version, body.expectedVersion, ifMatch, 'The match');
      if (match.status !== 'won') {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'wrong-state',
          `Only a won match has an outcome to correct; this one is ${match.status}.`,
          { currentState: match.status },
        );
      }
      const outcome = {
        contractValueIdr: body.contractValueIdr === undefined ? match.contractValueIdr : body.contractValueIdr,
        expectedJobs: body.expectedJobs === undefined ? match.expectedJobs : body.expectedJobs,
      };
      if (outcome.contractValueIdr === match.contractValueIdr && outcome.expectedJobs === match.expectedJobs) {
        return present(match, actor);
      }
      await this.matches.updateOutcome(manager, id, outcome);
      await this.matches.insertEvent(manager, {
        matchId: id,
        type: 'outcome',
        actorUserId: user.id,
        actorOrganizationId: organizationOf(match, actor),
        fromStatus: 'won',
        toStatus: 'won',
        note: body.note ?? null,
        ...outcome,
      });
      return present((await this.matches.find(id, manager))!, actor);
    });
  }

  /** Introductions, acceptances, verdicts on requests and outcomes concern the sides: written in the event's transaction. */
  private async notify(
    manager: EntityManager,
    match: MatchView,
    actor: Actor,
    result: { status: string; accepted?: 'buyer' | 'supplier' },
    note: string | null,
  ) {
    const { sourcingRequest: request, supplier } = match;
    if (match.status === 'requested' && result.status === 'declined') {
      await this.notifications.matchRequestDeclined(manager, {
        matchId: match.id,
        notifyOrganizationId: organizationOf(match, match.requestedBy!)!,
        counterpartName: match.requestedBy === 'buyer' ? supplier.name : request.buyerName,
        requestTitle: request.title,
        reason: note!,
      });
    }
    if ((match.status === 'shortlisted' || match.status === 'requested') && result.status === 'introduced') {
      await this.notifications.matchIntroduced(manager, {
        matchId: match.id,
        buyerId: request.buyerId,
        supplierId: supplier.id,
        buyerName: request.buyerName,
        supplierName: supplier.name,
        requestTitle: request.title,
      });
    }
    if (result.status === 'won' || result.status === 'lost') {
      // The buyer's members recorded it themselves unless a curator did.
      await this.notifications.matchClosed(manager, {
        matchId: match.id,
        organizationIds: actor === 'curator' ? [supplier.id, request.buyerId] : [supplier.id],
        won: result.status === 'won',
        buyerName: request.buyerName,
        requestTitle: request.title,
      });
    }
    if (result.accepted) {
      await this.notifications.matchAccepted(manager, {
        matchId: match.id,
        notifyOrganizationId: result.accepted === 'buyer' ? supplier.id : request.buyerId,
        byName: result.accepted === 'buyer' ? request.buyerName : supplier.name,
        requestTitle: request.title,
        engaged: result.status === 'engaged',
      });
    }
  }

  /**
   * Who the user is to this match. Curators see every match; members of the
   * buyer or the supplier see it once it is introduced, and the side that
   * asked for the introduction sees its request from the start (the other
   * side learns of it only when a curator introduces them); to everyone else
   * it does not exist (404). MatchesRepository.list filters by the same rule.
   */
  private async actorFor(user: AuthUser, match: MatchView, manager?: EntityManager): Promise<Actor> {
    if (overEveryObject(user.role, Permission.MatchAct)) return 'curator';
    for (const side of ['buyer', 'supplier'] as const) {
      const sees = match.introducedAt !== null || match.requestedBy === side;
      if (sees && (await this.memberships.isMember(user.id, organizationOf(match, side)!, manager))) return side;
    }
    throw new NotFoundException('Not found.');
  }
}

/** The organisation an actor acts for: the request's buyer, the supplier, or none for a curator. */
function organizationOf(match: MatchView, actor: Actor): string | null {
  return actor === 'buyer' ? match.sourcingRequest.buyerId : actor === 'supplier' ? match.supplier.id : null;
}

/**
 * Contacts are exchanged when both sides want it: from engaged on, each side
 * sees the other's, with a WhatsApp link when its phone is a mobile number.
 */
function present({ contacts, ...match }: MatchView, viewer: Actor): MatchDto {
  const exchanged = CONTACTS_EXCHANGED.includes(match.status);
  if (!exchanged || viewer === 'curator') return match;
  const contact = viewer === 'buyer' ? contacts.supplier : contacts.buyer;
  if (!contact) return match;
  const { phone, ...rest } = contact;
  const whatsapp = whatsappUrl(phone);
  return {
    ...match,
    counterpartContact: { ...rest, ...(phone && { phone }), ...(whatsapp && { whatsappUrl: whatsapp }) },
  };
}
