import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { type CertificateWrite, type CertificationState, SupplierCertification } from './supplier-certification.entity';
import type { Verification } from './supplier.entity';

@Injectable()
export class SupplierCertificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forSupplier(supplierId: string, manager: EntityManager = this.dataSource.manager): Promise<SupplierCertification[]> {
    return manager.find(SupplierCertification, { where: { supplierId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  findOf(supplierId: string, id: string): Promise<SupplierCertification | null> {
    return this.dataSource.manager.findOneBy(SupplierCertification, { id, supplierId });
  }

  findForUpdate(manager: EntityManager, supplierId: string, id: string): Promise<SupplierCertification | null> {
    return manager.findOne(SupplierCertification, { where: { id, supplierId }, lock: { mode: 'pessimistic_write' } });
  }

  insert(manager: EntityManager, supplierId: string, certificate: CertificateWrite): Promise<SupplierCertification> {
    return manager.save(manager.create(SupplierCertification, { ...certificate, supplierId }));
  }

  /** Any edit returns the certificate to `declared`: what a curator checked is no longer what is stored. */
  async update(manager: EntityManager, id: string, certificate: CertificateWrite): Promise<SupplierCertification> {
    await manager.update(SupplierCertification, id, {
      ...certificate,
      status: 'declared',
      statusReason: null,
      verifiedBy: null,
      verifiedAt: null,
      updatedAt: () => 'now()',
    });
    return manager.findOneByOrFail(SupplierCertification, { id });
  }

  async review(
    manager: EntityManager,
    id: string,
    review: { status: Exclude<CertificationState, 'declared'>; reason: string | null; curatorId: string },
  ): Promise<SupplierCertification> {
    await manager.update(SupplierCertification, id, {
      status: review.status,
      statusReason: review.reason,
      verifiedBy: review.curatorId,
      verifiedAt: () => 'now()',
      updatedAt: () => 'now()',
    });
    return manager.findOneByOrFail(SupplierCertification, { id });
  }

  /**
   * Declared certificates still valid (an expired one cannot be verified) of active suppliers, longest waiting
   * first: updated_at is the declaration or the last edit, which returns a certificate to declared.
   */
  async verificationQueue(today: string, page: number, limit: number) {
    const waiting = `c.status = 'declared' AND c.valid_until >= $1 AND s.deleted_at IS NULL`;
    const from = 'supplier_certifications c JOIN suppliers s ON s.id = c.supplier_id';
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT c.id FROM ${from} WHERE ${waiting} ORDER BY c.updated_at, c.id LIMIT $2 OFFSET $3`,
      [today, limit, (page - 1) * limit],
    );
    const certificates = await this.dataSource.manager.findBy(SupplierCertification, { id: In(rows.map((r) => r.id)) });
    const suppliers = await this.dataSource.query<
      { id: string; name: string; regencyCode: string; verification: Verification }[]
    >(`SELECT id, name, regency_code AS "regencyCode", verification FROM suppliers WHERE id = ANY ($1)`, [
      [...new Set(certificates.map((c) => c.supplierId))],
    ]);
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM ${from} WHERE ${waiting}`,
      [today],
    );
    const byId = new Map(certificates.map((c) => [c.id, c]));
    const supplierOf = new Map(suppliers.map((s) => [s.id, s]));
    const items = rows.map((r) => {
      const certificate = byId.get(r.id)!;
      return { certificate, supplier: supplierOf.get(certificate.supplierId)! };
    });
    return { items, total };
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(SupplierCertification, id);
  }
}
