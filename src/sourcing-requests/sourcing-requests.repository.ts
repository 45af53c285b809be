import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updateRow } from '../common/sql/update';
import { coveredBySql } from '../reference/covered-codes';
import type { RequestStatus, ScoreWeightsDto, SourcingRequestDto, VolumeUnit } from './dto/sourcing-request.dto';

/** A request as stored, private fields included; the service decides who sees them. */
export type SourcingRequestRow = Omit<SourcingRequestDto, 'internalNotes' | 'targetPriceIdr'> & {
  internalNotes: string | null;
  targetPriceIdr: number | null;
};

export interface SourcingRequestWrite {
  plantId: string | null;
  title: string;
  description: string | null;
  partCategory: string;
  processes: string[];
  materials: string[];
  requiredCertifications: string[];
  annualVolume: number;
  unit: VolumeUnit;
  maxDistanceKm: number | null;
  minTkdnPercent: number | null;
  verifiedOnly: boolean;
  dueDate: string | null;
  internalNotes: string | null;
  targetPriceIdr: number | null;
  scoreWeights: ScoreWeightsDto | null;
}

const COLUMN_OF: Record<keyof SourcingRequestWrite, string> = {
  plantId: 'plant_id',
  title: 'title',
  description: 'description',
  partCategory: 'part_category',
  processes: 'processes',
  materials: 'materials',
  requiredCertifications: 'required_certifications',
  annualVolume: 'annual_volume',
  unit: 'unit',
  maxDistanceKm: 'max_distance_km',
  minTkdnPercent: 'min_tkdn_percent',
  verifiedOnly: 'verified_only',
  dueDate: 'due_date',
  internalNotes: 'internal_notes',
  targetPriceIdr: 'target_price_idr',
  scoreWeights: 'score_weights',
};

/** jsonb columns are sent as JSON text; everything else as it is. */
const toParam = (key: keyof SourcingRequestWrite, value: unknown) =>
  key === 'scoreWeights' && value != null ? JSON.stringify(value) : value;

const COLUMNS = `r.id, r.buyer_id AS "buyerId", b.name AS "buyerName", r.plant_id AS "plantId",
  CASE WHEN bp.id IS NULL THEN NULL ELSE json_build_object('id', bp.id, 'name', bp.name, 'regencyCode', bp.regency_code,
    'location', json_build_object('lat', bp.lat, 'lng', bp.lng), 'estateId', bp.estate_id,
    'retired', bp.retired_at IS NOT NULL) END AS plant,
  r.title, r.description, r.part_category AS "partCategory", r.processes, r.materials,
  r.required_certifications AS "requiredCertifications", r.annual_volume::float8 AS "annualVolume", r.unit,
  r.max_distance_km::float8 AS "maxDistanceKm", r.min_tkdn_percent::float8 AS "minTkdnPercent",
  r.verified_only AS "verifiedOnly", to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", r.status,
  r.published_at AS "publishedAt", r.closed_at AS "closedAt", r.closed_reason AS "closedReason",
  r.internal_notes AS "internalNotes", r.target_price_idr::float8 AS "targetPriceIdr", r.score_weights AS "scoreWeights",
  r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;
const FROM = `sourcing_requests r JOIN buyers b ON b.id = r.buyer_id LEFT JOIN buyer_plants bp ON bp.id = r.plant_id`;

/** Which requests a user may see: all (staff), their buyers' (members), or open ones (suppliers). */
export type RequestVisibility = { kind: 'all' } | { kind: 'member'; userId: string } | { kind: 'open' };

export interface RequestFilter {
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
    const keys = Object.keys(COLUMN_OF) as (keyof SourcingRequestWrite)[];
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO sourcing_requests (buyer_id, created_by, ${keys.map((k) => COLUMN_OF[k]).join(', ')})
       VALUES ($1, $2, ${keys.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
      [buyerId, createdBy, ...keys.map((k) => toParam(k, write[k]))],
    );
    return id;
  }

  async update(manager: EntityManager, id: string, changes: Partial<SourcingRequestWrite>): Promise<void> {
    await updateRow(manager, 'sourcing_requests', id, changes, COLUMN_OF, { toParam });
  }

  /** Moves a request to a new status; `published_at` and `closed_at` follow. */
  async setStatus(
    manager: EntityManager,
    id: string,
    status: 'open' | 'closed',
    closedReason: 'buyer' | null = null,
  ): Promise<void> {
    await manager.query(
      `UPDATE sourcing_requests SET status = $2,
              published_at = CASE WHEN $2 = 'open' THEN now() ELSE published_at END,
              closed_at = CASE WHEN $2 = 'closed' THEN now() ELSE closed_at END, closed_reason = $3,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, status, closedReason],
    );
  }

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<SourcingRequestRow | undefined> {
    const [row] = await manager.query<SourcingRequestRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`,
      [id],
    );
    return row;
  }

  async list(visibility: RequestVisibility, filter: RequestFilter, page: number, limit: number) {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (visibility.kind === 'open') where.push(`r.status = 'open'`);
    if (visibility.kind === 'member') {
      where.push(
        `EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = r.buyer_id AND m.user_id = ${p(visibility.userId)})`,
      );
    }
    if (filter.statuses?.length) where.push(`r.status = ANY (${p(filter.statuses)})`);
    if (filter.buyerId) where.push(`r.buyer_id = ${p(filter.buyerId)}`);
    if (filter.partCategory) {
      where.push(`r.part_category = ANY (${coveredBySql('part_categories', p(filter.partCategory))})`);
    }
    if (filter.process) where.push(`r.processes @> ARRAY[${p(filter.process)}]::text[]`);
    const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM sourcing_requests r ${condition}`,
      params,
    );
    const items = await this.dataSource.query<SourcingRequestRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} ${condition} ORDER BY r.created_at DESC, r.id
        LIMIT ${p(limit)} OFFSET ${p((page - 1) * limit)}`,
      params,
    );
    return { items, total };
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
