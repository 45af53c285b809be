import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { Supplier, type SupplierSource, type SupplierWrite, type Verification } from './supplier.entity';
import { heldCertificateSql } from './held-certificate';

/** Rows per INSERT of an import: well under PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 500;
/** Every change bumps the version (optimistic concurrency) and stamps the time. */
const CHANGED = { version: () => 'version + 1', updatedAt: () => 'now()' } as const;
const withoutUndefined = <T extends object>(changes: T): Partial<T> =>
  Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;

@Injectable()
export class SuppliersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, id: string, supplier: SupplierWrite): Promise<void> {
    await this.insertMany(manager, [{ id, supplier }]);
  }

  /** Multi-row inserts for imports; fields left undefined take the column default. */
  async insertMany(
    manager: EntityManager,
    entries: { id: string; supplier: SupplierWrite }[],
    source: SupplierSource = 'self_registered',
  ): Promise<void> {
    for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Supplier)
        .values(entries.slice(start, start + INSERT_CHUNK).map(({ id, supplier }) => ({ id, ...supplier, source })))
        .updateEntity(false)
        .execute();
    }
  }

  /** Active suppliers with these NIBs; locked when `forUpdate`. */
  findActiveByNibs(manager: EntityManager, nibs: string[], forUpdate: boolean): Promise<Supplier[]> {
    return manager.find(Supplier, {
      where: { nib: In(nibs), deletedAt: IsNull() },
      lock: forUpdate ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  /** One chunk of active suppliers after `afterId`, in id order, for streaming exports. */
  exportChunk(afterId: string | null, limit: number): Promise<Supplier[]> {
    return this.dataSource.manager.find(Supplier, {
      where: { deletedAt: IsNull(), ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** The certificates each supplier holds today (heldCertificateSql), by code, verified when any of them is. */
  async heldCertificates(ids: string[], today: string): Promise<Map<string, { code: string; verified: boolean }[]>> {
    const rows = await this.dataSource.query<{ supplierId: string; code: string; verified: boolean }[]>(
      `SELECT c.supplier_id AS "supplierId", c.code, bool_or(c.status = 'verified') AS verified
         FROM supplier_certifications c
        WHERE c.supplier_id = ANY ($1::uuid[]) AND ${heldCertificateSql('$2')}
        GROUP BY c.supplier_id, c.code ORDER BY c.supplier_id, c.code`,
      [ids, today],
    );
    const held = new Map<string, { code: string; verified: boolean }[]>();
    for (const { supplierId, code, verified } of rows)
      held.set(supplierId, [...(held.get(supplierId) ?? []), { code, verified }]);
    return held;
  }

  /** Active (not deleted) suppliers only. Lock it with `forUpdate` inside a transaction that will change it. */
  findActive(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<Supplier | null> {
    return manager.findOne(Supplier, {
      where: { id, deletedAt: IsNull() },
      lock: forUpdate ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  async findActiveIdByNib(nib: string, manager: EntityManager = this.dataSource.manager): Promise<string | undefined> {
    const row = await manager.findOne(Supplier, { select: { id: true }, where: { nib, deletedAt: IsNull() } });
    return row?.id;
  }

  /** Applies the changes and bumps the version; the caller holds the row lock and checked the version. */
  async update(manager: EntityManager, id: string, changes: Partial<SupplierWrite>): Promise<void> {
    await manager.update(Supplier, id, { ...withoutUndefined(changes), ...CHANGED });
  }

  async setVerification(
    manager: EntityManager,
    id: string,
    verification: {
      state: Verification;
      reason: string | null;
      curatorId: string | null;
      /** With unverified after a member's edit: the claims it changed. */
      changedClaims?: string[];
    },
  ): Promise<void> {
    const waiting = verification.state === 'unverified';
    await manager.update(Supplier, id, {
      verification: verification.state,
      verificationReason: verification.reason,
      verifiedBy: verification.curatorId,
      verifiedAt: waiting ? null : () => 'now()',
      // Entering the queue starts the wait; a verdict ends it and what it had to check.
      waitingSince: waiting ? () => 'now()' : null,
      verificationChanges: waiting ? (verification.changedClaims ?? []) : [],
      ...CHANGED,
    });
  }

  /** Claims changed again while the profile waits for its next verdict: the curator checks them all. */
  async addVerificationChanges(manager: EntityManager, id: string, claims: string[]): Promise<void> {
    await manager.query(
      `UPDATE suppliers SET verification_changes = verification_changes
         || ARRAY(SELECT c FROM unnest($2::text[]) c WHERE c <> ALL (verification_changes))
        WHERE id = $1`,
      [id, claims],
    );
  }

  /** Unverified active profiles, longest waiting first, with how many wait from each source. */
  async verificationQueue(source: SupplierSource | undefined, page: number, limit: number) {
    const waiting = `deleted_at IS NULL AND verification = 'unverified'`;
    const items = await this.dataSource.query<
      (Pick<Supplier, 'id' | 'name' | 'regencyCode' | 'source'> & { waitingSince: Date; changedClaims: string[] })[]
    >(
      `SELECT id, name, regency_code AS "regencyCode", source, waiting_since AS "waitingSince",
              verification_changes AS "changedClaims"
         FROM suppliers WHERE ${waiting} AND ($1::text IS NULL OR source = $1)
        ORDER BY waiting_since, id LIMIT $2 OFFSET $3`,
      [source ?? null, limit, (page - 1) * limit],
    );
    const counts = await this.dataSource.query<{ source: SupplierSource; count: number }[]>(
      `SELECT source, count(*)::int AS count FROM suppliers WHERE ${waiting} GROUP BY source`,
    );
    const bySource = { self_registered: 0, imported: 0 };
    for (const { source: s, count } of counts) bySource[s] = count;
    return { items, total: source ? bySource[source] : bySource.self_registered + bySource.imported, bySource };
  }

  async softDelete(manager: EntityManager, id: string): Promise<void> {
    await manager.update(Supplier, id, { deletedAt: () => 'now()', ...CHANGED });
  }

  /**
   * Folds a duplicate into the survivor: lists are united (the survivor's order
   * first), empty fields filled from the duplicate, members and certificates
   * carried over (a certificate both have stays with the duplicate), and the
   * duplicate soft-deleted with a pointer to the survivor. Both rows are locked.
   */
  async merge(manager: EntityManager, survivorId: string, duplicateId: string, curatorId: string): Promise<void> {
    await manager.query(
      `UPDATE suppliers SET deleted_at = now(), merged_into_id = $1, merged_by = $3, version = version + 1, updated_at = now()
        WHERE id = $2`,
      [survivorId, duplicateId, curatorId],
    );
    const union = (column: string) =>
      `s.${column} || ARRAY(SELECT x FROM unnest(d.${column}) x WHERE x <> ALL (s.${column}))`;
    await manager.query(
      `UPDATE suppliers s SET
         nib = coalesce(s.nib, d.nib), npwp = coalesce(s.npwp, d.npwp), size_class = coalesce(s.size_class, d.size_class),
         kbli = ${union('kbli')}, processes = ${union('processes')}, materials = ${union('materials')},
         product_categories = ${union('product_categories')},
         monthly_capacity_unit = CASE WHEN s.monthly_capacity_quantity IS NULL THEN d.monthly_capacity_unit ELSE s.monthly_capacity_unit END,
         monthly_capacity_quantity = coalesce(s.monthly_capacity_quantity, d.monthly_capacity_quantity),
         employees = coalesce(s.employees, d.employees), tkdn_percent = coalesce(s.tkdn_percent, d.tkdn_percent),
         machines = CASE WHEN s.machines = '[]'::jsonb THEN d.machines ELSE s.machines END,
         version = s.version + 1, updated_at = now()
        FROM suppliers d WHERE s.id = $1 AND d.id = $2`,
      [survivorId, duplicateId],
    );
    await manager.query(
      `UPDATE supplier_certifications c SET supplier_id = $1, updated_at = now()
        WHERE c.supplier_id = $2 AND NOT EXISTS (
          SELECT 1 FROM supplier_certifications o WHERE o.supplier_id = $1 AND o.code = c.code AND o.number = c.number)`,
      [survivorId, duplicateId],
    );
    await manager.query(
      `INSERT INTO memberships (organization_id, user_id, added_by_user_id)
       SELECT $1, user_id, $3 FROM memberships WHERE organization_id = $2 ON CONFLICT DO NOTHING`,
      [survivorId, duplicateId, curatorId],
    );
  }

  /** Active suppliers in the same regency whose names look alike (trigram similarity), most alike first. */
  findLikelyDuplicates(supplier: Pick<Supplier, 'id' | 'name' | 'regencyCode'>, limit = 10) {
    return this.dataSource.query<{ id: string; name: string; nib: string | null; similarity: number }[]>(
      `SELECT id, name, nib, round(similarity(lower(name), lower($2))::numeric, 2)::float8 AS similarity
         FROM suppliers
        WHERE deleted_at IS NULL AND id <> $1 AND regency_code = $3 AND lower(name) % lower($2)
        ORDER BY similarity DESC, id LIMIT $4`,
      [supplier.id, supplier.name, supplier.regencyCode, limit],
    );
  }
}
