import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Three state checks let a missing value through: a CHECK passes when its
 * expression is NULL, and `length(btrim(NULL)) > 0` or `NULL IN (...)` is NULL.
 * So a supplier or a certificate could be rejected without a reason, and a
 * request closed without one. The same rules, with the values required.
 */
const CHECKS = [
  {
    table: 'suppliers',
    name: 'suppliers_verification_check',
    before: `(verification = 'unverified' AND verification_reason IS NULL)
      OR (verification = 'verified' AND verified_by IS NOT NULL AND verified_at IS NOT NULL)
      OR (verification = 'rejected' AND verified_by IS NOT NULL AND length(btrim(verification_reason)) > 0)`,
    after: `(verification = 'unverified' AND verification_reason IS NULL)
      OR (verification = 'verified' AND verified_by IS NOT NULL AND verified_at IS NOT NULL)
      OR (verification = 'rejected' AND verified_by IS NOT NULL AND verification_reason IS NOT NULL
          AND length(btrim(verification_reason)) > 0)`,
  },
  {
    table: 'supplier_certifications',
    name: 'supplier_certifications_status_check',
    before: `(status = 'declared' AND verified_by IS NULL AND status_reason IS NULL)
      OR (status = 'verified' AND verified_by IS NOT NULL AND verified_at IS NOT NULL)
      OR (status = 'rejected' AND verified_by IS NOT NULL AND length(btrim(status_reason)) > 0)`,
    after: `(status = 'declared' AND verified_by IS NULL AND status_reason IS NULL)
      OR (status = 'verified' AND verified_by IS NOT NULL AND verified_at IS NOT NULL)
      OR (status = 'rejected' AND verified_by IS NOT NULL AND status_reason IS NOT NULL
          AND length(btrim(status_reason)) > 0)`,
  },
  {
    table: 'sourcing_requests',
    name: 'sourcing_requests_status_check',
    before: `(status = 'draft' AND published_at IS NULL AND closed_at IS NULL)
      OR (status = 'open' AND published_at IS NOT NULL AND closed_at IS NULL)
      OR (status = 'closed' AND published_at IS NOT NULL AND closed_at IS NOT NULL
          AND closed_reason IN ('buyer', 'due_date'))
      OR (status = 'awarded' AND published_at IS NOT NULL AND closed_at IS NOT NULL)`,
    after: `(status = 'draft' AND published_at IS NULL AND closed_at IS NULL)
      OR (status = 'open' AND published_at IS NOT NULL AND closed_at IS NULL)
      OR (status = 'closed' AND published_at IS NOT NULL AND closed_at IS NOT NULL
          AND closed_reason IS NOT NULL AND closed_reason IN ('buyer', 'due_date'))
      OR (status = 'awarded' AND published_at IS NOT NULL AND closed_at IS NOT NULL)`,
  },
];

export class NullSafeChecks1795824001800 implements MigrationInterface {
  name = 'NullSafeChecks1795824001800';

  async up(db: QueryRunner): Promise<void> {
    for (const { table, name, after } of CHECKS) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}, ADD CONSTRAINT ${name} CHECK (${after})`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table, name, before } of CHECKS) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}, ADD CONSTRAINT ${name} CHECK (${before})`);
    }
  }
}
