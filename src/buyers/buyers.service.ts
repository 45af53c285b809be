import { overEveryObject, Permission } from '../auth/permissions';
import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/roles';
import { FieldError, ProblemException, ValidationProblem } from '../common/errors/problem';
import { requireVersion } from '../common/http/versioning';
import { EstatesService } from '../estates/estates.service';
import { AccessService } from '../organizations/access.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ReferenceService, unknownRegency } from '../reference/reference.service';
import type {
  BuyerDto,
  BuyerListDto,
  BuyerQuery,
  CreateBuyerDto,
  PlantDto,
  PlantResponseDto,
  UpdateBuyerDto,
  UpdatePlantDto,
} from './dto/buyer.dto';
import { BuyerRow, BuyersRepository, PlantRow, PlantWrite } from './buyers.repository';
import { PLANT_POINTS_LIMIT, type PlantPointListDto, type PlantPointsQuery } from './dto/plant-points.dto';
import { parseNear } from '../common/http/near-query';

/** Buyers are private to their members; curators and admins read them all; only members change them. */

@Injectable()
export class BuyersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly buyers: BuyersRepository,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
    private readonly reference: ReferenceService,
    private readonly estates: EstatesService,
  ) {}

  async create(user: AuthUser, body: CreateBuyerDto): Promise<BuyerDto> {
    const plants = body.plants ?? [];
    const errors = (await Promise.all(plants.map((plant, i) => this.plantErrors(plant, `plants[${i}].`)))).flat();
    if (errors.length) throw new ValidationProblem(errors);
    return this.dataSource.transaction(async (manager) => {
      const id = await this.organizations.create(manager, 'buyer', user);
      await this.buyers.insert(manager, id, {
        name: body.name.trim(),
        kind: body.kind,
        description: body.description ?? null,
      });
      for (const plant of plants) await this.buyers.insertPlant(manager, id, toPlantWrite(plant) as PlantWrite);
      return toBuyerResponse((await this.buyers.find(id, manager))!);
    });
  }

  async list(user: AuthUser, query: BuyerQuery): Promise<BuyerListDto> {
    const memberOf = overEveryObject(user.role, Permission.BuyerList) ? null : user.id;
    const { items, total } = await this.buyers.list(memberOf, query.q?.trim() || undefined, query.page, query.limit);
    return { items: items.map(toBuyerResponse), total, page: query.page, limit: query.limit };
  }

  /**
   * Active plants on a map. Staff see every one; others the plants in an industrial estate, which the
   * estate lists as its tenants anyway, and their own buyers' plants elsewhere, which stay private.
   */
  async plantPoints(user: AuthUser, query: PlantPointsQuery): Promise<PlantPointListDto> {
    const { near, errors } = parseNear(query);
    if (errors.length) throw new ValidationProblem(errors);
    const result = await this.buyers.plantPoints(
      {
        visibleTo: overEveryObject(user.role, Permission.PlantLocations) ? null : user.id,
        regency: query.regency,
        estateId: query.estateId,
        near,
        radiusKm: query.radiusKm,
      },
      PLANT_POINTS_LIMIT,
    );
    return { ...result, limit: PLANT_POINTS_LIMIT };
  }

  async get(user: AuthUser, id: string): Promise<BuyerDto> {
    const buyer = await this.buyers.find(id);
    if (!buyer) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.BuyerRead, id);
    return toBuyerResponse(buyer);
  }

  async update(user: AuthUser, id: string, body: UpdateBuyerDto, ifMatch?: string): Promise<BuyerDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, user, id);
      requireVersion(current.version, body.expectedVersion, ifMatch, 'The buyer');
      await this.buyers.update(manager, id, {
        name: body.name?.trim(),
        kind: body.kind,
        description: body.description,
      });
      return toBuyerResponse((await this.buyers.find(id, manager))!);
    });
  }

  async addPlant(user: AuthUser, buyerId: string, body: PlantDto): Promise<PlantResponseDto> {
    const errors = await this.plantErrors(body, '');
    if (errors.length) throw new ValidationProblem(errors);
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, user, buyerId);
      const plantId = await this.buyers.insertPlant(manager, buyerId, toPlantWrite(body) as PlantWrite);
      return toPlantResponse((await this.buyers.findPlant(buyerId, plantId, manager))!);
    });
  }

  async updatePlant(user: AuthUser, buyerId: string, plantId: string, body: UpdatePlantDto): Promise<PlantResponseDto> {
    const errors = await this.plantErrors(body, '');
    if (errors.length) throw new ValidationProblem(errors);
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, user, buyerId);
      const current = await this.activePlant(manager, buyerId, plantId);
      // Half of the pair changes: the other half is the plant's (both new were checked above).
      if (!body.regencyCode !== !body.location) {
        const location = body.location ?? { lat: current.lat, lng: current.lng };
        const field = body.location ? 'location' : 'regencyCode';
        const pairErrors = await this.reference.locationErrors(
          body.regencyCode ?? current.regencyCode,
          location,
          field,
          manager,
        );
        if (pairErrors.length) throw new ValidationProblem(pairErrors);
      }
      await this.buyers.updatePlant(manager, plantId, toPlantWrite(body));
      return toPlantResponse((await this.buyers.findPlant(buyerId, plantId, manager))!);
    });
  }

  /** A retired plant stays on the requests that name it but cannot be named by new ones. */
  async retirePlant(user: AuthUser, buyerId: string, plantId: string): Promise<PlantResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, user, buyerId);
      await this.activePlant(manager, buyerId, plantId);
      await this.buyers.retirePlant(manager, plantId);
      return toPlantResponse((await this.buyers.findPlant(buyerId, plantId, manager))!);
    });
  }

  /** Locks the buyer for a change by one of its members; 404 when invisible, 403 for staff who may only read. */
  private async lock(manager: EntityManager, user: AuthUser, id: string): Promise<BuyerRow> {
    const buyer = await this.buyers.find(id, manager, true);
    if (!buyer) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.BuyerUpdate, id, { manager });
    return buyer;
  }

  private async activePlant(manager: EntityManager, buyerId: string, plantId: string): Promise<PlantRow> {
    const plant = await this.buyers.findPlant(buyerId, plantId, manager);
    if (!plant) throw new NotFoundException('Not found.');
    if (plant.retiredAt) {
      throw new ProblemException(
        HttpStatus.CONFLICT,
        'plant-retired',
        'This plant is retired and can no longer change.',
      );
    }
    return plant;
  }

  private async plantErrors(plant: UpdatePlantDto, prefix: string): Promise<FieldError[]> {
    const errors = await this.estates.checkExists(plant.estateId, `${prefix}estateId`);
    if (plant.regencyCode && !(await this.reference.findRegency(plant.regencyCode))) {
      errors.push(unknownRegency(`${prefix}regencyCode`, plant.regencyCode));
    } else if (plant.regencyCode && plant.location) {
      errors.push(...(await this.reference.locationErrors(plant.regencyCode, plant.location, `${prefix}location`)));
    }
    return errors;
  }
}

function toBuyerResponse(buyer: BuyerRow): BuyerDto {
  return {
    id: buyer.id,
    name: buyer.name,
    kind: buyer.kind,
    description: buyer.description,
    version: buyer.version,
    createdAt: buyer.createdAt,
    updatedAt: buyer.updatedAt,
    plants: buyer.plants.map(toPlantResponse),
  };
}

function toPlantResponse(plant: PlantRow): PlantResponseDto {
  return {
    id: plant.id,
    name: plant.name,
    regencyCode: plant.regencyCode,
    location: { lat: plant.lat, lng: plant.lng },
    estateId: plant.estateId,
    retiredAt: plant.retiredAt,
    ports: plant.ports,
  };
}

function toPlantWrite(plant: UpdatePlantDto): Partial<PlantWrite> {
  return {
    name: plant.name?.trim(),
    regencyCode: plant.regencyCode,
    lat: plant.location?.lat,
    lng: plant.location?.lng,
    estateId: plant.estateId,
  };
}
