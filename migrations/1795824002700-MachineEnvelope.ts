import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request may say what machine its part needs (a 60 kW motor housing needs
 * a die-casting cell of some 1,600 t; a floor panel a press with a large
 * bed): the process, and the least tonnage and bed size. Suppliers' machines
 * (jsonb) may carry the same: the process they serve, their tonnage and
 * bed. Matching gives depth points to a supplier with a machine that fits.
 */
export class MachineEnvelope1795824002700 implements MigrationInterface {
  name = 'MachineEnvelope1795824002700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sourcing_requests ADD COLUMN machine_need jsonb,
      ADD CONSTRAINT sourcing_requests_machine_need_check CHECK (machine_need IS NULL OR (
        jsonb_typeof(machine_need) = 'object' AND jsonb_typeof(machine_need -> 'process') = 'string'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE sourcing_requests DROP COLUMN machine_need');
  }
}
