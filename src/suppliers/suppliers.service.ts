import { mayAsk, overEveryObject, Permission } from '../auth/permissions';
import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CONTACT_ACCESS, type ContactAccess } from './contact-access';
import { SUPPLIER_FILES, type SupplierFiles } from './supplier-files';
import { Clock } from '../common/time/clock';
import type { AuthUser } from '../auth/roles';
import { ProblemException, ValidationProblem } from '../common/errors/problem';
import { requireVersion } from '../common/http/versioning';
import { EstatesService } from '../estates/estates.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AccessService } from '../organizations/access.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ReferenceService, unknownRegency } from '../reference/reference.service';
import type { CreateSupplierDto, UpdateSupplierDto, VerifySupplierDto } from './dto/supplier.dto';
import type { DuplicateListDto, SupplierDto, UpdatedSupplierDto } from './dto/supplier-response.dto';
import type { VerificationQueueDto, VerificationQueueQuery } from './dto/verification-queue.dto';
import { toCertificationResponse, toSupplierResponse, toSupplierWrite, ViewerAccess } from './supplier.mapper';
import { checkIdentity, type Identity } from './identity';
import { SupplierCertificationsRepository } from './supplier-certifications.repository';
import type { Supplier, SupplierWrite } from './supplier.entity';
import { SuppliersRepository } from './suppliers.repository';
import { text } from '../common/i18n/text';

/** Profiles are a public directory; members and curators edit them, members and admins delete them. */

/**
 * Fields whose change means a curator's earlier verdict no longer vouches for
 * the profile, with the words the owner's notification uses for them.
 */
const VERIFIED_CLAIMS: Partial<Record<keyof UpdateSupplierDto, string>> = {
  name: 'nama',
  nib: 'NIB',
  npwp: 'NPWP',
  legalForm: 'bentuk usaha',
  businessCapitalIdr: 'modal usaha',
  annualTurnoverIdr: 'omzet tahunan',
  kbli: 'KBLI',
  regencyCode: 'kabupaten/kota',
  address: 'alamat',
  location: 'lokasi',
  processes: 'proses',
  materials: 'bahan',
  productCategories: 'kategori produk',
  monthlyCapacity: 'kapasitas bulanan',
  tkdnPercent: 'TKDN',
  machines: 'mesin',
};

@Injectable()
export class SuppliersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersRepository,
    private readonly certifications: SupplierCertificationsRepository,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
    private readonly reference: ReferenceService,
    private readonly estates: EstatesService,
    @Inject(CONTACT_ACCESS) private readonly contacts: ContactAccess,
    @Inject(SUPPLIER_FILES) private readonly files: SupplierFiles,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async create(user: AuthUser, body: CreateSupplierDto): Promise<SupplierDto> {
    const location = await this.checkReferences(body);
    return this.withNibConflict(body.nib, () =>
      this.dataSource.transaction(async (manager) => {
        await this.refuseDuplicateNib(manager, body.nib);
        const write = toSupplierWrite({ ...body, location }) as SupplierWrite;
        write.sizeClass = checkedIdentity(
          {
            legalForm: body.legalForm ?? null,
            npwp: body.npwp ?? null,
            sizeClass: body.sizeClass ?? null,
            businessCapitalIdr: body.businessCapitalIdr ?? null,
            annualTurnoverIdr: body.annualTurnoverIdr ?? null,
          },
          body.sizeClass != null,
        );
        const id = await this.organizations.create(manager, 'supplier', user);
        // Every required field is present on create; optional ones left out are stored as NULL.
        await this.suppliers.insert(manager, id, write);
        return this.respond(manager, (await this.suppliers.findActive(id, manager))!, 'private');
      }),
    );
  }

  async get(user: AuthUser, id: string): Promise<SupplierDto> {
    const row = await this.suppliers.findActive(id);
    if (!row) throw new NotFoundException('Not found.');
    const { isMember } = await this.access.requireAccess(user, Permission.SupplierRead, id);
    // Members and staff see contact and NPWP; a buyer the supplier is engaged with sees the contact.
    const viewer: ViewerAccess =
      isMember || overEveryObject(user.role, Permission.SupplierReadPrivate)
        ? 'private'
        : mayAsk(user.role, Permission.SupplierReadContact) && (await this.contacts.exchanged(user.id, id))
          ? 'contact'
          : 'public';
    return this.respond(this.dataSource.manager, row, viewer);
  }

  async update(user: AuthUser, id: string, body: UpdateSupplierDto, ifMatch?: string): Promise<UpdatedSupplierDto> {
    const locationFromReferences = await this.checkReferences(body);
    return this.withNibConflict(body.nib, () =>
      this.dataSource.transaction(async (manager) => {
        const current = await this.lockActive(manager, id);
        const { isMember } = await this.access.requireAccess(user, Permission.SupplierManage, id, { manager });
        requireVersion(current.version, body.expectedVersion, ifMatch, 'The profile');
        if (body.nib && body.nib !== current.nib) await this.refuseDuplicateNib(manager, body.nib);
        // A new regency without new coordinates moves the supplier to that regency's centroid.
        const regencyMoved = body.regencyCode !== undefined && body.regencyCode !== current.regencyCode;
        const location = body.location ?? (regencyMoved ? locationFromReferences : undefined);
        // A new point in the same regency is checked against it here (with a new regency, above).
        if (body.location && body.regencyCode === undefined) {
          const errors = await this.reference.locationErrors(current.regencyCode, body.location, 'location', manager);
          if (errors.length) throw new ValidationProblem(errors);
        }
        const write = toSupplierWrite({ ...body, location });
        const merged = <K extends keyof Identity>(key: K): Identity[K] =>
          write[key] === undefined ? current[key] : write[key];
        write.sizeClass = checkedIdentity(
          {
            legalForm: merged('legalForm'),
            npwp: merged('npwp'),
            sizeClass: merged('sizeClass'),
            businessCapitalIdr: merged('businessCapitalIdr'),
            annualTurnoverIdr: merged('annualTurnoverIdr'),
          },
          body.sizeClass != null,
        );
        await this.suppliers.update(manager, id, write);
        const dropped = isMember && (await this.recheckClaims(manager, current, body));
        return {
          ...(await this.respond(manager, (await this.suppliers.findActive(id, manager))!, 'private')),
          verificationDropped: dropped,
        };
      }),
    );
  }

  /**
   * A member's edit of claims takes a curator's verdict (verified or
   * rejected) away: the profile is unverified again, joins the curators'
   * queue with the changed claims, and its members are told. Further claim
   * edits while it waits add to those claims. Answers whether the verdict went.
   */
  private async recheckClaims(manager: EntityManager, current: Supplier, body: UpdateSupplierDto): Promise<boolean> {
    const claims = (Object.keys(VERIFIED_CLAIMS) as (keyof UpdateSupplierDto)[]).filter(
      (key) => body[key] !== undefined,
    );
    if (claims.length === 0) return false;
    if (current.verification === 'unverified') {
      if (current.verificationChanges.length) await this.suppliers.addVerificationChanges(manager, current.id, claims);
      return false;
    }
    await this.suppliers.setVerification(manager, current.id, {
      state: 'unverified',
      reason: null,
      curatorId: null,
      changedClaims: claims,
    });
    await this.notifications.profileUnverified(manager, {
      supplierId: current.id,
      name: body.name?.trim() ?? current.name,
      was: current.verification,
      changed: claims.map((key) => VERIFIED_CLAIMS[key]!),
    });
    return true;
  }

  /** Curators' queue: unverified profiles, longest waiting first, by source. */
  async verificationQueue(query: VerificationQueueQuery): Promise<VerificationQueueDto> {
    const { items, total, bySource } = await this.suppliers.verificationQueue(query.source, query.page, query.limit);
    return { items, total, bySource, page: query.page, limit: query.limit };
  }

  /** Soft delete keeps the row for audit; its files (scans, photos, evidence) are removed. */
  async remove(user: AuthUser, id: string): Promise<void> {
    const removeFiles = await this.dataSource.transaction(async (manager) => {
      await this.lockActive(manager, id);
      await this.access.requireAccess(user, Permission.SupplierDelete, id, { manager });
      await this.suppliers.softDelete(manager, id);
      return this.files.profileDeleted(manager, id);
    });
    await removeFiles();
  }

  async verify(curator: AuthUser, id: string, body: VerifySupplierDto): Promise<SupplierDto> {
    if (body.verification === 'rejected' && !body.reason) {
      throw new ValidationProblem([{ field: 'reason', message: text('validation.reasonRequiredToReject') }]);
    }
    if (body.verification === 'unverified' && body.reason) {
      throw new ValidationProblem([{ field: 'reason', message: text('validation.reasonOnlyWithVerdict') }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockActive(manager, id);
      await this.suppliers.setVerification(manager, id, {
        state: body.verification,
        reason: body.reason ?? null,
        curatorId: curator.id,
      });
      // A verdict is news to the owner; a curator putting a profile back to unverified is not.
      if (body.verification !== 'unverified') {
        await this.notifications.profileReviewed(manager, {
          supplierId: id,
          name: current.name,
          verdict: body.verification,
          reason: body.reason ?? null,
        });
      }
      return this.respond(manager, (await this.suppliers.findActive(id, manager))!, 'private');
    });
  }

  /** Curators merge a profile registered twice (typically without NIB) into the one to keep. */
  async merge(curator: AuthUser, survivorId: string, duplicateId: string): Promise<SupplierDto> {
    if (survivorId === duplicateId) {
      throw new ValidationProblem([{ field: 'duplicateId', message: text('validation.duplicateMustDiffer') }]);
    }
    const { removeFiles, merged } = await this.dataSource.transaction(async (manager) => {
      // Locked in id order, so two merges of the same pair cannot deadlock.
      const [first, second] = [survivorId, duplicateId].sort();
      const locked = new Map([
        [first, await this.lockActive(manager, first)],
        [second, await this.lockActive(manager, second)],
      ]);
      const [survivor, duplicate] = [locked.get(survivorId)!, locked.get(duplicateId)!];
      if (survivor.nib && duplicate.nib && survivor.nib !== duplicate.nib) {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'different-nib',
          'The two suppliers have different NIBs: they are different firms.',
        );
      }
      await this.suppliers.merge(manager, survivorId, duplicateId, curator.id);
      const removeFiles = await this.files.merged(manager, survivorId, duplicateId);
      return {
        removeFiles,
        merged: await this.respond(manager, (await this.suppliers.findActive(survivorId, manager))!, 'private'),
      };
    });
    await removeFiles();
    return merged;
  }

  async likelyDuplicates(user: AuthUser, id: string): Promise<DuplicateListDto> {
    const supplier = await this.suppliers.findActive(id);
    if (!supplier) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.SupplierManage, id);
    const items = await this.suppliers.findLikelyDuplicates(supplier);
    return { items, total: items.length };
  }

  /** 404 unless the supplier exists and is not deleted; no lock, for reads. */
  async requireActive(id: string, manager?: EntityManager): Promise<void> {
    if (!(await this.suppliers.findActive(id, manager))) throw new NotFoundException('Not found.');
  }

  /** Locks an active supplier for the rest of the transaction; 404 when there is none. */
  async lockActive(manager: EntityManager, id: string): Promise<Supplier> {
    const row = await this.suppliers.findActive(id, manager, true);
    if (!row) throw new NotFoundException('Not found.');
    return row;
  }

  private async respond(manager: EntityManager, row: Supplier, viewer: ViewerAccess): Promise<SupplierDto> {
    const certificates = await this.certifications.forSupplier(row.id, manager);
    const today = this.clock.today();
    return toSupplierResponse(
      row,
      certificates.map((c) => toCertificationResponse(c, today)),
      viewer,
    );
  }

  /**
   * Every code must exist and the regency must be a regency or city. Answers the
   * location to store when none was given: the regency's centroid.
   */
  private async checkReferences(body: UpdateSupplierDto) {
    const errors = await this.reference.unknownCodeErrors({
      processes: body.processes,
      materials: body.materials,
      productCategories: body.productCategories,
      kbli: body.kbli,
    });
    const machineProcesses = (body.machines ?? []).map((machine) => machine.process);
    const unknownMachines = await this.reference.unknownCodeSets({
      processes: machineProcesses.filter((code): code is string => code !== undefined),
    });
    machineProcesses.forEach((code, i) => {
      if (code && unknownMachines.processes.has(code)) {
        errors.push({
          field: `machines[${i}].process`,
          message: text('validation.unknownCode', { noun: text('noun.process'), code }),
        });
      }
    });
    errors.push(...(await this.estates.checkExists(body.estateId, 'estateId')));
    const regency = body.regencyCode ? await this.reference.findRegency(body.regencyCode) : undefined;
    if (body.regencyCode && !regency) {
      errors.push(unknownRegency('regencyCode', body.regencyCode));
    }
    if (body.regencyCode && regency)
      errors.push(...(await this.reference.locationErrors(body.regencyCode, body.location)));
    if (errors.length) throw new ValidationProblem(errors);
    return body.location ?? regency;
  }

  private async refuseDuplicateNib(manager: EntityManager, nib: string | null | undefined): Promise<void> {
    const existingSupplierId = nib ? await this.suppliers.findActiveIdByNib(nib, manager) : undefined;
    if (existingSupplierId) throw duplicateNib(existingSupplierId);
  }

  /** Two registrations of one NIB at the same moment: the unique index decides, and the loser gets the same 409. */
  private async withNibConflict<T>(nib: string | null | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const isNibConflict =
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'suppliers_nib_active_unique';
      if (isNibConflict && nib) {
        const existing = await this.suppliers.findActiveIdByNib(nib);
        if (existing) throw duplicateNib(existing);
      }
      throw error;
    }
  }
}

const duplicateNib = (existingSupplierId: string) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'duplicate-nib',
    'A supplier with this NIB is already registered. Ask its members to add you instead.',
    { existingSupplierId },
  );

/** The identity rules (identity.ts), as a 400 when broken; answers the size class to store. */
function checkedIdentity(identity: Identity, sizeClassSent: boolean): Identity['sizeClass'] {
  const { errors, sizeClass } = checkIdentity(identity, sizeClassSent);
  if (errors.length) throw new ValidationProblem(errors);
  return sizeClass;
}
