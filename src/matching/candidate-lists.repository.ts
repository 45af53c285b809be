import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Weights } from '../sourcing-requests/score-weights';
import type { MatchRequest } from './match-request';
import type { MatchesSeen } from './match-visibility';
import { buildCandidateEntriesInsert } from './matching.queries';
import { CandidateRow, MatchingRepository } from './matching.repository';

/**
 * Whether list `l` was brought up to date within a day; an older one is computed again, as the
 * change log only keeps what a younger list may need.
 */
const LIST_IS_RECENT = `l.refreshed_at > now() - interval '1 day'`;
/** Supplier changes are kept twice as long as a list may live, so no list misses one. */
const CHANGE_LOG_RETENTION = '2 days';

interface ListState {
  fingerprint: string;
  computedOn: string;
  snapshot: string;
  evaluated: number;
  eligible: number;
  recent: boolean;
}

/** Whether the list can be read as it is: computed for this request and date, and no supplier changed since. */
const IS_CURRENT_SQL = `l.fingerprint = $2 AND l.computed_on = $3::date AND ${LIST_IS_RECENT}
  AND NOT EXISTS (SELECT 1 FROM supplier_changes ch
                   WHERE ch.xact_id >= pg_snapshot_xmin(l.snapshot) AND NOT pg_visible_in_snapshot(ch.xact_id, l.snapshot))`;

/** The ids of one page of list `l`, best first, from the rank index. */
const pageIdsSql = (limit: string, offset: string) => `ARRAY(SELECT e.supplier_id FROM candidate_list_entries e
   WHERE e.sourcing_request_id = l.sourcing_request_id AND e.score IS NOT NULL
   ORDER BY e.score DESC, e.supplier_id LIMIT ${limit} OFFSET ${offset})`;

/**
 * Each request's candidates, ranked, kept in candidate_list_entries (see the
 * CandidateLists migration). A read brings the list up to date first: from
 * scratch when the request, its weights or its plant changed, or when the
 * list is older than a day; otherwise by rescoring only the suppliers
 * changed since the list's snapshot and those whose certificate expired
 * since the date it was computed for. A page is then read from the index,
 * and its suppliers' facts are computed afresh with every rule applied
 * again, so that no supplier that has just become ineligible is shown.
 */
@Injectable()
export class CandidateListsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingRepository,
  ) {}

  async candidates(
    requestId: string,
    request: MatchRequest,
    weights: Weights,
    today: string,
    page: { limit: number; offset: number },
    matchesSeen: Omit<MatchesSeen, 'requestId'>,
  ): Promise<{ evaluated: number; eligible: number; items: CandidateRow[] }> {
    const fingerprint = fingerprintOf(request, weights);
    // Most reads find the list current: one statement, no lock.
    const [current] = await this.dataSource.query<{ evaluated: number; eligible: number; ids: string[] }[]>(
      `SELECT l.evaluated, l.eligible, ${pageIdsSql('$4', '$5')} AS ids
         FROM candidate_lists l WHERE l.sourcing_request_id = $1 AND ${IS_CURRENT_SQL}`,
      [requestId, fingerprint, today, page.limit, page.offset],
    );
    const list =
      current ??
      (await this.dataSource.transaction(async (m) => {
        await this.refresh(m, requestId, request, weights, today);
        const [row] = await m.query<{ evaluated: number; eligible: number; ids: string[] }[]>(
          `SELECT l.evaluated, l.eligible, ${pageIdsSql('$2', '$3')} AS ids
             FROM candidate_lists l WHERE l.sourcing_request_id = $1`,
          [requestId, page.limit, page.offset],
        );
        return row;
      }));
    if (!list.ids.length) return { evaluated: list.evaluated, eligible: list.eligible, items: [] };
    const { items } = await this.matching.candidates(
      request,
      weights,
      today,
      { limit: list.ids.length, offset: 0 },
      list.ids,
      { requestId, ...matchesSeen },
    );
    return { evaluated: list.evaluated, eligible: list.eligible, items };
  }

  /**
   * Drops lists of requests that are no longer open and lists not brought up to date for a day (every
   * read after midnight does), and the change log no list needs any more.
   */
  async prune(): Promise<{ lists: number; changes: number }> {
    const [{ lists, changes }] = await this.dataSource.query<{ lists: number; changes: number }[]>(
      `WITH lists AS (
         DELETE FROM candidate_lists l USING sourcing_requests r
          WHERE r.id = l.sourcing_request_id
            AND (r.status <> 'open' OR NOT ${LIST_IS_RECENT})
         RETURNING l.sourcing_request_id
       ), entries AS (
         DELETE FROM candidate_list_entries e USING lists WHERE e.sourcing_request_id = lists.sourcing_request_id
       ), changes AS (
         DELETE FROM supplier_changes WHERE changed_at < now() - interval '${CHANGE_LOG_RETENTION}' RETURNING 1
       )
       SELECT (SELECT count(*)::int FROM lists) AS lists, (SELECT count(*)::int FROM changes) AS changes`,
    );
    return { lists, changes };
  }

  /**
   * Brings the list of `requestId` up to date, in the caller's transaction and
   * under the list's row lock, so that concurrent readers do the work once.
   */
  async refresh(
    m: EntityManager,
    requestId: string,
    request: MatchRequest,
    weights: Weights,
    today: string,
  ): Promise<void> {
    const fingerprint = fingerprintOf(request, weights);
    let list = await lockList(m, requestId);
    if (!list) {
      await m.query(
        `INSERT INTO candidate_lists (sourcing_request_id, fingerprint, computed_on, snapshot, evaluated, eligible)
         VALUES ($1, '', $2, pg_current_snapshot(), 0, 0) ON CONFLICT DO NOTHING`,
        [requestId, today],
      );
      list = (await lockList(m, requestId))!;
    }
    // The snapshot is taken before the suppliers are read: whatever it shows, the list will reflect;
    // what commits later is rescored on a later read (rescoring a supplier twice is harmless).
    const whole = list.fingerprint !== fingerprint || !list.recent || list.computedOn > today;
    const [{ snapshot, changed }] = await m.query<{ snapshot: string; changed: string[] }[]>(
      `SELECT pg_current_snapshot()::text AS snapshot,
              CASE WHEN $1 THEN NULL ELSE ARRAY(
                SELECT supplier_id FROM supplier_changes
                 WHERE xact_id >= pg_snapshot_xmin($2::pg_snapshot) AND NOT pg_visible_in_snapshot(xact_id, $2::pg_snapshot)
                UNION
                SELECT supplier_id FROM supplier_certifications WHERE valid_until >= $3::date AND valid_until < $4::date
              ) END AS changed`,
      [whole, list.snapshot, list.computedOn, today],
    );
    const scope = whole ? undefined : changed;
    const [removed] = await m.query<{ evaluated: number; eligible: number }[]>(
      `WITH removed AS (
         DELETE FROM candidate_list_entries
          WHERE sourcing_request_id = $1 AND ($2::uuid[] IS NULL OR supplier_id = ANY ($2::uuid[]))
         RETURNING score
       )
       SELECT count(*)::int AS evaluated, count(score)::int AS eligible FROM removed`,
      [requestId, scope ?? null],
    );
    const { sql, params } = buildCandidateEntriesInsert(requestId, request, weights, today, scope);
    const [added] = await m.query<{ evaluated: number; eligible: number }[]>(sql, params);
    const kept = whole
      ? { evaluated: 0, eligible: 0 }
      : { evaluated: list.evaluated - removed.evaluated, eligible: list.eligible - removed.eligible };
    await m.query(
      `UPDATE candidate_lists
          SET fingerprint = $2, computed_on = $3, snapshot = $4::pg_snapshot, evaluated = $5, eligible = $6,
              refreshed_at = now()
        WHERE sourcing_request_id = $1`,
      [requestId, fingerprint, today, snapshot, kept.evaluated + added.evaluated, kept.eligible + added.eligible],
    );
  }

  /** The best `limit` eligible suppliers of a list brought up to date in this transaction. */
  async bestIds(m: EntityManager, requestId: string, limit: number): Promise<string[]> {
    const [row] = await m.query<{ ids: string[] }[]>(
      `SELECT ${pageIdsSql('$2', '0')} AS ids FROM candidate_lists l WHERE l.sourcing_request_id = $1`,
      [requestId, limit],
    );
    return row?.ids ?? [];
  }
}

async function lockList(m: EntityManager, requestId: string): Promise<ListState | undefined> {
  const [row] = await m.query<ListState[]>(
    `SELECT fingerprint, computed_on::text AS "computedOn", snapshot::text AS snapshot, evaluated, eligible,
            ${LIST_IS_RECENT} AS recent
       FROM candidate_lists l WHERE sourcing_request_id = $1 FOR UPDATE`,
    [requestId],
  );
  return row;
}

/** What the list was computed for: the request's rules and facts, its weights and its plant's location. */
const fingerprintOf = (request: MatchRequest, weights: Weights) =>
  createHash('sha256').update(JSON.stringify({ request, weights })).digest('base64url');
