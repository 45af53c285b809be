import { mayAsk, overEveryObject, Permission } from '../auth/permissions';
import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/roles';
import { ProblemException, ValidationProblem, withArticle } from '../common/errors/problem';
import { requireVersion } from '../common/http/versioning';
import { Clock } from '../common/time/clock';
import { BuyersRepository } from '../buyers/buyers.repository';
import { AccessService } from '../organizations/access.service';
import { ReferenceService } from '../reference/reference.service';
import { BusinessCalendar } from '../reference/business-calendar';
import { COUNT_UNITS, type MachineNeed } from '../suppliers/supplier.entity';
import { RequestPublished } from './request-published.event';
import { weightErrors } from './score-weights';
import type {
  CreateSourcingRequestDto,
  SourcingRequestDto,
  SourcingRequestListDto,
  SourcingRequestQuery,
  UpdateSourcingRequestDto,
} from './dto/sourcing-request.dto';
import type { RequestStatus } from './sourcing-request.entity';
import {
  RequestVisibility,
  SourcingRequestsRepository,
  SourcingRequestWrite,
  StoredRequest,
} from './sourcing-requests.repository';
import { text } from '../common/i18n/text';

/** Open requests are visible to IKM owners (without the private fields); the rest to the buyer's members and staff. */
const openToOwners = (user: AuthUser, status: RequestStatus): boolean =>
  status === 'open' && mayAsk(user.role, Permission.RequestBrowseOpen);
const EDITABLE: RequestStatus[] = ['draft', 'open'];

@Injectable()
export class SourcingRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: SourcingRequestsRepository,
    private readonly buyers: BuyersRepository,
    private readonly access: AccessService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
    private readonly calendar: BusinessCalendar,
  ) {}

  /** The request as the API shows it, with the business days left to respond until it closes. */
  private respond(request: StoredRequest, maySeePrivate: boolean): SourcingRequestDto {
    const daysLeft =
      EDITABLE.includes(request.status) && request.dueDate
        ? this.calendar.daysThrough(this.clock.today(), request.dueDate)
        : null;
    return toRequestResponse(request, maySeePrivate, daysLeft);
  }

  async create(user: AuthUser, body: CreateSourcingRequestDto): Promise<SourcingRequestDto> {
    await this.checkFields(body);
    requirePlantForDistance(body.plantId ?? null, body.maxDistanceKm ?? null);
    requireCountUnitForWeight(body.unit, body.partWeightKg ?? null);
    return this.dataSource.transaction(async (manager) => {
      const buyer = await this.buyers.find(body.buyerId, manager);
      if (!buyer) throw new NotFoundException('Buyer not found.');
      await this.access.requireAccess(user, Permission.RequestCreate, body.buyerId, { manager });
      await this.checkPlant(manager, body.buyerId, body.plantId);
      const write = toRequestWrite(body);
      const id = await this.requests.insert(manager, body.buyerId, user.id, {
        ...(write as SourcingRequestWrite),
        plantId: write.plantId ?? null,
        description: write.description ?? null,
        materials: write.materials ?? [],
        requiredCertifications: write.requiredCertifications ?? [],
        maxDistanceKm: write.maxDistanceKm ?? null,
        partWeightKg: write.partWeightKg ?? null,
        machineNeed: write.machineNeed ?? null,
        minTkdnPercent: write.minTkdnPercent ?? null,
        verifiedOnly: write.verifiedOnly ?? false,
        tkdnCertifiedOnly: write.tkdnCertifiedOnly ?? false,
        dueDate: write.dueDate ?? null,
        internalNotes: write.internalNotes ?? null,
        targetPriceIdr: write.targetPriceIdr ?? null,
        scoreWeights: write.scoreWeights ?? null,
      });
      return this.respond((await this.requests.find(id, manager))!, true);
    });
  }

  async list(user: AuthUser, query: SourcingRequestQuery): Promise<SourcingRequestListDto> {
    const visibility: RequestVisibility = overEveryObject(user.role, Permission.RequestRead)
      ? { kind: 'all' }
      : mayAsk(user.role, Permission.RequestBrowseOpen)
        ? { kind: 'open' }
        : { kind: 'member', userId: user.id };
    const { items, total } = await this.requests.list(
      visibility,
      {
        q: query.q,
        statuses: query.status,
        buyerId: query.buyerId,
        partCategory: query.partCategory,
        process: query.process,
      },
      query.sort ?? 'newest',
      query.page,
      query.limit,
    );
    return {
      items: items.map((row) => this.respond(row, visibility.kind !== 'open')),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  async get(user: AuthUser, id: string): Promise<SourcingRequestDto> {
    const row = await this.requests.find(id);
    if (!row) throw new NotFoundException('Not found.');
    const { isMember } = await this.access.requireAccess(user, Permission.RequestRead, row.buyerId, {
      visibleToAll: openToOwners(user, row.status),
    });
    return this.respond(row, isMember || overEveryObject(user.role, Permission.RequestRead));
  }

  async update(
    user: AuthUser,
    id: string,
    body: UpdateSourcingRequestDto,
    ifMatch?: string,
  ): Promise<SourcingRequestDto> {
    // Checked before the transaction: on the embedded database its one connection is the transaction's.
    await this.checkFields(body);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, user, id);
      requireVersion(current.version, body.expectedVersion, ifMatch, 'The request');
      requireState(current, EDITABLE, 'edited');
      requirePlantForDistance(
        body.plantId === undefined ? current.plantId : body.plantId,
        body.maxDistanceKm === undefined ? current.maxDistanceKm : body.maxDistanceKm,
      );
      requireCountUnitForWeight(
        body.unit ?? current.unit,
        body.partWeightKg === undefined ? current.partWeightKg : body.partWeightKg,
      );
      if (body.plantId) await this.checkPlant(manager, current.buyerId, body.plantId);
      await this.requests.update(manager, id, toRequestWrite(body));
      return this.respond((await this.requests.find(id, manager))!, true);
    });
  }

  async publish(user: AuthUser, id: string): Promise<SourcingRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, user, id);
      requireState(current, ['draft'], 'published');
      if (current.dueDate && current.dueDate < this.clock.today()) {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'due-date-passed',
          `The due date ${current.dueDate} has passed; move it before publishing.`,
        );
      }
      await this.requests.setStatus(manager, id, 'open');
      await this.events.emitAsync(RequestPublished.NAME, new RequestPublished(manager, id));
      return this.respond((await this.requests.find(id, manager))!, true);
    });
  }

  async close(user: AuthUser, id: string): Promise<SourcingRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, user, id);
      requireState(current, ['open'], 'closed');
      await this.requests.setStatus(manager, id, 'closed', 'buyer');
      return this.respond((await this.requests.find(id, manager))!, true);
    });
  }

  /** Locks a request that only its buyer's members may change: 404 when invisible, 403 when only visible. */
  private async lockForChange(manager: EntityManager, user: AuthUser, id: string): Promise<StoredRequest> {
    const row = await this.requests.find(id, manager, true);
    if (!row) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.RequestUpdate, row.buyerId, {
      visibleToAll: openToOwners(user, row.status),
      manager,
    });
    return row;
  }

  /** Codes exist and the due date is not past. */
  private async checkFields(body: UpdateSourcingRequestDto): Promise<void> {
    const errors = await this.reference.unknownCodeErrors({
      processes: body.processes ?? undefined,
      materials: body.materials ?? undefined,
      certifications: body.requiredCertifications ?? undefined,
    });
    for (const error of errors) error.field = error.field.replace(/^certifications/, 'requiredCertifications');
    // The single codes (part category, machine process) in one more look-up.
    const singles = await this.reference.unknownCodeErrors({
      productCategories: body.partCategory ? [body.partCategory] : undefined,
      processes: body.machineNeed ? [body.machineNeed.process] : undefined,
    });
    for (const { field, message } of singles) {
      errors.push({ field: field.startsWith('processes') ? 'machineNeed.process' : 'partCategory', message });
    }
    if (body.dueDate && body.dueDate < this.clock.today()) {
      errors.push({ field: 'dueDate', message: text('validation.dueDateInPast') });
    }
    if (body.machineNeed) {
      const { minTonnage, minBedLengthMm, minBedWidthMm } = body.machineNeed;
      if (minTonnage == null && minBedLengthMm == null && minBedWidthMm == null) {
        errors.push({ field: 'machineNeed', message: text('validation.machineNeedEmpty') });
      }
    }
    if (body.scoreWeights) {
      errors.push(...weightErrors(body.scoreWeights).map((message) => ({ field: 'scoreWeights', message })));
    }
    if (errors.length) throw new ValidationProblem(errors);
  }

  private async checkPlant(manager: EntityManager, buyerId: string, plantId: string | null | undefined) {
    if (!plantId) return;
    const plant = await this.buyers.findPlant(buyerId, plantId, manager);
    if (!plant || plant.retiredAt) {
      throw new ValidationProblem([{ field: 'plantId', message: text('validation.plantNotActive') }]);
    }
  }
}

/** A distance limit needs a plant to measure from. */
function requirePlantForDistance(plantId: string | null, maxDistanceKm: number | null | undefined): void {
  if (maxDistanceKm != null && !plantId) {
    throw new ValidationProblem([{ field: 'maxDistanceKm', message: text('validation.distanceNeedsPlant') }]);
  }
}

/** A machine need as stored: the limits given, none left undefined. */
function machineNeedOf(need: MachineNeed): MachineNeed {
  return {
    process: need.process,
    minTonnage: need.minTonnage ?? null,
    minBedLengthMm: need.minBedLengthMm ?? null,
    minBedWidthMm: need.minBedWidthMm ?? null,
  };
}

function requireCountUnitForWeight(unit: string, partWeightKg: number | null): void {
  if (partWeightKg !== null && !COUNT_UNITS.includes(unit)) {
    throw new ValidationProblem([{ field: 'partWeightKg', message: text('validation.partWeightUnit') }]);
  }
}

function requireState(row: StoredRequest, allowed: RequestStatus[], action: string): void {
  if (!allowed.includes(row.status)) {
    throw new ProblemException(
      HttpStatus.CONFLICT,
      'wrong-state',
      `${withArticle(row.status)} request cannot be ${action}.`,
      { currentState: row.status },
    );
  }
}

/**
 * The one place a request becomes a response, field by field (so a new column is not published by accident):
 * private fields only for those who may see them.
 */
function toRequestResponse(
  request: StoredRequest,
  maySeePrivate: boolean,
  businessDaysLeft: number | null,
): SourcingRequestDto {
  const { plant } = request;
  const visible: SourcingRequestDto = {
    id: request.id,
    buyerId: request.buyerId,
    buyerName: request.buyer.name,
    plantId: request.plantId,
    plant: plant && {
      id: plant.id,
      name: plant.name,
      regencyCode: plant.regencyCode,
      location: { lat: plant.lat, lng: plant.lng },
      estateId: plant.estateId,
      retired: plant.retiredAt !== null,
    },
    title: request.title,
    description: request.description,
    partCategory: request.partCategory,
    processes: request.processes,
    materials: request.materials,
    requiredCertifications: request.requiredCertifications,
    annualVolume: request.annualVolume,
    unit: request.unit,
    partWeightKg: request.partWeightKg,
    machineNeed: request.machineNeed,
    maxDistanceKm: request.maxDistanceKm,
    minTkdnPercent: request.minTkdnPercent,
    verifiedOnly: request.verifiedOnly,
    tkdnCertifiedOnly: request.tkdnCertifiedOnly,
    dueDate: request.dueDate,
    businessDaysLeft,
    status: request.status,
    publishedAt: request.publishedAt,
    closedAt: request.closedAt,
    closedReason: request.closedReason,
    scoreWeights: request.scoreWeights,
    version: request.version,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
  return maySeePrivate
    ? { ...visible, internalNotes: request.internalNotes, targetPriceIdr: request.targetPriceIdr }
    : visible;
}

/** Request fields to columns; fields left out stay undefined, so an update leaves them alone. */
function toRequestWrite(body: UpdateSourcingRequestDto): Partial<SourcingRequestWrite> {
  return {
    plantId: body.plantId,
    title: body.title?.trim(),
    description: body.description,
    partCategory: body.partCategory,
    processes: body.processes && [...new Set(body.processes)],
    materials: body.materials && [...new Set(body.materials)],
    requiredCertifications: body.requiredCertifications && [...new Set(body.requiredCertifications)],
    annualVolume: body.annualVolume,
    unit: body.unit,
    partWeightKg: body.partWeightKg,
    machineNeed: body.machineNeed && machineNeedOf(body.machineNeed),
    maxDistanceKm: body.maxDistanceKm,
    minTkdnPercent: body.minTkdnPercent,
    verifiedOnly: body.verifiedOnly,
    tkdnCertifiedOnly: body.tkdnCertifiedOnly,
    dueDate: body.dueDate,
    internalNotes: body.internalNotes,
    targetPriceIdr: body.targetPriceIdr,
    scoreWeights: body.scoreWeights,
  };
}
