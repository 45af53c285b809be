import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Buyer } from '../buyers/buyer.entity';
import { BuyerPlant } from '../buyers/buyer-plant.entity';
import { coveredBySql } from '../reference/covered-codes';
import { containsPattern } from '../common/sql/patterns';
import { ClosedReason, RequestStatus, SourcingRequest } from './sourcing-request.entity';

/** A request as stored, private fields included, with its buyer and delivery plant; the service decides who sees what. */
export type StoredRequest = SourcingRequest & { buyer: Buyer; plant: BuyerPlant | null };

/** What a buyer writes on a request; the rest follows its workflow. */
export type SourcingRequestWrite = Pick<
  SourcingRequest,
  | 'plantId'
  | 'title'
  | 'description'
  | 'partCategory'
  | 'processes'
  | 'materials'
  | 'requiredCertifications'
  | 'annualVolume'
  | 'unit'
  | 'partWeightKg'
  | 'machineNeed'
  | 'maxDistanceKm'
  | 'minTkdnPercent'
  | 'verifiedOnly'
  | 'tkdnCertifiedOnly'
  | 'dueDate'
  | 'internalNotes'
  | 'targetPriceIdr'
  | 'scoreWeights'
>;

/** Every change bumps the version (for If-Match) and stamps updated_at. */
const CHANGED = { version: () => 'version + 1', updatedAt: () => 'now()' };

/** Which requests a user may see: all (staff), their buyers' (members), or open ones (suppliers). */
export type RequestVisibility = { kind: 'all' } | { kind: 'member'; userId: string } | { kind: 'open' };

/** Orders of the request list; ties break by id. */
export const REQUEST_SORTS = ['newest', 'oldest', 'due', 'title'] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];

export interface RequestFilter {
  /** Part of the title or the buyer's name, any case and accents. */
  q?: string;
  statuses?: RequestStatus[];
  buyerId?: string;
  partCategory?: string;
  process?: string;
}

@Injectable()
export class SourcingRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    buyerId: string,
    createdBy: string,
    write: SourcingRequestWrite,
  ): Promise<string> {
    const { identifiers } = await manager.getRepository(SourcingRequest).insert({ buyerId, createdBy, ...write });
    return identifiers[0].id as string;
  }

  /** Writes the changes that are not undefined (undefined leaves a field alone, null clears it); the caller holds the row lock. */
  async update(manager: EntityManager, id: string, changes: Partial<SourcingRequestWrite>): Promise<void> {
    await manager.getRepository(SourcingRequest).update(id, { ...changes, ...CHANGED });
  }

  /** Moves a request to a new status; `published_at` or `closed_at` follows. */
  async setStatus(
    manager: EntityManager,
    id: string,
    status: 'open' | 'closed',
    closedReason: ClosedReason | null = null,
  ): Promise<void> {
    const now = () => 'now()';
    await manager.getRepository(SourcingRequest).update(id, {
      status,
      ...(status === 'open' ? { publishedAt: now } : { closedAt: now }),
      closedReason,
      ...CHANGED,
    });
  }

  /** The request, locked FOR UPDATE (its own row only) when `forUpdate`. */
  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<StoredRequest | null> {
    const query = withBuyerAndPlant(manager).where('r.id = :id', { id });
    if (forUpdate) query.setLock('pessimistic_write', undefined, ['r']);
    return (await query.getOne()) as StoredRequest | null;
  }

  /** A page of the requests the user may see, newest first (ties by id), and how many there are. */
  async list(visibility: RequestVisibility, filter: RequestFilter, sort: RequestSort, page: number, limit: number) {
    const query = withBuyerAndPlant(this.dataSource.manager);
    if (visibility.kind === 'open') query.andWhere(`r.status = 'open'`);
    if (visibility.kind === 'member') {
      query.andWhere(
        'EXISTS (SELECT 1 FROM memberships ms WHERE ms.organization_id = r.buyerId AND ms.user_id = :userId)',
        { userId: visibility.userId },
      );
    }
    if (filter.statuses?.length) query.andWhere('r.status = ANY (:statuses)', { statuses: filter.statuses });
    if (filter.buyerId) query.andWhere('r.buyerId = :buyerId', { buyerId: filter.buyerId });
    if (filter.partCategory) {
      query.andWhere(`r.partCategory = ANY (${coveredBySql('part_categories', ':partCategory')})`, {
        partCategory: filter.partCategory,
      });
    }
    if (filter.process) query.andWhere('r.processes @> ARRAY[:process]::text[]', { process: filter.process });
    if (filter.q) {
      query.andWhere(
        '(unaccent(lower(r.title)) LIKE unaccent(lower(:pattern)) OR unaccent(lower(b.name)) LIKE unaccent(lower(:pattern)))',
        { pattern: containsPattern(filter.q) },
      );
    }
    const order = {
      newest: () => query.orderBy('r.createdAt', 'DESC'),
      oldest: () => query.orderBy('r.createdAt', 'ASC'),
      // The most pressing first; requests without a due date last.
      due: () => query.orderBy('r.dueDate', 'ASC', 'NULLS LAST'),
      title: () => query.orderBy('lower(r.title)', 'ASC'),
    };
    const [items, total] = await order[sort]()
      .addOrderBy('r.id')
      .limit(limit)
      .offset((page - 1) * limit)
      .getManyAndCount();
    return { items: items as StoredRequest[], total };
  }

  /**
   * Closes every open request whose due date is before `today` (a date in
   * Western Indonesia Time). Idempotent: a closed request is left alone, so
   * running it twice, or on two instances at once, closes each request once.
   */
  async closeOverdue(today: string): Promise<number> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] rather than rows.
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `WITH closed AS (
         UPDATE sourcing_requests SET status = 'closed', closed_at = now(), closed_reason = 'due_date',
                version = version + 1, updated_at = now()
          WHERE status = 'open' AND due_date < $1::date
          RETURNING id)
       SELECT count(*)::int AS count FROM closed`,
      [today],
    );
    return count;
  }
}

/**
 * Requests (alias r) with their buyer and delivery plant mapped onto them as
 * `buyer` and `plant`, which TypeORM's result type does not know: callers cast
 * to StoredRequest. The joins are to-one, so LIMIT and OFFSET count requests.
 */
function withBuyerAndPlant(manager: EntityManager): SelectQueryBuilder<SourcingRequest> {
  return manager
    .getRepository(SourcingRequest)
    .createQueryBuilder('r')
    .innerJoinAndMapOne('r.buyer', Buyer, 'b', 'b.id = r.buyerId')
    .leftJoinAndMapOne('r.plant', BuyerPlant, 'bp', 'bp.id = r.plantId');
}
