import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One membership model for suppliers, buyers and estates: each of them will
 * be a row here first (its id is the organisation's id, and its table refers
 * to (id, type)), and users act for organisations through memberships.
 */
export class Organizations1795824000300 implements MigrationInterface {
  name = 'Organizations1795824000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organizations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_pk PRIMARY KEY (id),
        CONSTRAINT organizations_id_type_unique UNIQUE (id, type),
        CONSTRAINT organizations_type_check CHECK (type IN ('supplier', 'buyer', 'estate'))
      )`);
    await db.query(`
      CREATE TABLE memberships (
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        added_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_pk PRIMARY KEY (organization_id, user_id),
        CONSTRAINT memberships_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE,
        CONSTRAINT memberships_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
        CONSTRAINT memberships_added_by_fk FOREIGN KEY (added_by_user_id) REFERENCES users (id)
      )`);
    await db.query('CREATE INDEX memberships_user_id_idx ON memberships (user_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE memberships');
    await db.query('DROP TABLE organizations');
  }
}
