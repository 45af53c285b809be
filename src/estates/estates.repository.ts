import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { withinRadiusSql } from '../common/sql/geo';
import { containsPattern } from '../common/sql/patterns';
import { Estate } from './estate.entity';
import { PortDistance, portDistancesSql } from './port-distances';

/** The columns an estate's editors write; the rest are its identity and what the database keeps. */
export type EstateWrite = Omit<Estate, 'id' | 'organizationType' | 'version' | 'createdAt' | 'updatedAt'>;

/** An estate with what is worked out around it: seaport distances, tenant counts and, with `near`, its distance. */
export interface EstateRow extends Estate {
  ports: PortDistance[];
  tenantSuppliers: number;
  tenantPlants: number;
  distanceKm?: number;
}

/** Who is located in an estate; rows of the suppliers' and buyers' tables, whose modules depend on this one. */
export interface EstateTenants {
  suppliers: { id: string; name: string; verification: string; processes: string[] }[];
  plants: { id: string; name: string; buyerId: string; buyerName: string }[];
}

const ACTIVE_SUPPLIERS_IN = (estate: string) =>
  `SELECT count(*)::int FROM suppliers s WHERE s.estate_id = ${estate}.id AND s.deleted_at IS NULL`;
const ACTIVE_PLANTS_IN = (estate: string) =>
  `SELECT count(*)::int FROM buyer_plants bp WHERE bp.estate_id = ${estate}.id AND bp.retired_at IS NULL`;

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

  /** Fields left undefined take the column default. */
  async insert(manager: EntityManager, id: string, estate: EstateWrite): Promise<void> {
    await manager.getRepository(Estate).insert({ id, ...estate });
  }

  /** Applies the changes and bumps the version; the caller holds the row lock and checked the version. */
  async update(manager: EntityManager, id: string, changes: Partial<EstateWrite>): Promise<void> {
    await manager
      .getRepository(Estate)
      .update(id, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
  }

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<EstateRow | undefined> {
    const query = manager.getRepository(Estate).createQueryBuilder('e').where('e.id = :id', { id });
    if (forUpdate) query.setLock('pessimistic_write');
    const [row] = await withFigures(query);
    return row;
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Estate).existsBy({ id });
  }

  /** Estates by name or operator (accent- and case-insensitive), regency and radius; nearest first with `near`. */
  async search(s: EstateSearch): Promise<{ items: EstateRow[]; total: number }> {
    const query = this.dataSource.getRepository(Estate).createQueryBuilder('e');
    if (s.q) {
      query.andWhere(
        `(unaccent(lower(e.name)) LIKE unaccent(lower(:pattern)) OR unaccent(lower(coalesce(e.operator, ''))) LIKE unaccent(lower(:pattern)))`,
        { pattern: containsPattern(s.q) },
      );
    }
    if (s.regency) query.andWhere('e.regencyCode = :regency', { regency: s.regency });
    const distance = s.near && 'geo_distance_km(:lat, :lng, e.lat, e.lng)';
    if (s.near) {
      query.setParameters(s.near);
      if (s.radiusKm !== undefined) {
        query.andWhere(`(${withinRadiusSql('e', ':lat', ':lng', ':radius')})`, { radius: s.radiusKm });
      }
    }
    const total = await query.getCount();
    query
      .orderBy(distance ?? 'lower(e.name)')
      .addOrderBy('e.id')
      .limit(s.limit)
      .offset((s.page - 1) * s.limit);
    return { items: await withFigures(query, distance), total };
  }

  /** Who is located in the estate: active suppliers and buyers' active plants. */
  async tenants(id: string): Promise<EstateTenants> {
    const suppliers = await this.dataSource.query<EstateTenants['suppliers']>(
      `SELECT s.id, s.name, s.verification, s.processes FROM suppliers s
        WHERE s.estate_id = $1 AND s.deleted_at IS NULL ORDER BY lower(s.name), s.id`,
      [id],
    );
    const plants = await this.dataSource.query<EstateTenants['plants']>(
      `SELECT bp.id, bp.name, b.id AS "buyerId", b.name AS "buyerName"
         FROM buyer_plants bp JOIN buyers b ON b.id = bp.buyer_id
        WHERE bp.estate_id = $1 AND bp.retired_at IS NULL ORDER BY lower(bp.name), bp.id`,
      [id],
    );
    return { suppliers, plants };
  }
}

/** Runs the query for its estates with their figures, worked out in the same statement. */
async function withFigures(query: SelectQueryBuilder<Estate>, distance?: string): Promise<EstateRow[]> {
  query
    .addSelect(portDistancesSql('e'), 'ports')
    .addSelect(`(${ACTIVE_SUPPLIERS_IN('e')})`, 'tenantSuppliers')
    .addSelect(`(${ACTIVE_PLANTS_IN('e')})`, 'tenantPlants');
  if (distance) query.addSelect(`round((${distance})::numeric, 2)::float8`, 'distanceKm');
  const { entities, raw } = await query.getRawAndEntities<Omit<EstateRow, keyof Estate>>();
  // Without joins, the raw rows and the entities pair up by index.
  return entities.map((estate, i) => {
    const { ports, tenantSuppliers, tenantPlants, distanceKm } = raw[i];
    return { ...estate, ports, tenantSuppliers, tenantPlants, distanceKm };
  });
}
