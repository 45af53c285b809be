import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updateRow } from '../common/sql/update';
import { containsPattern } from '../common/sql/patterns';
import { portDistancesSql } from '../estates/port-distances';
import type { BuyerDto, BuyerKind, PlantResponseDto } from './dto/buyer.dto';

export interface BuyerWrite {
  name: string;
  kind: BuyerKind;
  description: string | null;
}
export interface PlantWrite {
  name: string;
  regencyCode: string;
  lat: number;
  lng: number;
  estateId: string | null;
}

const BUYER_COLUMNS = `b.id, b.name, b.kind, b.description, b.version, b.created_at AS "createdAt", b.updated_at AS "updatedAt"`;
const PLANT_JSON = `json_build_object('id', bp.id, 'name', bp.name, 'regencyCode', bp.regency_code,
  'location', json_build_object('lat', bp.lat, 'lng', bp.lng), 'estateId', bp.estate_id,
  'retiredAt', to_char(bp.retired_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'ports', ${portDistancesSql('bp')})`;
/** The buyer's plants as JSON, active ones first, then by name. */
const PLANTS_OF = (buyer: string) => `(SELECT coalesce(json_agg(${PLANT_JSON}
  ORDER BY bp.retired_at IS NOT NULL, lower(bp.name), bp.id), '[]'::json) FROM buyer_plants bp WHERE bp.buyer_id = ${buyer}.id)`;

const PLANT_COLUMN: Record<keyof PlantWrite, string> = {
  name: 'name',
  regencyCode: 'regency_code',
  lat: 'lat',
  lng: 'lng',
  estateId: 'estate_id',
};

@Injectable()
export class BuyersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, id: string, buyer: BuyerWrite): Promise<void> {
    await manager.query('INSERT INTO buyers (id, name, kind, description) VALUES ($1, $2, $3, $4)', [
      id,
      buyer.name,
      buyer.kind,
      buyer.description,
    ]);
  }

  async update(manager: EntityManager, id: string, changes: Partial<BuyerWrite>): Promise<void> {
    await updateRow(manager, 'buyers', id, changes, { name: 'name', kind: 'kind', description: 'description' });
  }

  /** A buyer with its plants; locked (the buyer row only) with `forUpdate` inside a transaction. */
  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<BuyerDto | undefined> {
    const [row] = await manager.query<BuyerDto[]>(
      `SELECT ${BUYER_COLUMNS}, ${PLANTS_OF('b')} AS plants FROM buyers b WHERE b.id = $1${forUpdate ? ' FOR UPDATE OF b' : ''}`,
      [id],
    );
    return row;
  }

  /** Buyers by name; only those the user is a member of unless `memberOf` is null (staff). */
  async list(memberOf: string | null, q: string | undefined, page: number, limit: number) {
    const filter = `($1::uuid IS NULL OR EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = b.id AND m.user_id = $1))
      AND ($2::text IS NULL OR unaccent(lower(b.name)) LIKE unaccent(lower($2)))`;
    const params = [memberOf, q ? containsPattern(q) : null];
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM buyers b WHERE ${filter}`,
      params,
    );
    const items = await this.dataSource.query<BuyerDto[]>(
      `SELECT ${BUYER_COLUMNS}, ${PLANTS_OF('b')} AS plants FROM buyers b WHERE ${filter}
        ORDER BY lower(b.name), b.id LIMIT $3 OFFSET $4`,
      [...params, limit, (page - 1) * limit],
    );
    return { items, total };
  }

  async insertPlant(manager: EntityManager, buyerId: string, plant: PlantWrite): Promise<string> {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO buyer_plants (buyer_id, name, regency_code, lat, lng, estate_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [buyerId, plant.name, plant.regencyCode, plant.lat, plant.lng, plant.estateId],
    );
    return id;
  }

  async updatePlant(manager: EntityManager, plantId: string, changes: Partial<PlantWrite>): Promise<void> {
    await updateRow(manager, 'buyer_plants', plantId, changes, PLANT_COLUMN, { versioned: false });
  }

  async retirePlant(manager: EntityManager, plantId: string): Promise<void> {
    await manager.query('UPDATE buyer_plants SET retired_at = now(), updated_at = now() WHERE id = $1', [plantId]);
  }

  async findPlant(
    buyerId: string,
    plantId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlantResponseDto | undefined> {
    const [row] = await manager.query<{ plant: PlantResponseDto }[]>(
      `SELECT ${PLANT_JSON} AS plant FROM buyer_plants bp WHERE bp.id = $1 AND bp.buyer_id = $2`,
      [plantId, buyerId],
    );
    return row?.plant;
  }
}
