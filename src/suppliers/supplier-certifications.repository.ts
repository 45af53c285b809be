import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type CertificateWrite, type CertificationState, SupplierCertification } from './supplier-certification.entity';

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

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(SupplierCertification, id);
  }
}
