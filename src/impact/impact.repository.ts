import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CentreServiceKind } from '../centre-services/centre-service.entity';
import { closesGapSql } from '../centre-services/closes-gap';
import type { RegionKind } from '../reference/region.entity';
import { eligibleForRowSql, lacksCodeSql } from '../matching/eligibility-rules';

/** What the region gained in one regency and month (WIB), as counted by IMPACT_SQL. */
export interface ImpactRow {
  regencyCode: string;
  regency: { name: string; kind: RegionKind };
  month: string;
  servicesDelivered: number;
  suppliersEligibleAfterService: number;
  suppliersVerified: number;
  matchesWon: number;
  contractValueIdr: number;
  expectedJobs: number;
}

/** One service's open demand in one regency, as counted by SERVICE_DEMAND_SQL. */
export interface ServiceDemandRow {
  regencyCode: string;
  regency: { name: string; kind: RegionKind };
  serviceCode: string;
  service: { nameId: string; nameEn: string; kind: CentreServiceKind; typicalDays: number; hasFee: boolean };
  suppliers: number;
  requests: number;
  openings: number;
  rank: number;
}

/**
 * The region's impact by the supplier's regency and the month (WIB) each
 * thing happened in; $1 and $2 the first and last WIB day (null: open),
 * $3 today. The supplier's regency is where the work and the jobs are.
 * - services delivered: service requests done (completed_on);
 * - suppliers eligible after a service: of those, distinct firms now
 *   eligible (by the eligibility rules) for an open request asking for a
 *   certificate or process the service helps with;
 * - suppliers verified: profiles verified now, by the day of the verdict;
 * - matches won, their contract value and expected new jobs: by the day the
 *   win was recorded (its history row).
 * Exported for the SQL snapshots.
 */
export const IMPACT_SQL = `WITH services AS (
         SELECT s.regency_code, to_char(sr.completed_on, 'YYYY-MM') AS month, sr.supplier_id,
                EXISTS (
                  SELECT 1 FROM (
                    SELECT r0.*, CASE WHEN bp.id IS NULL THEN NULL
                                 ELSE geo_distance_km(bp.lat, bp.lng, s.lat, s.lng) END AS distance_km
                      FROM sourcing_requests r0 LEFT JOIN buyer_plants bp ON bp.id = r0.plant_id
                     WHERE r0.status = 'open') r
                   WHERE EXISTS (
                           SELECT 1 FROM unnest(r.required_certifications) code
                            WHERE ${closesGapSql("'certification'", 'code')}
                           UNION ALL
                           SELECT 1 FROM unnest(r.processes) code WHERE ${closesGapSql("'process'", 'code')})
                     AND ${eligibleForRowSql('$3')}
                ) AS eligible
           FROM service_requests sr
           JOIN suppliers s ON s.id = sr.supplier_id AND s.deleted_at IS NULL
           JOIN centre_services cs ON cs.code = sr.service_code
          WHERE sr.status = 'done'
            AND ($1::date IS NULL OR sr.completed_on >= $1::date) AND ($2::date IS NULL OR sr.completed_on <= $2::date)
       ),
       verified AS (
         SELECT s.regency_code, to_char(s.verified_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month, count(*)::int AS n
           FROM suppliers s
          WHERE s.deleted_at IS NULL AND s.verification = 'verified'
            AND ($1::date IS NULL OR (s.verified_at AT TIME ZONE 'Asia/Jakarta')::date >= $1::date)
            AND ($2::date IS NULL OR (s.verified_at AT TIME ZONE 'Asia/Jakarta')::date <= $2::date)
          GROUP BY 1, 2
       ),
       won AS (
         SELECT s.regency_code, to_char(e.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month,
                count(*)::int AS n, coalesce(sum(m.contract_value_idr), 0)::float8 AS value,
                coalesce(sum(m.expected_jobs), 0)::int AS jobs
           FROM matches m
           JOIN match_events e ON e.match_id = m.id AND e.type = 'win'
           JOIN suppliers s ON s.id = m.supplier_id
          WHERE m.status = 'won'
            AND ($1::date IS NULL OR (e.created_at AT TIME ZONE 'Asia/Jakarta')::date >= $1::date)
            AND ($2::date IS NULL OR (e.created_at AT TIME ZONE 'Asia/Jakarta')::date <= $2::date)
          GROUP BY 1, 2
       ),
       delivered AS (
         SELECT regency_code, month, count(*)::int AS n,
                count(DISTINCT supplier_id) FILTER (WHERE eligible)::int AS eligible
           FROM services GROUP BY 1, 2
       ),
       cells AS (
         SELECT regency_code, month FROM delivered UNION SELECT regency_code, month FROM verified
         UNION SELECT regency_code, month FROM won
       )
       SELECT c.regency_code AS "regencyCode", json_build_object('name', rg.name, 'kind', rg.kind) AS regency,
              c.month, coalesce(d.n, 0) AS "servicesDelivered", coalesce(d.eligible, 0) AS "suppliersEligibleAfterService",
              coalesce(v.n, 0) AS "suppliersVerified", coalesce(w.n, 0) AS "matchesWon",
              coalesce(w.value, 0) AS "contractValueIdr", coalesce(w.jobs, 0) AS "expectedJobs"
         FROM cells c
         JOIN regions rg ON rg.code = c.regency_code
         LEFT JOIN delivered d USING (regency_code, month)
         LEFT JOIN verified v USING (regency_code, month)
         LEFT JOIN won w USING (regency_code, month)
        ORDER BY c.regency_code, c.month`;

/**
 * For each regency, the BBSPJILM services that would unlock the most open
 * demand: for each active service, the regency's active suppliers that lack
 * a process or certificate some open request asks for and the service helps
 * with (by the eligibility rules' own test of lacking it), the open requests
 * asking for it, and the openings (supplier and request pairs) it would make
 * possible; the top five per regency by openings. $1 today. Exported for the
 * SQL snapshots.
 */
export const SERVICE_DEMAND_SQL = `WITH asked AS (
         SELECT r.id AS request_id, 'process' AS kind, code FROM sourcing_requests r, unnest(r.processes) code
          WHERE r.status = 'open'
         UNION ALL
         SELECT r.id, 'certification', code FROM sourcing_requests r, unnest(r.required_certifications) code
          WHERE r.status = 'open'
       ),
       closes AS (
         SELECT a.kind, a.code, cs.code AS service_code
           FROM (SELECT DISTINCT kind, code FROM asked) a JOIN centre_services cs ON ${closesGapSql('a.kind', 'a.code')}
       ),
       lacking AS (
         SELECT s.id AS supplier_id, s.regency_code, g.kind, g.code
           FROM suppliers s CROSS JOIN (SELECT DISTINCT kind, code FROM closes) g
          WHERE s.deleted_at IS NULL AND CASE g.kind
                  WHEN 'process' THEN ${lacksCodeSql('process', 'g.code', '$1')}
                  ELSE ${lacksCodeSql('certification', 'g.code', '$1')}
                END
       ),
       demand AS (
         SELECT l.regency_code, c.service_code, count(DISTINCT l.supplier_id)::int AS suppliers,
                count(DISTINCT a.request_id)::int AS requests,
                count(DISTINCT (l.supplier_id, a.request_id))::int AS openings
           FROM lacking l
           JOIN closes c USING (kind, code)
           JOIN asked a USING (kind, code)
          GROUP BY 1, 2
       ),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY regency_code ORDER BY openings DESC, suppliers DESC, service_code)::int AS rank
           FROM demand
       )
       SELECT k.regency_code AS "regencyCode", json_build_object('name', rg.name, 'kind', rg.kind) AS regency,
              k.service_code AS "serviceCode",
              json_build_object('nameId', cs.name_id, 'nameEn', cs.name_en, 'kind', cs.kind,
                                'typicalDays', cs.typical_days, 'hasFee', cs.has_fee) AS service,
              k.suppliers, k.requests, k.openings, k.rank
         FROM ranked k
         JOIN regions rg ON rg.code = k.regency_code
         JOIN centre_services cs ON cs.code = k.service_code
        WHERE k.rank <= 5
        ORDER BY k.regency_code, k.rank`;

@Injectable()
export class ImpactRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  impact(from: string | null, to: string | null, today: string): Promise<ImpactRow[]> {
    return this.dataSource.query<ImpactRow[]>(IMPACT_SQL, [from, to, today]);
  }

  serviceDemand(today: string): Promise<ServiceDemandRow[]> {
    return this.dataSource.query<ServiceDemandRow[]>(SERVICE_DEMAND_SQL, [today]);
  }
}
