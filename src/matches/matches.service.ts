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
} from './dto/match.dto';
import { Actor, CONTACTS_EXCHANGED, transition } from './match-state';
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

  /** A curator shortlists an eligible supplier for an open request, keeping the score as it is now. */
  async create(curator: AuthUser, body: CreateMatchDto): Promise<MatchDto> {
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
    return this.dataSource.transaction(async (manager) => {
      const id = await this.matches.insert(manager, {
        sourcingRequestId: body.sourcingRequestId,
        supplierId: body.supplierId,
        score: assessment.score,
        breakdown: assessment.breakdown,
        note: body.note ?? null,
        curatorId: curator.id,
      });
      if (!id) throw new ConflictException('This supplier is already matched with this request.');
      await this.matches.insertEvent(manager, {
        matchId: id,
        type: 'shortlist',
        actorUserId: curator.id,
        actorOrganizationId: null,
        fromStatus: null,
        toStatus: 'shortlisted',
        note: body.note ?? null,
      });
      return present((await this.matches.find(id, manager))!, 'curator');
    });
  }

  async list(user: AuthUser, query: MatchQuery): Promise<MatchListDto> {
    const { items, total } = await this.matches.list(
      overEveryObject(user.role, Permission.MatchRead) ? null : user.id,
      { ...query, statuses: query.status, oldestFirst: query.sort === 'oldest' },
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
      });
      await this.matches.insertEvent(manager, {
        matchId: id,
        type: body.type,
        actorUserId: user.id,
        actorOrganizationId:
          actor === 'buyer' ? match.sourcingRequest.buyerId : actor === 'supplier' ? match.supplier.id : null,
        fromStatus: match.status,
        toStatus: result.status,
        note: body.note ?? null,
      });
      if (body.type === 'win' && body.requestFilled) await this.matches.awardRequest(manager, match.sourcingRequest.id);
      await this.notify(manager, match, result);
      return present((await this.matches.find(id, manager))!, actor);
    });
  }

  /** Introductions and acceptances need the other side's attention: written in the event's transaction. */
  private async notify(
    manager: EntityManager,
    match: MatchView,
    result: { status: string; accepted?: 'buyer' | 'supplier' },
  ) {
    const { sourcingRequest: request, supplier } = match;
    if (match.status === 'shortlisted' && result.status === 'introduced') {
      await this.notifications.matchIntroduced(manager, {
        matchId: match.id,
        buyerId: request.buyerId,
        supplierId: supplier.id,
        buyerName: request.buyerName,
        supplierName: supplier.name,
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
   * buyer or the supplier see it once it is introduced; to everyone else it
   * does not exist (404).
   */
  private async actorFor(user: AuthUser, match: MatchView, manager?: EntityManager): Promise<Actor> {
    if (overEveryObject(user.role, Permission.MatchAct)) return 'curator';
    if (match.introducedAt) {
      if (await this.memberships.isMember(user.id, match.sourcingRequest.buyerId, manager)) return 'buyer';
      if (await this.memberships.isMember(user.id, match.supplier.id, manager)) return 'supplier';
    }
    throw new NotFoundException('Not found.');
  }
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
