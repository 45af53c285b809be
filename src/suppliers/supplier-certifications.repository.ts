import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock';
import type { CreateCertificationDto } from './dto/certification.dto';
import type { CertificationState, SupplierCertificationDto } from './dto/supplier-response.dto';

const COLUMNS = `id, code, number, issuer, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
  to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", status,
  status_reason AS "statusReason", verified_by AS "verifiedBy", verified_at AS "verifiedAt", evidence_note AS "evidenceNote"`;

type StoredCertification = Omit<SupplierCertificationDto, 'expired'>;

@Injectable()
export class SupplierCertificationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async forSupplier(supplierId: string, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.query<StoredCertification[]>(
      `SELECT ${COLUMNS} FROM supplier_certifications WHERE supplier_id = $1 ORDER BY created_at DESC, id`,
      [supplierId],
    );
    return rows.map((row) => this.withExpiry(row));
  }

  /** Expired by the same WIB date (the Clock's) that search and matching use to decide what is held. */
  private withExpiry(row: StoredCertification): SupplierCertificationDto {
    return { ...row, expired: row.validUntil < this.clock.today() };
  }

  async findForUpdate(
    manager: EntityManager,
    supplierId: string,
    id: string,
  ): Promise<SupplierCertificationDto | undefined> {
    const [row] = await manager.query<StoredCertification[]>(
      `SELECT ${COLUMNS} FROM supplier_certifications WHERE id = $1 AND supplier_id = $2 FOR UPDATE`,
      [id, supplierId],
    );
    return row && this.withExpiry(row);
  }

  async insert(
    manager: EntityManager,
    supplierId: string,
    c: CreateCertificationDto,
  ): Promise<SupplierCertificationDto> {
    const [row] = await manager.query<StoredCertification[]>(
      `INSERT INTO supplier_certifications (supplier_id, code, number, issuer, valid_from, valid_until, evidence_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [supplierId, c.code, c.number.trim(), c.issuer.trim(), c.validFrom ?? null, c.validUntil, c.evidenceNote ?? null],
    );
    return this.withExpiry(row);
  }

  /** Any edit returns the certificate to `declared`: what a curator checked is no longer what is stored. */
  async update(manager: EntityManager, id: string, c: CreateCertificationDto): Promise<SupplierCertificationDto> {
    const [rows] = await manager.query<[StoredCertification[], number]>(
      `UPDATE supplier_certifications
          SET code = $2, number = $3, issuer = $4, valid_from = $5, valid_until = $6, evidence_note = $7,
              status = 'declared', status_reason = NULL, verified_by = NULL, verified_at = NULL, updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, c.code, c.number.trim(), c.issuer.trim(), c.validFrom ?? null, c.validUntil, c.evidenceNote ?? null],
    );
    return this.withExpiry(rows[0]);
  }

  async review(
    manager: EntityManager,
    id: string,
    review: { status: Exclude<CertificationState, 'declared'>; reason: string | null; curatorId: string },
  ): Promise<SupplierCertificationDto> {
    const [rows] = await manager.query<[StoredCertification[], number]>(
      `UPDATE supplier_certifications SET status = $2, status_reason = $3, verified_by = $4, verified_at = now(), updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, review.status, review.reason, review.curatorId],
    );
    return this.withExpiry(rows[0]);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM supplier_certifications WHERE id = $1', [id]);
  }
}
