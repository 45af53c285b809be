import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { withinRadiusSql } from '../common/sql/geo';
import { containsPattern } from '../common/sql/patterns';
import { PortDistance, portDistancesSql } from '../estates/port-distances';
import { BuyerPlant } from './buyer-plant.entity';
import { Buyer } from './buyer.entity';

/** The columns a buyer's members write. */
export type BuyerWrite = Pick<Buyer, 'name' | 'kind' | 'description'>;
/** The columns of a plant its buyer's members write. */
export type PlantWrite = Pick<BuyerPlant, 'name' | 'regencyCode' | 'lat' | 'lng' | 'estateId'>;

/** A plant as a point on the map, with its buyer's name and, from `near`, its distance. */
export interface PlantPoint {
  id: string;
  name: string;
  buyerId: string;
  buyerName: string;
  regencyCode: string;
  estateId: string | null;
  lat: number;
  lng: number;
  distanceKm?: number;
}

export interface PlantPointSearch {
  /** Null: every active plant (staff). Else those in an estate, and this user's buyers' others. */
  visibleTo: string | null;
  regency?: string;
  estateId?: string;
  near?: { lat: number; lng: number };
  radiusKm?: number;
}

export interface PlantRow extends BuyerPlant {
  ports: PortDistance[];
}
/** A buyer with its plants, retired ones included: active ones first, then by name. */
export interface BuyerRow extends Buyer {
  plants: PlantRow[];
}

@Injectable()
export class BuyersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, id: string, buyer: BuyerWrite): Promise<void> {
    await manager.getRepository(Buyer).insert({ id, ...buyer });
  }

  /** Applies the changes and bumps the version; the caller holds the row lock and checked the version. */
  async update(manager: EntityManager, id: string, changes: Partial<BuyerWrite>): Promise<void> {
    await manager
      .getRepository(Buyer)
      .update(id, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
  }

  /** A buyer with its plants; locked (the buyer row only) with `forUpdate` inside a transaction. */
  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<BuyerRow | undefined> {
    const query = manager.getRepository(Buyer).createQueryBuilder('b').where('b.id = :id', { id });
    if (forUpdate) query.setLock('pessimistic_write');
    const buyer = await query.getOne();
    return buyer ? (await withPlants(manager, [buyer]))[0] : undefined;
  }

  /** Buyers by name; only those the user is a member of unless `memberOf` is null (staff). */
  async list(memberOf: string | null, q: string | undefined, page: number, limit: number) {
    const query = this.dataSource.getRepository(Buyer).createQueryBuilder('b');
    if (memberOf) {
      query.andWhere('EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = b.id AND m.user_id = :memberOf)', {
        memberOf,
      });
    }
    if (q) query.andWhere('unaccent(lower(b.name)) LIKE unaccent(lower(:pattern))', { pattern: containsPattern(q) });
    const [buyers, total] = await query
      .orderBy('lower(b.name)')
      .addOrderBy('b.id')
      .limit(limit)
      .offset((page - 1) * limit)
      .getManyAndCount();
    return { items: await withPlants(this.dataSource.manager, buyers), total };
  }

  async insertPlant(manager: EntityManager, buyerId: string, plant: PlantWrite): Promise<string> {
    const { identifiers } = await manager.getRepository(BuyerPlant).insert({ buyerId, ...plant });
    return identifiers[0].id as string;
  }

  async updatePlant(manager: EntityManager, plantId: string, changes: Partial<PlantWrite>): Promise<void> {
    await manager.getRepository(BuyerPlant).update(plantId, { ...changes, updatedAt: () => 'now()' });
  }

  async retirePlant(manager: EntityManager, plantId: string): Promise<void> {
    await manager.getRepository(BuyerPlant).update(plantId, { retiredAt: () => 'now()', updatedAt: () => 'now()' });
  }

  /** Active plants as points, at most `limit`: nearest first with `near`, else by name; `truncated` when more match. */
  async plantPoints(s: PlantPointSearch, limit: number): Promise<{ items: PlantPoint[]; truncated: boolean }> {
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ['bp.retired_at IS NULL'];
    if (s.visibleTo) {
      // An estate lists its tenants to everyone (GET /estates/:id/tenants); a plant elsewhere is its buyer's own.
      where.push(
        `(bp.estate_id IS NOT NULL OR EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = bp.buyer_id AND m.user_id = ${p(s.visibleTo)}))`,
      );
    }
    if (s.regency) where.push(`bp.regency_code = ${p(s.regency)}`);
    if (s.estateId) where.push(`bp.estate_id = ${p(s.estateId)}`);
    let distance = 'NULL::float8';
    if (s.near) {
      const [lat, lng] = [p(s.near.lat), p(s.near.lng)];
      distance = `geo_distance_km(${lat}, ${lng}, bp.lat, bp.lng)`;
      if (s.radiusKm !== undefined) where.push(withinRadiusSql('bp', lat, lng, p(s.radiusKm)));
    }
    const rows = await this.dataSource.query<(PlantPoint & { distanceKm: number | null })[]>(
      `SELECT bp.id, bp.name, b.id AS "buyerId", b.name AS "buyerName", bp.regency_code AS "regencyCode",
              bp.estate_id AS "estateId", bp.lat, bp.lng, round((${distance})::numeric, 2)::float8 AS "distanceKm"
         FROM buyer_plants bp JOIN buyers b ON b.id = bp.buyer_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${s.near ? distance : 'lower(bp.name)'}, bp.id
        LIMIT ${p(limit + 1)}`,
      params,
    );
    return {
      items: rows
        .slice(0, limit)
        .map(({ distanceKm, ...plant }) => (distanceKm === null ? plant : { ...plant, distanceKm })),
      truncated: rows.length > limit,
    };
  }

  async findPlant(
    buyerId: string,
    plantId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlantRow | undefined> {
    const [plant] = await withPorts(
      manager
        .getRepository(BuyerPlant)
        .createQueryBuilder('bp')
        .where('bp.id = :plantId AND bp.buyerId = :buyerId', { plantId, buyerId }),
    );
    return plant;
  }
}

/** The buyers with their plants, read in one statement for all of them. */
async function withPlants(manager: EntityManager, buyers: Buyer[]): Promise<BuyerRow[]> {
  const plants = await withPorts(
    manager
      .getRepository(BuyerPlant)
      .createQueryBuilder('bp')
      .where('bp.buyerId = ANY(:buyerIds)', { buyerIds: buyers.map((buyer) => buyer.id) })
      .orderBy('bp.retiredAt IS NOT NULL')
      .addOrderBy('lower(bp.name)')
      .addOrderBy('bp.id'),
  );
  return buyers.map((buyer) => ({ ...buyer, plants: plants.filter((plant) => plant.buyerId === buyer.id) }));
}

/** Runs the query for its plants with their distances to the seaports. */
async function withPorts(query: SelectQueryBuilder<BuyerPlant>): Promise<PlantRow[]> {
  const { entities, raw } = await query
    .addSelect(portDistancesSql('bp'), 'ports')
    .getRawAndEntities<Pick<PlantRow, 'ports'>>();
  // Without joins, the raw rows and the entities pair up by index.
  return entities.map((plant, i) => ({ ...plant, ports: raw[i].ports }));
}
