import { Permission } from '../auth/permissions';
import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/roles';
import { ProblemException, ValidationProblem } from '../common/errors/problem';
import { Clock } from '../common/time/clock';
import { NotificationsService } from '../notifications/notifications.service';
import { AccessService } from '../organizations/access.service';
import { ReferenceService } from '../reference/reference.service';
import type { CreateCertificationDto, UpdateCertificationDto } from './dto/certification.dto';
import type { SupplierCertificationDto } from './dto/supplier-response.dto';
import type { CertificationQueueDto } from './dto/certification-queue.dto';
import type { PageQuery } from '../common/http/page-query';
import type { CertificateWrite, SupplierCertification } from './supplier-certification.entity';
import { SupplierCertificationsRepository } from './supplier-certifications.repository';
import { SUPPLIER_FILES, type SupplierFiles } from './supplier-files';
import { tkdnProductOf, toCertificateWrite, toCertificationResponse } from './supplier.mapper';
import { SuppliersService } from './suppliers.service';
import { text } from '../common/i18n/text';

/** Only the supplier's own members declare and edit certificates; curators review them. */

@Injectable()
export class SupplierCertificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certifications: SupplierCertificationsRepository,
    private readonly suppliers: SuppliersService,
    private readonly access: AccessService,
    private readonly reference: ReferenceService,
    private readonly notifications: NotificationsService,
    @Inject(SUPPLIER_FILES) private readonly files: SupplierFiles,
    private readonly clock: Clock,
  ) {}

  async add(user: AuthUser, supplierId: string, body: CreateCertificationDto): Promise<SupplierCertificationDto> {
    await this.checkCodes(body);
    checkValidity(body);
    return this.dataSource.transaction(async (manager) => {
      await this.suppliers.lockActive(manager, supplierId);
      await this.access.requireAccess(user, Permission.CertificationManage, supplierId, { manager });
      const write = toCertificateWrite(body);
      await this.checkProduct(manager, write);
      return this.respond(await this.certifications.insert(manager, supplierId, write));
    });
  }

  async update(
    user: AuthUser,
    supplierId: string,
    id: string,
    body: UpdateCertificationDto,
  ): Promise<SupplierCertificationDto> {
    await this.checkCodes(body);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockCertification(manager, user, supplierId, id);
      const merged = toCertificateWrite({
        code: body.code ?? current.code,
        number: body.number ?? current.number,
        issuer: body.issuer ?? current.issuer,
        validFrom: body.validFrom === undefined ? current.validFrom : body.validFrom,
        validUntil: body.validUntil ?? current.validUntil,
        evidenceNote: body.evidenceNote === undefined ? current.evidenceNote : body.evidenceNote,
        product: body.product === undefined ? tkdnProductOf(current) : body.product,
      });
      checkValidity(merged);
      await this.checkProduct(manager, merged);
      return this.respond(await this.certifications.update(manager, id, merged));
    });
  }

  async remove(user: AuthUser, supplierId: string, id: string): Promise<void> {
    const removeFiles = await this.dataSource.transaction(async (manager) => {
      await this.lockCertification(manager, user, supplierId, id);
      const afterCommit = await this.files.certificationDeleted(manager, id);
      await this.certifications.delete(manager, id);
      return afterCommit;
    });
    await removeFiles();
  }

  /** 404 unless the certificate is the supplier's; locked when a manager (a transaction) is given. */
  async requireOf(supplierId: string, id: string, manager?: EntityManager): Promise<void> {
    const found = manager
      ? await this.certifications.findForUpdate(manager, supplierId, id)
      : await this.certifications.findOf(supplierId, id);
    if (!found) throw new NotFoundException('Not found.');
  }

  /** A curator's verdict with its words: the reason for a rejection (the DTO requires it), or what a verification rests on. */
  async review(
    curator: AuthUser,
    supplierId: string,
    id: string,
    verdict: { status: 'verified'; note: string | null } | { status: 'rejected'; reason: string },
  ): Promise<SupplierCertificationDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.suppliers.lockActive(manager, supplierId);
      const current = await this.certifications.findForUpdate(manager, supplierId, id);
      if (!current) throw new NotFoundException('Not found.');
      // An expired certificate vouches for nothing: verifying it would tell the owner and buyers otherwise.
      if (verdict.status === 'verified' && current.validUntil < this.clock.today()) {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'certificate-expired',
          `The certificate expired on ${current.validUntil}: it cannot be verified. The owner can enter the renewed certificate.`,
          { validUntil: current.validUntil },
        );
      }
      const reviewed = await this.certifications.review(manager, id, {
        status: verdict.status,
        reason: verdict.status === 'rejected' ? verdict.reason : verdict.note,
        curatorId: curator.id,
      });
      const told = {
        supplierId,
        certificationId: id,
        name: await this.reference.certificateName(reviewed.code, manager),
        number: reviewed.number,
      };
      await (verdict.status === 'verified'
        ? this.notifications.certificationVerified(manager, told)
        : this.notifications.certificationRejected(manager, { ...told, reason: verdict.reason }));
      return this.respond(reviewed);
    });
  }

  /**
   * A certificate BBSPJILM itself issued (a test report, a calibration or
   * training certificate from a service it delivered), recorded by the curator
   * who completed the service, in that transaction: verified from the start.
   * Returns its id.
   */
  async recordIssued(
    manager: EntityManager,
    curator: AuthUser,
    supplierId: string,
    certificate: Pick<CertificateWrite, 'code' | 'number' | 'validFrom' | 'validUntil' | 'evidenceNote'>,
  ): Promise<string> {
    const { id } = await this.certifications.insert(manager, supplierId, {
      ...certificate,
      issuer: 'BBSPJILM',
      productName: null,
      partCategory: null,
      tkdnPercent: null,
      bmpPercent: null,
    });
    await this.certifications.review(manager, id, { status: 'verified', reason: null, curatorId: curator.id });
    return id;
  }

  /** The curators' queue of certificates to check, longest waiting first. */
  async verificationQueue(query: PageQuery): Promise<CertificationQueueDto> {
    const { items, total } = await this.certifications.verificationQueue(this.clock.today(), query.page, query.limit);
    return {
      items: items.map(({ certificate, supplier }) => ({
        ...this.respond(certificate),
        supplier,
        waitingSince: certificate.updatedAt,
      })),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  private respond(certificate: SupplierCertification): SupplierCertificationDto {
    return toCertificationResponse(certificate, this.clock.today());
  }

  private async lockCertification(manager: EntityManager, user: AuthUser, supplierId: string, id: string) {
    await this.suppliers.lockActive(manager, supplierId);
    await this.access.requireAccess(user, Permission.CertificationManage, supplierId, { manager });
    const current = await this.certifications.findForUpdate(manager, supplierId, id);
    if (!current) throw new NotFoundException('Not found.');
    return current;
  }

  /** Before any transaction: on the embedded database a query outside it would wait for its only connection. */
  private async checkCodes(body: { code?: string; product?: { partCategory: string } | null }): Promise<void> {
    const errors = await this.reference.unknownCodeErrors({
      certifications: body.code ? [body.code] : undefined,
      productCategories: body.product ? [body.product.partCategory] : undefined,
    });
    if (errors.length) {
      throw new ValidationProblem(
        errors.map(({ field, message }) => ({
          field: field.startsWith('certifications') ? 'code' : 'product.partCategory',
          message,
        })),
      );
    }
  }

  /** A TKDN certificate certifies one product, and only a TKDN certificate states one. */
  private async checkProduct(manager: EntityManager, write: CertificateWrite): Promise<void> {
    const certifiesProduct = await this.reference.certifiesProduct(write.code, manager);
    if (certifiesProduct && write.productName === null) {
      throw new ValidationProblem([
        {
          field: 'product',
          message: text('validation.productRequired'),
        },
      ]);
    }
    if (!certifiesProduct && write.productName !== null) {
      throw new ValidationProblem([{ field: 'product', message: text('validation.productOnlyTkdn') }]);
    }
  }
}

function checkValidity(c: { validFrom?: string | null; validUntil: string }): void {
  if (c.validFrom && c.validFrom > c.validUntil) {
    throw new ValidationProblem([{ field: 'validUntil', message: text('validation.validUntilBeforeValidFrom') }]);
  }
}
