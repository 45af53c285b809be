import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CentreServiceKind } from './centre-service.entity';
import { ServiceRequestEvent } from './service-request-event.entity';
import type { ServiceRequestStatus } from './service-request-state';
import { ServiceRequest } from './service-request.entity';

/** A service request with what a reader needs of its supplier, service and evidence. */
export interface ServiceRequestView {
  id: string;
  status: ServiceRequestStatus;
  statusSince: Date;
  note: string | null;
  startsOn: string | null;
  endsOn: string | null;
  completedOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  supplier: { id: string; name: string; regencyCode: string };
  service: {
    code: string;
    kind: CentreServiceKind;
    nameId: string;
    nameEn: string;
    typicalDays: number;
    hasFee: boolean;
    issues: string | null;
    evidenceValidMonths: number | null;
  };
  evidence: {
    certificationId: string;
    code: string;
    nameId: string;
    nameEn: string;
    number: string;
    validFrom: string | null;
    validUntil: string;
  } | null;
}

export interface ServiceRequestFilter {
  /** Only requests of suppliers this user is a member of; null for every supplier. */
  memberUserId: string | null;
  statuses?: ServiceRequestStatus[];
  supplierId?: string;
  serviceCode?: string;
  regencyCode?: string;
}

const VIEW = `
  SELECT r.id, r.status, r.status_since AS "statusSince", r.note, r.starts_on::text AS "startsOn",
         r.ends_on::text AS "endsOn", r.completed_on::text AS "completedOn", r.version,
         r.created_at AS "createdAt", r.updated_at AS "updatedAt",
         jsonb_build_object('id', s.id, 'name', s.name, 'regencyCode', s.regency_code) AS supplier,
         jsonb_build_object('code', cs.code, 'kind', cs.kind, 'nameId', cs.name_id, 'nameEn', cs.name_en,
                            'typicalDays', cs.typical_days, 'hasFee', cs.has_fee, 'issues', cs.issues,
                            'evidenceValidMonths', cs.evidence_valid_months) AS service,
         CASE WHEN c.id IS NOT NULL THEN jsonb_build_object(
           'certificationId', c.id, 'code', c.code, 'nameId', cert.name_id, 'nameEn', cert.name_en,
           'number', c.number, 'validFrom', c.valid_from, 'validUntil', c.valid_until) END AS evidence
    FROM service_requests r
    JOIN suppliers s ON s.id = r.supplier_id
    JOIN centre_services cs ON cs.code = r.service_code
    LEFT JOIN supplier_certifications c ON c.id = r.certification_id
    LEFT JOIN certifications cert ON cert.code = c.code`;

@Injectable()
export class ServiceRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(id: string, manager?: EntityManager): Promise<ServiceRequestView | undefined> {
    const rows = await (manager ?? this.dataSource.manager).query<ServiceRequestView[]>(
      `${VIEW} WHERE r.id = $1 AND s.deleted_at IS NULL`,
      [id],
    );
    return rows[0];
  }

  /** The request's row, locked for the rest of the transaction; undefined when it does not exist. */
  async lock(manager: EntityManager, id: string): Promise<{ supplierId: string } | undefined> {
    const rows = await manager.query<{ supplierId: string }[]>(
      `SELECT r.supplier_id AS "supplierId" FROM service_requests r JOIN suppliers s ON s.id = r.supplier_id
        WHERE r.id = $1 AND s.deleted_at IS NULL FOR UPDATE OF r`,
      [id],
    );
    return rows[0];
  }

  /** Longest in its state first: the queue a curator works through. */
  async list(filter: ServiceRequestFilter, page: number, limit: number) {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = ['s.deleted_at IS NULL'];
    if (filter.memberUserId !== null) {
      where.push(
        `EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = s.id AND m.user_id = ${p(filter.memberUserId)})`,
      );
    }
    if (filter.statuses?.length) where.push(`r.status = ANY (${p(filter.statuses)})`);
    if (filter.supplierId) where.push(`r.supplier_id = ${p(filter.supplierId)}`);
    if (filter.serviceCode) where.push(`r.service_code = ${p(filter.serviceCode)}`);
    if (filter.regencyCode) where.push(`s.regency_code = ${p(filter.regencyCode)}`);
    const condition = where.join(' AND ');
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<ServiceRequestView[]>(
        `${VIEW} WHERE ${condition} ORDER BY r.status_since, r.id LIMIT ${p(limit)} OFFSET ${p((page - 1) * limit)}`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM service_requests r JOIN suppliers s ON s.id = r.supplier_id WHERE ${condition}`,
        params.slice(0, params.length - 2),
      ),
    ]);
    return { items, total };
  }

  /** Inserts the request and its first history row; 23505 on service_requests_active_unique when one is under way. */
  async insert(
    manager: EntityManager,
    request: { supplierId: string; serviceCode: string; note: string | null; requestedBy: string },
  ): Promise<string> {
    const { identifiers } = await manager.insert(ServiceRequest, request);
    const id = identifiers[0].id as string;
    await this.insertEvent(manager, {
      serviceRequestId: id,
      type: 'request',
      actorUserId: request.requestedBy,
      fromStatus: null,
      toStatus: 'requested',
      note: request.note,
      startsOn: null,
      endsOn: null,
    });
    return id;
  }

  async applyTransition(
    manager: EntityManager,
    id: string,
    change: Partial<
      Pick<ServiceRequest, 'status' | 'curatorId' | 'startsOn' | 'endsOn' | 'completedOn' | 'certificationId'>
    >,
  ): Promise<void> {
    await manager.update(ServiceRequest, id, {
      ...change,
      ...(change.status ? { statusSince: () => 'now()' } : {}),
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    });
  }

  async insertEvent(manager: EntityManager, event: Omit<ServiceRequestEvent, 'id' | 'createdAt'>): Promise<void> {
    await manager.insert(ServiceRequestEvent, event);
  }

  /** The history, oldest first, with whether a curator (or admin) or a member of the firm acted. */
  events(id: string) {
    return this.dataSource.query<
      {
        type: ServiceRequestEvent['type'];
        fromStatus: ServiceRequestStatus | null;
        toStatus: ServiceRequestStatus;
        by: 'curator' | 'firm';
        note: string | null;
        startsOn: string | null;
        endsOn: string | null;
        at: Date;
      }[]
    >(
      `SELECT e.type, e.from_status AS "fromStatus", e.to_status AS "toStatus",
              CASE WHEN u.role IN ('curator', 'admin') THEN 'curator' ELSE 'firm' END AS by,
              e.note, e.starts_on::text AS "startsOn", e.ends_on::text AS "endsOn", e.created_at AS at
         FROM service_request_events e JOIN users u ON u.id = e.actor_user_id
        WHERE e.service_request_id = $1 ORDER BY e.created_at, e.id`,
      [id],
    );
  }
}
