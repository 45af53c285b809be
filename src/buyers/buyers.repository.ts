import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../common/sql/patterns';
import { PortDistance, portDistancesSql } from '../estates/port-distances';
import { BuyerPlant } from './buyer-plant.entity';
import { Buyer } from './buyer.entity';

/** The columns a buyer's members write. */
export type BuyerWrite = Pick<Buyer, 'name' | 'kind' | 'description'>;
/** The columns of a plant its buyer's members write. */
export type PlantWrite = Pick<BuyerPlant, 'name' | 'regencyCode' | 'lat' | 'lng' | 'estateId'>;

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
