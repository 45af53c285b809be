import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updateRow } from '../common/sql/update';
import type { CapacityDto, MachineDto, Verification } from './dto/supplier.dto';

export interface SupplierRow {
  id: string;
  name: string;
  nib: string | null;
  npwp: string | null;
  kbli: string[];
  sizeClass: 'micro' | 'small' | 'medium' | null;
  description: string;
  regencyCode: string;
  address: string;
  lat: number;
  lng: number;
  estateId: string | null;
  processes: string[];
  materials: string[];
  productCategories: string[];
  monthlyCapacityQuantity: number | null;
  monthlyCapacityUnit: CapacityDto['unit'] | null;
  employees: number | null;
  tkdnPercent: number | null;
  machines: MachineDto[];
  contactPhone: string;
  contactEmail: string;
  verification: Verification;
  verificationReason: string | null;
  verifiedBy: string | null;
  verifiedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The writable columns, by their property names; everything else is kept by the database. */
export type SupplierWrite = Omit<
  SupplierRow,
  'id' | 'verification' | 'verificationReason' | 'verifiedBy' | 'verifiedAt' | 'version' | 'createdAt' | 'updatedAt'
>;

const COLUMN_OF: Record<keyof SupplierWrite, string> = {
  name: 'name',
  nib: 'nib',
  npwp: 'npwp',
  kbli: 'kbli',
  sizeClass: 'size_class',
  description: 'description',
  regencyCode: 'regency_code',
  address: 'address',
  lat: 'lat',
  lng: 'lng',
  estateId: 'estate_id',
  processes: 'processes',
  materials: 'materials',
  productCategories: 'product_categories',
  monthlyCapacityQuantity: 'monthly_capacity_quantity',
  monthlyCapacityUnit: 'monthly_capacity_unit',
  employees: 'employees',
  tkdnPercent: 'tkdn_percent',
  machines: 'machines',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
};

export const SUPPLIER_COLUMNS = `s.id, s.name, s.nib, s.npwp, s.kbli, s.size_class AS "sizeClass", s.description,
  s.regency_code AS "regencyCode", s.address, s.lat, s.lng, s.estate_id AS "estateId", s.processes, s.materials,
  s.product_categories AS "productCategories", s.monthly_capacity_quantity::float8 AS "monthlyCapacityQuantity",
  s.monthly_capacity_unit AS "monthlyCapacityUnit", s.employees, s.tkdn_percent::float8 AS "tkdnPercent", s.machines,
  s.contact_phone AS "contactPhone", s.contact_email AS "contactEmail", s.verification,
  s.verification_reason AS "verificationReason", s.verified_by AS "verifiedBy", s.verified_at AS "verifiedAt",
  s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/** jsonb columns are sent as JSON text; arrays and scalars go as they are; undefined stays undefined. */
const toParam = (key: keyof SupplierWrite, value: unknown) =>
  key === 'machines' && value !== undefined ? JSON.stringify(value) : value;

@Injectable()
export class SuppliersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, id: string, supplier: SupplierWrite): Promise<void> {
    await this.insertMany(manager, [{ id, supplier }]);
  }

  /** Multi-row inserts, a few hundred rows a statement, for imports. Fields left undefined take the column default. */
  async insertMany(manager: EntityManager, entries: { id: string; supplier: SupplierWrite }[]): Promise<void> {
    const keys = Object.keys(COLUMN_OF) as (keyof SupplierWrite)[];
    for (let start = 0; start < entries.length; start += 500) {
      const params: unknown[] = [];
      const bind = (value: unknown) => (value === undefined ? 'DEFAULT' : `$${params.push(value)}`);
      const rows = entries
        .slice(start, start + 500)
        .map(({ id, supplier }) => `(${[bind(id), ...keys.map((k) => bind(toParam(k, supplier[k])))].join(', ')})`);
      await manager.query(
        `INSERT INTO suppliers (id, ${keys.map((k) => COLUMN_OF[k]).join(', ')}) VALUES ${rows.join(', ')}`,
        params,
      );
    }
  }

  /** Active suppliers with these NIBs; locked when `forUpdate`. */
  findActiveByNibs(manager: EntityManager, nibs: string[], forUpdate: boolean): Promise<SupplierRow[]> {
    return manager.query(
      `SELECT ${SUPPLIER_COLUMNS} FROM suppliers s WHERE s.nib = ANY ($1) AND s.deleted_at IS NULL${forUpdate ? ' FOR UPDATE' : ''}`,
      [nibs],
    );
  }

  /** One chunk of active suppliers after `afterId`, in id order, for streaming exports. */
  exportChunk(afterId: string | null, limit: number): Promise<SupplierRow[]> {
    return this.dataSource.query(
      `SELECT ${SUPPLIER_COLUMNS} FROM suppliers s
        WHERE s.deleted_at IS NULL AND ($1::uuid IS NULL OR s.id > $1) ORDER BY s.id LIMIT $2`,
      [afterId, limit],
    );
  }

  /** Active (not deleted) suppliers only. Lock it with `forUpdate` inside a transaction that will change it. */
  async findActive(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<SupplierRow | undefined> {
    const [row] = await manager.query<SupplierRow[]>(
      `SELECT ${SUPPLIER_COLUMNS} FROM suppliers s WHERE s.id = $1 AND s.deleted_at IS NULL${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  async findActiveIdByNib(nib: string, manager: EntityManager = this.dataSource.manager): Promise<string | undefined> {
    const [row] = await manager.query<{ id: string }[]>(
      'SELECT id FROM suppliers WHERE nib = $1 AND deleted_at IS NULL',
      [nib],
    );
    return row?.id;
  }

  /** Applies the changes and bumps the version; the caller holds the row lock and checked the version. */
  async update(manager: EntityManager, id: string, changes: Partial<SupplierWrite>): Promise<void> {
    await updateRow(manager, 'suppliers', id, changes, COLUMN_OF, { toParam });
  }

  async setVerification(
    manager: EntityManager,
    id: string,
    verification: { state: Verification; reason: string | null; curatorId: string | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE suppliers SET verification = $2, verification_reason = $3, verified_by = $4,
              verified_at = CASE WHEN $2 = 'unverified' THEN NULL ELSE now() END,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, verification.state, verification.reason, verification.curatorId],
    );
  }

  async softDelete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      'UPDATE suppliers SET deleted_at = now(), version = version + 1, updated_at = now() WHERE id = $1',
      [id],
    );
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
  findLikelyDuplicates(supplier: Pick<SupplierRow, 'id' | 'name' | 'regencyCode'>, limit = 10) {
    return this.dataSource.query<{ id: string; name: string; nib: string | null; similarity: number }[]>(
      `SELECT id, name, nib, round(similarity(lower(name), lower($2))::numeric, 2)::float8 AS similarity
         FROM suppliers
        WHERE deleted_at IS NULL AND id <> $1 AND regency_code = $3 AND lower(name) % lower($2)
        ORDER BY similarity DESC, id LIMIT $4`,
      [supplier.id, supplier.name, supplier.regencyCode, limit],
    );
  }
}
