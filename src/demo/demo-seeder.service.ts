import { ConflictException, Injectable, Logger, Type } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthService, toAuthUser } from '../auth/auth.service';
import { RegisterDto } from '../auth/dto/auth.dto';
import { CreateStaffDto } from '../auth/dto/admin.dto';
import type { AuthUser } from '../auth/roles';
import { CreateBuyerDto } from '../buyers/dto/buyer.dto';
import { BuyersService } from '../buyers/buyers.service';
import { addDays, Clock } from '../common/time/clock';
import { CreateServiceRequestDto, ServiceRequestEventDto } from '../centre-services/dto/service-request.dto';
import { ServiceRequestsService } from '../centre-services/service-requests.service';
import { validationPipe } from '../common/validation/validation-pipe';
import { CreateMatchDto, MatchEventDto, UpdateMatchOutcomeDto } from '../matches/dto/match.dto';
import { MatchesService } from '../matches/matches.service';
import { MatchingService } from '../matching/matching.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateSourcingRequestDto } from '../sourcing-requests/dto/sourcing-request.dto';
import { SourcingRequestsService } from '../sourcing-requests/sourcing-requests.service';
import { CreateCertificationDto } from '../suppliers/dto/certification.dto';
import { CreateSupplierDto, VerifySupplierDto } from '../suppliers/dto/supplier.dto';
import { SupplierCertificationsService } from '../suppliers/supplier-certifications.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { SupplierImportService } from '../suppliers/transfer/supplier-import.service';
import type { SheetRow } from '../suppliers/transfer/supplier-sheet';
import { UsersRepository } from '../auth/users.repository';
import {
  buildDemoWorld,
  DEMO_ACCOUNTS,
  DEMO_ESTATE,
  DEMO_NIB_PREFIX,
  DEMO_PASSWORD,
  DemoAccount,
  DemoBuyer,
  DemoMatch,
  DemoRequest,
  DemoServiceRequest,
  DemoSupplier,
  DemoWorld,
} from './demo-world';

export interface DemoCounts {
  accounts: number;
  suppliers: number;
  buyers: number;
  sourcingRequests: number;
  matches: number;
  serviceRequests: number;
}

interface BuyerRef {
  id: string;
  owner: AuthUser;
  plants: Map<string, string>;
}

/**
 * Writes the demo world through the same services as the API, each body first
 * through the API's validation pipe, so every rule of a real user holds.
 * Idempotent by natural keys (emails, NIBs, buyer names, request titles, match
 * notes): a second run finds everything and creates nothing, and a run that was
 * interrupted completes the rest.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsService,
    private readonly suppliers: SuppliersService,
    private readonly certifications: SupplierCertificationsService,
    private readonly supplierImport: SupplierImportService,
    private readonly buyers: BuyersService,
    private readonly requests: SourcingRequestsService,
    private readonly matching: MatchingService,
    private readonly matches: MatchesService,
    private readonly serviceRequests: ServiceRequestsService,
  ) {}

  /** The world for today, as the seeder would write it (also what the tests validate). */
  world(): DemoWorld {
    return buildDemoWorld(this.clock.today());
  }

  /** Whether this database holds the whole demo world: a run that was interrupted leaves less. */
  async isPresent(): Promise<boolean> {
    const world = this.world();
    const counts = await this.counts();
    const expected: DemoCounts = {
      accounts: new Set(
        [
          ...Object.values(DEMO_ACCOUNTS),
          ...world.suppliers.flatMap((s) => (s.owner ? [s.owner] : [])),
          ...world.buyers.map((b) => b.owner),
        ].map((a) => a.email),
      ).size,
      suppliers: world.suppliers.length,
      buyers: world.buyers.length,
      sourcingRequests: world.requests.length,
      matches: world.matches.length,
      serviceRequests: world.serviceRequests.length,
    };
    return (Object.keys(expected) as (keyof DemoCounts)[]).every((key) => counts[key] >= expected[key]);
  }

  async seed(): Promise<DemoCounts> {
    const startedAt = Date.now();
    const world = this.world();
    const admin = await this.account(DEMO_ACCOUNTS.admin, null);
    const curator = await this.account(DEMO_ACCOUNTS.curator, admin);
    await this.joinEstate(admin, await this.account(DEMO_ACCOUNTS.estate, null));

    const supplierOwners = new Map<string, AuthUser>();
    for (const supplier of world.suppliers.filter((s) => s.source === 'registered')) {
      const { id, owner } = await this.registeredSupplier(supplier, curator);
      supplierOwners.set(id, owner);
    }
    await this.importSuppliers(
      curator,
      world.suppliers.filter((s) => s.source === 'imported'),
    );

    const buyers = new Map<string, BuyerRef>();
    for (const buyer of world.buyers) buyers.set(buyer.name, await this.buyer(buyer));
    const requestIds = new Map<string, string>();
    for (const request of world.requests) requestIds.set(request.body.title, await this.request(request, buyers));

    for (const match of world.matches) {
      const request = world.requests.find((r) => r.body.title === match.request)!;
      await this.match(
        match,
        requestIds.get(match.request)!,
        buyers.get(request.buyer)!.owner,
        curator,
        supplierOwners,
      );
    }
    const registered = world.suppliers.filter((s) => s.source === 'registered');
    for (const request of world.serviceRequests) {
      const supplier = registered[request.supplier];
      await this.serviceRequest(request, (await this.supplierIdByNib(supplier.profile.nib))!, curator, supplierOwners);
    }
    const counts = await this.counts();
    this.logger.log(`Demo data ready in ${Date.now() - startedAt} ms: ${JSON.stringify(counts)}`);
    return counts;
  }

  /** What the demo world holds now, counted in the database. */
  async counts(): Promise<DemoCounts> {
    const [row] = await this.dataSource.query<Record<keyof DemoCounts, number>[]>(
      `SELECT (SELECT count(*) FROM users WHERE email LIKE '%@demo.rantai.id')::int AS accounts,
              (SELECT count(*) FROM suppliers WHERE nib LIKE $2 AND deleted_at IS NULL)::int AS suppliers,
              (SELECT count(*) FROM buyers b WHERE b.name = ANY($1))::int AS buyers,
              (SELECT count(*) FROM sourcing_requests r JOIN buyers b ON b.id = r.buyer_id WHERE b.name = ANY($1))::int
                AS "sourcingRequests",
              (SELECT count(*) FROM matches m JOIN sourcing_requests r ON r.id = m.sourcing_request_id
                 JOIN buyers b ON b.id = r.buyer_id WHERE b.name = ANY($1))::int AS matches,
              (SELECT count(*) FROM service_requests sr JOIN suppliers s ON s.id = sr.supplier_id
                WHERE s.nib LIKE $2)::int AS "serviceRequests"`,
      [this.world().buyers.map((b) => b.name), `${DEMO_NIB_PREFIX}%`],
    );
    return row;
  }

  private async account(
    account: DemoAccount | (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS],
    creator: AuthUser | null,
  ) {
    const existing = await this.users.findByEmail(account.email);
    if (existing) return toAuthUser(existing);
    const body = { email: account.email, fullName: account.fullName, role: account.role, password: DEMO_PASSWORD };
    const created = await this.auth.createAccount(
      account.role === 'curator' || account.role === 'admin'
        ? await valid(CreateStaffDto, body)
        : await valid(RegisterDto, body),
      { actorUserId: creator?.id ?? null },
      undefined,
      // Demo accounts have addresses nobody reads: seeded verified, with no mail queued.
      { emailVerified: true },
    );
    return toAuthUser(created);
  }

  private async joinEstate(admin: AuthUser, estateManager: AuthUser): Promise<void> {
    try {
      await this.organizations.addMember(admin, await this.estateId(DEMO_ESTATE), estateManager.email);
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error; // already a member
    }
  }

  /**
   * A supplier registered by its owner, with its certificates reviewed and its verdict given. Each step is
   * looked for before it is taken: a start killed between two of them leaves the rest to the next start.
   */
  private async registeredSupplier(supplier: DemoSupplier, curator: AuthUser) {
    const owner = await this.account(supplier.owner!, null);
    const id =
      (await this.supplierIdByNib(supplier.profile.nib)) ??
      (
        await this.suppliers.create(
          owner,
          await valid(CreateSupplierDto, {
            ...supplier.profile,
            ...(supplier.estate ? { estateId: await this.estateId(supplier.estate) } : {}),
          }),
        )
      ).id;
    const held = await this.dataSource.query<{ id: string; number: string; status: string }[]>(
      'SELECT id, number, status FROM supplier_certifications WHERE supplier_id = $1',
      [id],
    );
    for (const { review, ...certificate } of supplier.certificates) {
      const found = held.find((row) => row.number === certificate.number);
      const added =
        found ?? (await this.certifications.add(owner, id, await valid(CreateCertificationDto, certificate)));
      if (found && found.status !== 'declared') continue;
      if (review === 'verified') {
        await this.certifications.review(curator, id, added.id, {
          status: 'verified',
          note: 'Dicocokkan dengan sertifikat asli saat kunjungan lapangan BBSPJILM.',
        });
      }
      if (review === 'rejected') {
        await this.certifications.review(curator, id, added.id, {
          status: 'rejected',
          reason: 'Nomor sertifikat tidak ditemukan di daftar lembaga penerbit.',
        });
      }
    }
    const [{ verification }] = await this.dataSource.query<{ verification: string }[]>(
      'SELECT verification FROM suppliers WHERE id = $1',
      [id],
    );
    if (verification !== supplier.verification) {
      await this.suppliers.verify(
        curator,
        id,
        await valid(VerifySupplierDto, {
          verification: supplier.verification,
          ...(supplier.verification === 'rejected'
            ? { reason: 'Mesin yang dinyatakan tidak ditemukan saat kunjungan lapangan.' }
            : {}),
        }),
      );
    }
    return { id, owner };
  }

  /** The rest arrive as a district office's list, through the curators' bulk import (itself idempotent by NIB). */
  private async importSuppliers(curator: AuthUser, suppliers: DemoSupplier[]): Promise<void> {
    const rows: SheetRow[] = suppliers.map(({ profile: p }, i) => ({
      row: i + 2,
      values: {
        name: p.name,
        nib: p.nib,
        kbli: p.kbli.join(','),
        size_class: p.sizeClass,
        description: p.description,
        regency_code: p.regencyCode,
        address: p.address,
        lat: String(p.location.lat),
        lng: String(p.location.lng),
        processes: p.processes.join(','),
        materials: p.materials.join(','),
        product_categories: p.productCategories.join(','),
        capacity_quantity: String(p.monthlyCapacity.quantity),
        capacity_unit: p.monthlyCapacity.unit,
        employees: String(p.employees),
        tkdn_percent: String(p.tkdnPercent),
        phone: p.contact.phone,
        email: p.contact.email,
      },
    }));
    const { errors } = await this.supplierImport.import(curator, rows, true);
    if (errors.length) throw new Error(`Demo data: the district list does not import: ${JSON.stringify(errors)}`);
    await this.supplierImport.import(curator, rows, false);
  }

  private async buyer(buyer: DemoBuyer): Promise<BuyerRef> {
    const owner = await this.account(buyer.owner, null);
    const [existing] = await this.dataSource.query<{ id: string }[]>('SELECT id FROM buyers WHERE name = $1', [
      buyer.name,
    ]);
    const created = existing
      ? await this.buyers.get(owner, existing.id)
      : await this.buyers.create(
          owner,
          await valid(CreateBuyerDto, {
            name: buyer.name,
            kind: buyer.kind,
            description: buyer.description,
            plants: await Promise.all(
              buyer.plants.map(async ({ estate, ...plant }) => ({
                ...plant,
                ...(estate ? { estateId: await this.estateId(estate) } : {}),
              })),
            ),
          }),
        );
    return { id: created.id, owner, plants: new Map(created.plants.map((p) => [p.name, p.id])) };
  }

  private async request(request: DemoRequest, buyers: Map<string, BuyerRef>): Promise<string> {
    const buyer = buyers.get(request.buyer)!;
    const [existing] = await this.dataSource.query<{ id: string; status: string }[]>(
      'SELECT id, status FROM sourcing_requests WHERE buyer_id = $1 AND title = $2',
      [buyer.id, request.body.title],
    );
    // Created, then published, then closed: a start killed in between leaves the next steps to the next start.
    const id =
      existing?.id ??
      (
        await this.requests.create(
          buyer.owner,
          await valid(CreateSourcingRequestDto, {
            ...request.body,
            buyerId: buyer.id,
            plantId: buyer.plants.get(request.plant),
          }),
        )
      ).id;
    let status = existing?.status ?? 'draft';
    if (request.status !== 'draft' && status === 'draft')
      status = (await this.requests.publish(buyer.owner, id)).status;
    if (request.status === 'closed' && status === 'open') await this.requests.close(buyer.owner, id);
    return id;
  }

  private async match(
    match: DemoMatch,
    requestId: string,
    buyer: AuthUser,
    curator: AuthUser,
    supplierOwners: Map<string, AuthUser>,
  ): Promise<void> {
    const matched = await this.dataSource.query<{ supplier_id: string; note: string }[]>(
      'SELECT supplier_id, note FROM matches WHERE sourcing_request_id = $1',
      [requestId],
    );
    if (matched.some((m) => m.note === match.note)) return;
    const { items } = await this.matching.candidates(curator, requestId, { page: 1, limit: 100 }, 'id');
    const candidate = items.find(
      (c) => supplierOwners.has(c.supplier.id) && !matched.some((m) => m.supplier_id === c.supplier.id),
    );
    if (!candidate) throw new Error(`Demo data: no registered supplier is eligible for "${match.request}"`);
    const actors = { curator, buyer, supplier: supplierOwners.get(candidate.supplier.id)! };
    const created = await this.matches.create(
      actors[match.requestedBy ?? 'curator'],
      await valid(CreateMatchDto, {
        sourcingRequestId: requestId,
        supplierId: candidate.supplier.id,
        note: match.note,
      }),
    );
    for (const { by, event, ...rest } of match.steps) {
      if (event === 'outcome') {
        await this.matches.updateOutcome(actors[by], created.id, await valid(UpdateMatchOutcomeDto, rest), undefined);
      } else {
        await this.matches.applyEvent(actors[by], created.id, await valid(MatchEventDto, { type: event, ...rest }));
      }
    }
  }

  /** A firm's request for a service and the steps after it; idempotent by the firm and the note. */
  private async serviceRequest(
    request: DemoServiceRequest,
    supplierId: string,
    curator: AuthUser,
    supplierOwners: Map<string, AuthUser>,
  ): Promise<void> {
    const [existing] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM service_requests WHERE supplier_id = $1 AND note = $2',
      [supplierId, request.note],
    );
    if (existing) return;
    const owner = supplierOwners.get(supplierId)!;
    const { id } = await this.serviceRequests.create(
      owner,
      supplierId,
      await valid(CreateServiceRequestDto, { serviceCode: request.service, note: request.note }),
      'id',
    );
    const today = this.clock.today();
    for (const step of request.steps) {
      const body =
        step.event === 'schedule'
          ? { type: 'schedule', startsOn: addDays(today, step.startsInDays), note: step.note }
          : step.event === 'cancel'
            ? { type: 'cancel', note: step.note }
            : {
                type: step.event,
                note: step.note,
                ...(step.evidenceNumber ? { evidence: { number: step.evidenceNumber, issuedOn: today } } : {}),
              };
      const actor = step.event === 'cancel' && step.by === 'firm' ? owner : curator;
      await this.serviceRequests.act(actor, id, await valid(ServiceRequestEventDto, body), 'id');
    }
  }

  private async supplierIdByNib(nib: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM suppliers WHERE nib = $1 AND deleted_at IS NULL',
      [nib],
    );
    return row?.id;
  }

  private async estateId(name: string): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string }[]>('SELECT id FROM estates WHERE name = $1', [name]);
    if (!row) throw new Error(`Demo data: estate "${name}" is missing`);
    return row.id;
  }
}

/** A body as the API's validation pipe turns it into a DTO; invalid demo data fails loudly with the API's own messages. */
function valid<T extends object>(metatype: Type<T>, body: object): Promise<T> {
  return validationPipe.transform(body, { type: 'body', metatype }) as Promise<T>;
}
