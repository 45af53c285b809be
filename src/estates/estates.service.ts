import { Permission } from '../auth/permissions';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/roles';
import { FieldError, ValidationProblem } from '../common/errors/problem';
import { parseNear } from '../common/http/near-query';
import { requireVersion } from '../common/http/versioning';
import { AccessService } from '../organizations/access.service';
import { MEMBER_ROLE } from '../organizations/organization-types';
import { OrganizationsService } from '../organizations/organizations.service';
import { ReferenceService, unknownRegency } from '../reference/reference.service';
import type {
  CreateEstateDto,
  EstateDto,
  EstateListDto,
  EstateQuery,
  EstateTenantsDto,
  UpdateEstateDto,
} from './dto/estate.dto';
import { EstateRow, EstatesRepository, EstateWrite } from './estates.repository';
import { text } from '../common/i18n/text';

/** Estates are listed for everyone signed in; their managers, curators and admins edit them. */

@Injectable()
export class EstatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly estates: EstatesRepository,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
    private readonly reference: ReferenceService,
  ) {}

  /** An estate manager who lists an estate becomes its first member; curators and admins list estates for others. */
  async create(user: AuthUser, body: CreateEstateDto): Promise<EstateDto> {
    await this.checkRegency(body.regencyCode);
    await this.checkLocation(body.regencyCode, body.location, 'location');
    checkPlots(body.areaHa, body.availablePlotsHa);
    return this.dataSource.transaction(async (manager) => {
      const id = await this.organizations.create(manager, 'estate', user.role === MEMBER_ROLE.estate ? user : null);
      await this.estates.insert(manager, id, toEstateWrite(body) as EstateWrite);
      return toEstateResponse((await this.estates.find(id, manager))!);
    });
  }

  async list(query: EstateQuery): Promise<EstateListDto> {
    const { near, errors } = parseNear(query);
    if (errors.length) throw new ValidationProblem(errors);
    const { items, total } = await this.estates.search({
      q: query.q?.trim() || undefined,
      regency: query.regency,
      near,
      radiusKm: query.radiusKm,
      page: query.page,
      limit: query.limit,
    });
    return { items: items.map(toEstateResponse), total, page: query.page, limit: query.limit };
  }

  async get(id: string): Promise<EstateDto> {
    return toEstateResponse(await this.require(id));
  }

  async tenants(id: string): Promise<EstateTenantsDto> {
    await this.require(id);
    return this.estates.tenants(id);
  }

  async update(user: AuthUser, id: string, body: UpdateEstateDto, ifMatch?: string): Promise<EstateDto> {
    if (body.regencyCode) await this.checkRegency(body.regencyCode);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.require(id, manager, true);
      await this.access.requireAccess(user, Permission.EstateUpdate, id, { manager });
      requireVersion(current.version, body.expectedVersion, ifMatch, 'The estate');
      if (body.regencyCode || body.location) {
        await this.checkLocation(
          body.regencyCode ?? current.regencyCode,
          body.location ?? { lat: current.lat, lng: current.lng },
          body.location ? 'location' : 'regencyCode',
          manager,
        );
      }
      checkPlots(
        body.areaHa === undefined ? current.areaHa : body.areaHa,
        body.availablePlotsHa === undefined ? current.availablePlotsHa : body.availablePlotsHa,
      );
      await this.estates.update(manager, id, toEstateWrite(body));
      return toEstateResponse((await this.estates.find(id, manager))!);
    });
  }

  /** 400 naming the field when an estate id given in a body does not exist. */
  async checkExists(estateId: string | null | undefined, field: string): Promise<FieldError[]> {
    if (!estateId || (await this.estates.exists(estateId))) return [];
    return [{ field, message: text('validation.unknownEstate', { estateId }) }];
  }

  private async require(id: string, manager?: EntityManager, forUpdate = false): Promise<EstateRow> {
    const row = await this.estates.find(id, manager, forUpdate);
    if (!row) throw new NotFoundException('Not found.');
    return row;
  }

  private async checkLocation(
    regencyCode: string,
    location: { lat: number; lng: number },
    field: string,
    manager?: EntityManager,
  ) {
    const errors = await this.reference.locationErrors(regencyCode, location, field, manager);
    if (errors.length) throw new ValidationProblem(errors);
  }

  private async checkRegency(code: string): Promise<void> {
    if (!(await this.reference.findRegency(code))) {
      throw new ValidationProblem([unknownRegency('regencyCode', code)]);
    }
  }
}

function checkPlots(areaHa: number | null | undefined, availablePlotsHa: number | null | undefined): void {
  if (areaHa != null && availablePlotsHa != null && availablePlotsHa > areaHa) {
    throw new ValidationProblem([{ field: 'availablePlotsHa', message: text('validation.plotsExceedArea') }]);
  }
}

function toEstateResponse(row: EstateRow): EstateDto {
  const response: EstateDto = {
    id: row.id,
    name: row.name,
    operator: row.operator,
    regencyCode: row.regencyCode,
    location: { lat: row.lat, lng: row.lng },
    areaHa: row.areaHa,
    status: row.status,
    nationalStrategicProject: row.nationalStrategicProject,
    infrastructure: {
      powerMva: row.powerMva,
      waterLps: row.waterLps,
      gas: row.gas,
      tollAccessKm: row.tollAccessKm,
      portDistanceKm: row.portDistanceKm,
    },
    availablePlotsHa: row.availablePlotsHa,
    note: row.note,
    ports: row.ports,
    tenants: { suppliers: row.tenantSuppliers, plants: row.tenantPlants },
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (row.distanceKm !== undefined) response.distanceKm = row.distanceKm;
  return response;
}

/** Request fields to columns; fields left out stay undefined, so an update leaves them alone. */
function toEstateWrite(body: UpdateEstateDto): Partial<EstateWrite> {
  const infrastructure = body.infrastructure ?? {};
  return {
    name: body.name?.trim(),
    operator: body.operator?.trim(),
    regencyCode: body.regencyCode,
    lat: body.location?.lat,
    lng: body.location?.lng,
    areaHa: body.areaHa,
    status: body.status,
    nationalStrategicProject: body.nationalStrategicProject,
    powerMva: infrastructure.powerMva,
    waterLps: infrastructure.waterLps,
    gas: infrastructure.gas,
    tollAccessKm: infrastructure.tollAccessKm,
    portDistanceKm: infrastructure.portDistanceKm,
    availablePlotsHa: body.availablePlotsHa,
    note: body.note,
  };
}
