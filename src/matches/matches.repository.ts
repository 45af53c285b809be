import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { User } from '../auth/user.entity';
import type { Buyer } from '../buyers/buyer.entity';
import { SourcingRequest } from '../sourcing-requests/sourcing-request.entity';
import type { Supplier } from '../suppliers/supplier.entity';
import type { Contact } from './contact';
import { MatchEvent } from './match-event.entity';
import { CONTACTS_EXCHANGED, type MatchStatus } from './match-state';
import { Match } from './match.entity';
import { matchShownToSideSql } from '../matching/match-visibility';

/**
 * A match as its views show it, built by one query: its request, buyer and
 * supplier named, and both sides' contacts (the buyer's is the person who
 * accepted first for the buyer); the service shows one side's contact to the
 * other, from engaged on.
 */
export type MatchView = Pick<
  Match,
  | 'id'
  | 'status'
  | 'score'
  | 'breakdown'
  | 'note'
  | 'introducedAt'
  | 'curatorId'
  | 'requestedBy'
  | 'contractValueIdr'
  | 'expectedJobs'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> & {
  sourcingRequest: Pick<SourcingRequest, 'id' | 'title' | 'buyerId'> & { buyerName: Buyer['name'] };
  supplier: Pick<Supplier, 'id' | 'name' | 'regencyCode'>;
  buyerAccepted: boolean;
  supplierAccepted: boolean;
  statusSince: Date;
  contacts: { supplier: Contact; buyer: Contact | null };
};

/** What a won match brings: its contract value in rupiah and the new jobs expected, each null when not given. */
export type MatchOutcome = Pick<Match, 'contractValueIdr' | 'expectedJobs'>;

/** When the match entered its status: the last event that changed it (an accept within introduced does not). */
const STATUS_SINCE = `coalesce((SELECT max(e.created_at) FROM match_events e
  WHERE e.match_id = m.id AND e.from_status IS DISTINCT FROM e.to_status), m.created_at)`;

const VIEW = `m.id, m.status, m.score::float8 AS score, m.breakdown, m.note,
  json_build_object('id', r.id, 'title', r.title, 'buyerId', r.buyer_id, 'buyerName', b.name) AS "sourcingRequest",
  json_build_object('id', s.id, 'name', s.name, 'regencyCode', s.regency_code) AS supplier,
  m.buyer_accepted_at IS NOT NULL AS "buyerAccepted", m.supplier_accepted_at IS NOT NULL AS "supplierAccepted",
  m.introduced_at AS "introducedAt", m.curator_id AS "curatorId",
  m.requested_by AS "requestedBy", m.contract_value_idr::float8 AS "contractValueIdr",
  m.expected_jobs AS "expectedJobs", m.version, m.created_at AS "createdAt",
  m.updated_at AS "updatedAt", ${STATUS_SINCE} AS "statusSince",
  json_build_object(
    'supplier', json_build_object('name', s.name, 'phone', s.contact_phone, 'email', s.contact_email),
    'buyer', (SELECT json_build_object('name', b.name, 'person', u.full_name, 'phone', u.phone, 'email', u.email)
                FROM match_events e JOIN users u ON u.id = e.actor_user_id
               WHERE e.match_id = m.id AND e.type = 'accept' AND e.actor_organization_id = r.buyer_id
               ORDER BY e.created_at LIMIT 1)) AS contacts`;
const FROM = `matches m JOIN sourcing_requests r ON r.id = m.sourcing_request_id JOIN buyers b ON b.id = r.buyer_id
  JOIN suppliers s ON s.id = m.supplier_id`;

/** A history row with its actor's name; `organizationId` is the organisation the actor acted for. */
export type MatchHistoryEntry = Pick<
  MatchEvent,
  'id' | 'type' | 'actorUserId' | 'fromStatus' | 'toStatus' | 'note' | 'contractValueIdr' | 'expectedJobs' | 'createdAt'
> & { actorName: User['fullName']; organizationId: MatchEvent['actorOrganizationId'] };

/** Every change bumps the version (for expectedVersion) and stamps updated_at. */
const CHANGED = { version: () => 'version + 1', updatedAt: () => 'now()' };
const now = () => 'now()';

export interface MatchFilter {
  statuses?: MatchStatus[];
  sourcingRequestId?: string;
  supplierId?: string;
  regency?: string;
  curatorId?: string;
  /** Only matches whose status has not changed for at least this many days. */
  stalledDays?: number;
  order: 'newest' | 'oldest' | 'stalest';
}

const ORDER: Record<MatchFilter['order'], string> = {
  newest: 'm.created_at DESC, m.id',
  oldest: 'm.created_at, m.id',
  stalest: `${STATUS_SINCE}, m.id`,
};

@Injectable()
export class MatchesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new match's id, or undefined when the pair already has one. */
  async insert(
    manager: EntityManager,
    match: Pick<
      Match,
      'sourcingRequestId' | 'supplierId' | 'status' | 'score' | 'breakdown' | 'note' | 'curatorId' | 'requestedBy'
    >,
  ): Promise<string | undefined> {
    // The pair is the only key a new match can clash on (its id is fresh): on a clash nothing is inserted or returned.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Match)
      .values(match)
      .orIgnore()
      .returning('id')
      .execute();
    return (inserted.raw as Pick<Match, 'id'>[])[0]?.id;
  }

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<MatchView | undefined> {
    const [row] = await manager.query<MatchView[]>(
      `SELECT ${VIEW} FROM ${FROM} WHERE m.id = $1${forUpdate ? ' FOR UPDATE OF m' : ''}`,
      [id],
    );
    return row;
  }

  /** The buyer a sourcing request belongs to, if the request exists. */
  async requestBuyerId(requestId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ buyerId: string }[]>(
      'SELECT buyer_id AS "buyerId" FROM sourcing_requests WHERE id = $1',
      [requestId],
    );
    return row?.buyerId;
  }

  /**
   * Matches by filter; `memberOf` (a user id) limits them to what that user's
   * organisations see (MatchesService.actorFor says the same for one match):
   * introduced matches of either side, and requests their side asked for.
   */
  async list(memberOf: string | null, filter: MatchFilter, page: number, limit: number) {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (memberOf) {
      const user = p(memberOf);
      where.push(`EXISTS (SELECT 1 FROM memberships ms WHERE ms.user_id = ${user} AND (
        (ms.organization_id = r.buyer_id AND ${matchShownToSideSql('m', 'buyer')})
        OR (ms.organization_id = m.supplier_id AND ${matchShownToSideSql('m', 'supplier')})))`);
    }
    if (filter.statuses?.length) where.push(`m.status = ANY (${p(filter.statuses)})`);
    if (filter.sourcingRequestId) where.push(`m.sourcing_request_id = ${p(filter.sourcingRequestId)}`);
    if (filter.supplierId) where.push(`m.supplier_id = ${p(filter.supplierId)}`);
    if (filter.regency) where.push(`s.regency_code = ${p(filter.regency)}`);
    if (filter.curatorId) where.push(`m.curator_id = ${p(filter.curatorId)}`);
    if (filter.stalledDays !== undefined) {
      where.push(`${STATUS_SINCE} <= now() - make_interval(days => ${p(filter.stalledDays)})`);
    }
    const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM ${FROM} ${condition}`,
      params,
    );
    const order = ORDER[filter.order];
    // For a member, which side they are on, so that they get the other side's contact.
    const side = memberOf
      ? `CASE WHEN EXISTS (SELECT 1 FROM memberships ms WHERE ms.user_id = $1 AND ms.organization_id = r.buyer_id)
         THEN 'buyer' ELSE 'supplier' END`
      : 'NULL';
    const items = await this.dataSource.query<(MatchView & { side: 'buyer' | 'supplier' | null })[]>(
      `SELECT ${VIEW}, ${side} AS side FROM ${FROM} ${condition} ORDER BY ${order} LIMIT ${p(limit)} OFFSET ${p((page - 1) * limit)}`,
      params,
    );
    return { items, total };
  }

  /** Applies a transition the service has checked (a win with its outcome, if given); the caller holds the row lock. */
  async applyTransition(
    manager: EntityManager,
    id: string,
    change: {
      status: MatchStatus;
      accepted?: 'buyer' | 'supplier';
      introduced: boolean;
      curatorId?: string;
      outcome?: MatchOutcome;
    },
  ): Promise<void> {
    await manager.getRepository(Match).update(id, {
      status: change.status,
      curatorId: change.curatorId,
      ...change.outcome,
      introducedAt: change.introduced ? now : undefined,
      buyerAcceptedAt: change.accepted === 'buyer' ? now : undefined,
      supplierAcceptedAt: change.accepted === 'supplier' ? now : undefined,
      ...CHANGED,
    });
  }

  /** Corrects a won match's outcome; the caller holds the row lock and has checked that it is won. */
  async updateOutcome(manager: EntityManager, id: string, outcome: MatchOutcome): Promise<void> {
    await manager.getRepository(Match).update(id, { ...outcome, ...CHANGED });
  }

  /** Appends to the history, which the database keeps append-only. */
  async insertEvent(
    manager: EntityManager,
    event: Pick<
      MatchEvent,
      'matchId' | 'type' | 'actorUserId' | 'actorOrganizationId' | 'fromStatus' | 'toStatus' | 'note'
    > &
      Partial<MatchOutcome>,
  ): Promise<void> {
    await manager.getRepository(MatchEvent).insert(event);
  }

  events(matchId: string): Promise<MatchHistoryEntry[]> {
    return this.dataSource.query<MatchHistoryEntry[]>(
      `SELECT e.id, e.type, e.actor_user_id AS "actorUserId", u.full_name AS "actorName",
              e.actor_organization_id AS "organizationId", e.from_status AS "fromStatus", e.to_status AS "toStatus",
              e.note, e.contract_value_idr::float8 AS "contractValueIdr", e.expected_jobs AS "expectedJobs",
              e.created_at AS "createdAt"
         FROM match_events e JOIN users u ON u.id = e.actor_user_id
        WHERE e.match_id = $1 ORDER BY e.created_at, e.id`,
      [matchId],
    );
  }

  /** A won match that fills its request: the request becomes awarded. */
  async awardRequest(manager: EntityManager, requestId: string): Promise<void> {
    await manager
      .getRepository(SourcingRequest)
      .update(
        { id: requestId, status: In(['open', 'closed']) },
        { status: 'awarded', closedAt: () => 'coalesce(closed_at, now())', closedReason: null, ...CHANGED },
      );
  }

  /** Whether the user is a member of a buyer with a match engaged (or won or lost) with this supplier: contacts are exchanged. */
  async contactsExchanged(userId: string, supplierId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM matches m
         JOIN sourcing_requests r ON r.id = m.sourcing_request_id
         JOIN memberships ms ON ms.organization_id = r.buyer_id AND ms.user_id = $1
        WHERE m.supplier_id = $2 AND m.status = ANY ($3) LIMIT 1`,
      [userId, supplierId, CONTACTS_EXCHANGED],
    );
    return rows.length > 0;
  }
}
