import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updateRow } from '../common/sql/update';
import type { EstateStatus, EstateTenantsDto, PortDistanceDto } from './dto/estate.dto';
import { withinRadiusSql } from '../common/sql/geo';
import { containsPattern } from '../common/sql/patterns';
import { portDistancesSql } from './port-distances';

export interface EstateRow {
  id: string;
  name: string;
  operator: string | null;
  regencyCode: string;
  lat: number;
  lng: number;
  areaHa: number | null;
  status: EstateStatus;
  nationalStrategicProject: boolean;
  powerMva: number | null;
  waterLps: number | null;
  gas: boolean | null;
  tollAccessKm: number | null;
  portDistanceKm: number | null;
  availablePlotsHa: number | null;
  note: string | null;
  ports: PortDistanceDto[];
  tenantSuppliers: number;
  tenantPlants: number;
  distanceKm: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type EstateWrite = Pick<
  EstateRow,
  | 'name'
  | 'operator'
  | 'regencyCode'
  | 'lat'
  | 'lng'
  | 'areaHa'
  | 'status'
  | 'nationalStrategicProject'
  | 'powerMva'
  | 'waterLps'
  | 'gas'
  | 'tollAccessKm'
  | 'portDistanceKm'
  | 'availablePlotsHa'
  | 'note'
>;

const COLUMN_OF: Record<keyof EstateWrite, string> = {
  name: 'name',
  operator: 'operator',
  regencyCode: 'regency_code',
  lat: 'lat',
  lng: 'lng',
  areaHa: 'area_ha',
  status: 'status',
  nationalStrategicProject: 'national_strategic_project',
  powerMva: 'power_mva',
  waterLps: 'water_lps',
  gas: 'gas',
  tollAccessKm: 'toll_access_km',
  portDistanceKm: 'port_distance_km',
  availablePlotsHa: 'available_plots_ha',
  note: 'note',
};

const ACTIVE_SUPPLIERS_IN = (estate: string) =>
  `SELECT count(*)::int FROM suppliers s WHERE s.estate_id = ${estate}.id AND s.deleted_at IS NULL`;
const ACTIVE_PLANTS_IN = (estate: string) =>
  `SELECT count(*)::int FROM buyer_plants bp WHERE bp.estate_id = ${estate}.id AND bp.retired_at IS NULL`;

const columns = (distance: string) => `e.id, e.name, e.operator, e.regency_code AS "regencyCode", e.lat, e.lng,
  e.area_ha::float8 AS "areaHa", e.status, e.national_strategic_project AS "nationalStrategicProject",
  e.power_mva::float8 AS "powerMva", e.water_lps::float8 AS "waterLps", e.gas,
  e.toll_access_km::float8 AS "tollAccessKm", e.port_distance_km::float8 AS "portDistanceKm",
  e.available_plots_ha::float8 AS "availablePlotsHa", e.note, ${portDistancesSql('e')} AS ports,
  (${ACTIVE_SUPPLIERS_IN('e')}) AS "tenantSuppliers", (${ACTIVE_PLANTS_IN('e')}) AS "tenantPlants",
  round((${distance})::numeric, 2)::float8 AS "distanceKm", e.version, e.created_at AS "createdAt",
  e.updated_at AS "updatedAt"`;

export interface EstateSearch {
  q?: string;
  regency?: string;
  near?: { lat: number; lng: number };
  radiusKm?: number;
  page: number;
  limit: number;
}

@Injectable()
export class EstatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, id: string, estate: EstateWrite): Promise<void> {
    const keys = Object.keys(COLUMN_OF) as (keyof EstateWrite)[];
    const params: unknown[] = [id];
    // Fields left undefined take the column default.
    const values = keys.map((k) => (estate[k] === undefined ? 'DEFAULT' : `$${params.push(estate[k])}`));
    await manager.query(
      `INSERT INTO estates (id, ${keys.map((k) => COLUMN_OF[k]).join(', ')}) VALUES ($1, ${values.join(', ')})`,
      params,
    );
  }

  /** Applies the changes and bumps the version; the caller holds the row lock and checked the version. */
  async update(manager: EntityManager, id: string, changes: Partial<EstateWrite>): Promise<void> {
    await updateRow(manager, 'estates', id, changes, COLUMN_OF);
  }

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<EstateRow | undefined> {
    const [row] = await manager.query<EstateRow[]>(
      `SELECT ${columns('NULL')} FROM estates e WHERE e.id = $1${forUpdate ? ' FOR UPDATE OF e' : ''}`,
      [id],
    );
    return row;
  }

  async exists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM estates WHERE id = $1', [id]);
    return rows.length > 0;
  }

  /** Estates by name or operator (accent- and case-insensitive), regency and radius; nearest first with `near`. */
  async search(s: EstateSearch): Promise<{ items: EstateRow[]; total: number }> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = ['true'];
    let distance = 'NULL';
    if (s.q) {
      const pattern = p(containsPattern(s.q));
      where.push(
        `(unaccent(lower(e.name)) LIKE unaccent(lower(${pattern})) OR unaccent(lower(coalesce(e.operator, ''))) LIKE unaccent(lower(${pattern})))`,
      );
    }
    if (s.regency) where.push(`e.regency_code = ${p(s.regency)}`);
    if (s.near) {
      const [lat, lng] = [p(s.near.lat), p(s.near.lng)];
      distance = `geo_distance_km(${lat}, ${lng}, e.lat, e.lng)`;
      if (s.radiusKm !== undefined) {
        const radius = p(s.radiusKm);
        where.push(withinRadiusSql('e', lat, lng, radius));
      }
    }
    const filter = where.join(' AND ');
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM estates e WHERE ${filter}`,
      params,
    );
    const order = s.near ? `${distance}, e.id` : 'lower(e.name), e.id';
    const items = await this.dataSource.query<EstateRow[]>(
      `SELECT ${columns(distance)} FROM estates e WHERE ${filter} ORDER BY ${order}
        LIMIT ${p(s.limit)} OFFSET ${p((s.page - 1) * s.limit)}`,
      params,
    );
    return { items, total };
  }

  /** Who is located in the estate: active suppliers and buyers' active plants. */
  async tenants(id: string): Promise<EstateTenantsDto> {
    const suppliers = await this.dataSource.query<EstateTenantsDto['suppliers']>(
      `SELECT s.id, s.name, s.verification, s.processes FROM suppliers s
        WHERE s.estate_id = $1 AND s.deleted_at IS NULL ORDER BY lower(s.name), s.id`,
      [id],
    );
    const plants = await this.dataSource.query<EstateTenantsDto['plants']>(
      `SELECT bp.id, bp.name, b.id AS "buyerId", b.name AS "buyerName"
         FROM buyer_plants bp JOIN buyers b ON b.id = bp.buyer_id
        WHERE bp.estate_id = $1 AND bp.retired_at IS NULL ORDER BY lower(bp.name), bp.id`,
      [id],
    );
    return { suppliers, plants };
  }
}
