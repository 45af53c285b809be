import { ForbiddenException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { overEveryObject, Permission } from '../auth/permissions';
import type { AuthUser } from '../auth/roles';
import { ProblemException, ValidationProblem, withArticle, type FieldError } from '../common/errors/problem';
import { localizedName } from '../common/http/language';
import { requireVersion } from '../common/http/versioning';
import type { Language } from '../common/i18n/language';
import { text } from '../common/i18n/text';
import { addDays, Clock } from '../common/time/clock';
import { NotificationsService } from '../notifications/notifications.service';
import { AccessService } from '../organizations/access.service';
import { SupplierCertificationsService } from '../suppliers/supplier-certifications.service';
import { ReferenceService } from '../reference/reference.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { CentreServicesService, serviceRef } from './centre-services.service';
import type {
  CreateServiceRequestDto,
  ServiceRequestDetailDto,
  ServiceRequestDto,
  ServiceRequestEventDto,
  ServiceRequestListDto,
  ServiceRequestQuery,
} from './dto/service-request.dto';
import { needsReason, serviceTransition, type ServiceActor } from './service-request-state';
import { ServiceRequestsRepository, type ServiceRequestView } from './service-requests.repository';

/** Which event carries which optional fields; sent with another, they are refused by name. */
const FIELDS_OF: Record<'startsOn' | 'endsOn' | 'evidence', 'schedule' | 'complete'> = {
  startsOn: 'schedule',
  endsOn: 'schedule',
  evidence: 'complete',
};

/**
 * Firms' requests for BBSPJILM's services: a firm's members (or a curator on
 * its behalf) ask; curators schedule, start, complete or cancel; the firm may
 * cancel before the work starts. Every step is a history row and a
 * notification to the firm, in the step's transaction; completing a service
 * that produces evidence records it on the supplier as a verified certificate.
 */
@Injectable()
export class ServiceRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ServiceRequestsRepository,
    private readonly catalogue: CentreServicesService,
    private readonly suppliers: SuppliersService,
    private readonly certificates: SupplierCertificationsService,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  async create(
    user: AuthUser,
    supplierId: string,
    body: CreateServiceRequestDto,
    language: Language,
  ): Promise<ServiceRequestDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.suppliers.lockActive(manager, supplierId);
      await this.access.requireAccess(user, Permission.ServiceRequestCreate, supplierId, { manager });
      const service = await this.catalogue.requireOffered(body.serviceCode, 'serviceCode', manager);
      const note = body.note?.trim() || null;
      const created = await this.requests.insert(manager, {
        supplierId,
        serviceCode: service.code,
        note,
        requestedBy: user.id,
      });
      await this.notifyStep(manager, (await this.requests.find(created, manager))!, null);
      return created;
    });
    return present((await this.requests.find(id))!, language);
  }

  async list(user: AuthUser, query: ServiceRequestQuery, language: Language): Promise<ServiceRequestListDto> {
    const { items, total } = await this.requests.list(
      {
        memberUserId: overEveryObject(user.role, Permission.ServiceRequestRead) ? null : user.id,
        statuses: query.status,
        supplierId: query.supplierId,
        serviceCode: query.serviceCode,
        regencyCode: query.regencyCode,
      },
      query.page,
      query.limit,
    );
    return { items: items.map((row) => present(row, language)), total, page: query.page, limit: query.limit };
  }

  async get(user: AuthUser, id: string, language: Language): Promise<ServiceRequestDetailDto> {
    const request = await this.requests.find(id);
    if (!request) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.ServiceRequestRead, request.supplier.id);
    return { ...present(request, language), history: await this.requests.events(id) };
  }

  /** Applies one step under the request's row lock, so that concurrent steps are serialised. */
  async act(
    user: AuthUser,
    id: string,
    body: ServiceRequestEventDto,
    language: Language,
  ): Promise<ServiceRequestDetailDto> {
    const misplaced = (Object.keys(FIELDS_OF) as (keyof typeof FIELDS_OF)[]).filter(
      (field) => body[field] !== undefined && FIELDS_OF[field] !== body.type,
    );
    if (misplaced.length) {
      throw new ValidationProblem(
        misplaced.map((field) => ({
          field,
          message: text('validation.onlyWithEvent', { property: field, type: FIELDS_OF[field] }),
        })),
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.requests.lock(manager, id);
      if (!locked) throw new NotFoundException('Not found.');
      const { isMember } = await this.access.requireAccess(user, Permission.ServiceRequestAct, locked.supplierId, {
        manager,
      });
      const actor: ServiceActor = isMember ? 'firm' : 'curator';
      const request = (await this.requests.find(id, manager))!;
      const result = serviceTransition(request.status, body.type, actor);
      if (!result.ok && result.reason === 'role') {
        throw new ForbiddenException(
          `A ${actor === 'firm' ? 'member of the firm' : 'curator'} cannot ${body.type} a service request.`,
        );
      }
      requireVersion(request.version, body.expectedVersion, undefined, 'The service request');
      if (!result.ok) {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'wrong-state',
          `${withArticle(request.status.replace('_', ' '))} service request cannot take ${body.type}.`,
          { currentState: request.status },
        );
      }
      const note = body.note?.trim() || null;
      if (needsReason(body.type, actor) && !note) {
        throw new ValidationProblem([{ field: 'note', message: text('validation.cancelNeedsNote') }]);
      }
      const change: Parameters<ServiceRequestsRepository['applyTransition']>[2] = { status: result.status };
      if (body.type === 'schedule') Object.assign(change, this.schedule(body, request), { curatorId: user.id });
      if (body.type === 'complete') {
        change.completedOn = this.clock.today();
        change.certificationId = await this.recordEvidence(manager, user, request, body);
      }
      await this.requests.applyTransition(manager, id, change);
      await this.requests.insertEvent(manager, {
        serviceRequestId: id,
        type: body.type,
        actorUserId: user.id,
        fromStatus: request.status,
        toStatus: result.status,
        note,
        startsOn: change.startsOn ?? null,
        endsOn: change.endsOn ?? null,
      });
      await this.notifyStep(manager, (await this.requests.find(id, manager))!, note);
    });
    return this.get(user, id, language);
  }

  /** The dates of a schedule: from today on; the last day by default as long as the service usually takes. */
  private schedule(body: ServiceRequestEventDto, request: ServiceRequestView): { startsOn: string; endsOn: string } {
    const errors: FieldError[] = [];
    if (!body.startsOn) errors.push({ field: 'startsOn', message: text('validation.scheduleNeedsStart') });
    else if (body.startsOn < this.clock.today())
      errors.push({ field: 'startsOn', message: text('validation.startsBeforeToday') });
    if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) {
      errors.push({ field: 'endsOn', message: text('validation.endsBeforeStarts') });
    }
    if (errors.length) throw new ValidationProblem(errors);
    return {
      startsOn: body.startsOn!,
      endsOn: body.endsOn ?? addDays(body.startsOn!, request.service.typicalDays - 1),
    };
  }

  /**
   * The evidence a completed service produces, recorded on the supplier as a
   * verified certificate issued by BBSPJILM (so that a request asking for it,
   * verified or not, counts it); none for a service that records none.
   */
  private async recordEvidence(
    manager: EntityManager,
    user: AuthUser,
    request: ServiceRequestView,
    body: ServiceRequestEventDto,
  ): Promise<string | null> {
    const { service } = request;
    if (!service.issues) {
      if (body.evidence)
        throw new ValidationProblem([{ field: 'evidence', message: text('validation.evidenceNotRecorded') }]);
      return null;
    }
    const evidence = body.evidence;
    if (!evidence) {
      const name = await this.reference.certificateName(service.issues, manager);
      throw new ValidationProblem([{ field: 'evidence', message: text('validation.evidenceRequired', { name }) }]);
    }
    const validUntil = evidence.validUntil ?? addDays(addMonths(evidence.issuedOn, service.evidenceValidMonths!), -1);
    const errors: FieldError[] = [];
    if (evidence.issuedOn > this.clock.today()) {
      errors.push({ field: 'evidence.issuedOn', message: text('validation.issuedAfterToday') });
    }
    if (validUntil <= evidence.issuedOn) {
      errors.push({ field: 'evidence.validUntil', message: text('validation.validUntilNotAfterIssued') });
    }
    if (errors.length) throw new ValidationProblem(errors);
    return this.certificates.recordIssued(manager, user, request.supplier.id, {
      code: service.issues,
      number: evidence.number.trim(),
      validFrom: evidence.issuedOn,
      validUntil,
      evidenceNote: `Layanan BBSPJILM "${service.nameId}", permintaan ${request.id}`,
    });
  }

  private async notifyStep(manager: EntityManager, request: ServiceRequestView, note: string | null) {
    await this.notifications.serviceRequestStep(manager, {
      serviceRequestId: request.id,
      supplierId: request.supplier.id,
      serviceName: request.service.nameId,
      status: request.status,
      startsOn: request.startsOn,
      endsOn: request.endsOn,
      evidence: request.evidence && {
        name: await this.reference.certificateName(request.evidence.code, manager),
        number: request.evidence.number,
      },
      note: request.status === 'requested' ? null : note,
    });
  }
}

function present(row: ServiceRequestView, language: Language): ServiceRequestDto {
  const { service, evidence, ...rest } = row;
  return {
    ...rest,
    service: serviceRef(service, language),
    evidence: evidence && {
      certificationId: evidence.certificationId,
      code: evidence.code,
      name: localizedName(evidence, language),
      number: evidence.number,
      validFrom: evidence.validFrom,
      validUntil: evidence.validUntil,
    },
  };
}

/** The same day `months` later (the month's last day when it has no such day: 31 Jan + 1 month = 28 Feb). */
function addMonths(isoDay: string, months: number): string {
  const [year, month, dayOfMonth] = isoDay.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(dayOfMonth, lastDay))).toISOString().slice(0, 10);
}
