import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationProblem, type FieldError } from '../common/errors/problem';
import { localizedName } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import { text } from '../common/i18n/text';
import { requireVersion } from '../common/http/versioning';
import { ReferenceService } from '../reference/reference.service';
import type { CentreService } from './centre-service.entity';
import { CentreServicesRepository, type CentreServiceRow, type GapKey } from './centre-services.repository';
import type {
  CentreServiceDto,
  CentreServiceListDto,
  CreateCentreServiceDto,
  UpdateCentreServiceDto,
} from './dto/centre-service.dto';
import type { ServiceRefDto } from './dto/service-request.dto';

/** BBSPJILM's service catalogue: read by everyone, kept by curators and admins (the route's door). */
@Injectable()
export class CentreServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly services: CentreServicesRepository,
    private readonly reference: ReferenceService,
  ) {}

  async list(language: Language, includeRetired = false): Promise<CentreServiceListDto> {
    const items = (await this.services.list(includeRetired)).map((row) => present(row, language));
    return { items, total: items.length };
  }

  async get(code: string, language: Language): Promise<CentreServiceDto> {
    const row = await this.services.find(code);
    if (!row) throw new NotFoundException('Not found.');
    return present(row, language);
  }

  async create(body: CreateCentreServiceDto, language: Language): Promise<CentreServiceDto> {
    await this.checkCodes(body);
    const evidence = { issues: body.issues ?? null, evidenceValidMonths: body.evidenceValidMonths ?? null };
    checkEvidencePair(evidence);
    await this.dataSource.transaction((manager) => this.services.insert(manager, { ...body, ...evidence }));
    return this.get(body.code, language);
  }

  async update(code: string, body: UpdateCentreServiceDto, ifMatch: string | undefined, language: Language) {
    const { expectedVersion, ...changes } = body;
    await this.checkCodes(changes);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.services.findForUpdate(manager, code);
      if (!current) throw new NotFoundException('Not found.');
      requireVersion(current.version, expectedVersion, ifMatch, 'The service');
      // Evidence and its validity go together: checked on the service as it will be.
      checkEvidencePair({
        issues: changes.issues === undefined ? current.issues : changes.issues,
        evidenceValidMonths:
          changes.evidenceValidMonths === undefined ? current.evidenceValidMonths : changes.evidenceValidMonths,
      });
      await this.services.update(manager, code, changes);
    });
    return this.get(code, language);
  }

  /** The services that would close each gap (see CentreServicesRepository.forGaps), as references in `language`. */
  async forGaps(gaps: GapKey[], language: Language): Promise<Map<string, ServiceRefDto[]>> {
    const byGap = await this.services.forGaps(gaps);
    return new Map(
      [...byGap].map(([key, services]) => [key, services.map((service) => serviceRef(service, language))]),
    );
  }

  /** A service that may be asked for now, or a field error on `field`; inside a transaction, pass its manager. */
  async requireOffered(code: string, field: string, manager?: EntityManager): Promise<CentreServiceRow> {
    const service = await this.services.find(code, manager);
    if (!service || !service.active) {
      throw new ValidationProblem([
        { field, message: text(service ? 'validation.serviceRetired' : 'validation.unknownService', { code }) },
      ]);
    }
    return service;
  }

  private async checkCodes(body: { certifications?: string[]; processes?: string[]; issues?: string | null }) {
    const errors: FieldError[] = await this.reference.unknownCodeErrors({
      certifications: body.certifications,
      processes: body.processes,
    });
    if (body.issues) {
      const [unknown] = await this.reference.unknownCodeErrors({ certifications: [body.issues] });
      if (unknown) errors.push({ field: 'issues', message: unknown.message });
    }
    if (errors.length) throw new ValidationProblem(errors);
  }
}

/** The evidence a service records and how long it is valid go together. */
function checkEvidencePair(service: { issues: string | null; evidenceValidMonths: number | null }): void {
  if ((service.issues === null) !== (service.evidenceValidMonths === null)) {
    throw new ValidationProblem([
      { field: 'evidenceValidMonths', message: text('validation.evidenceMonthsWithIssues') },
    ]);
  }
}

/** A service as other answers name it. */
export const serviceRef = (
  service: Pick<CentreService, 'code' | 'kind' | 'nameId' | 'nameEn' | 'typicalDays' | 'hasFee'>,
  language: Language,
): ServiceRefDto => ({
  code: service.code,
  kind: service.kind,
  name: localizedName(service, language),
  typicalDays: service.typicalDays,
  hasFee: service.hasFee,
});

function present(row: CentreServiceRow, language: Language): CentreServiceDto {
  const named = (code: string) => ({ code, name: row.names[code]?.[language] ?? code });
  return {
    code: row.code,
    kind: row.kind,
    name: localizedName(row, language),
    description: language === 'en' ? row.descriptionEn : row.descriptionId,
    nameId: row.nameId,
    nameEn: row.nameEn,
    descriptionId: row.descriptionId,
    descriptionEn: row.descriptionEn,
    certifications: row.certifications.map(named),
    processes: row.processes.map(named),
    issues: row.issues ? named(row.issues) : null,
    evidenceValidMonths: row.evidenceValidMonths,
    typicalDays: row.typicalDays,
    hasFee: row.hasFee,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
