import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows, readDataCsv } from './support/csv';

/**
 * The steps a buyer values after a process, by process group: machining,
 * heat treatment, coating and leak testing after casting, and so on. A
 * supplier that also does them ships finished parts; matching gives depth
 * points for them, not for sibling processes of the same group (a die
 * caster that also sand casts adds nothing to a die-cast housing). Data, so
 * a correction is a row in a new migration.
 */
export class DownstreamSteps1795824002600 implements MigrationInterface {
  name = 'DownstreamSteps1795824002600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE downstream_steps (
        process_group text NOT NULL,
        step_group text NOT NULL,
        why text NOT NULL,
        CONSTRAINT downstream_steps_pk PRIMARY KEY (process_group, step_group),
        CONSTRAINT downstream_steps_process_fk FOREIGN KEY (process_group) REFERENCES processes (code),
        CONSTRAINT downstream_steps_step_fk FOREIGN KEY (step_group) REFERENCES processes (code),
        CONSTRAINT downstream_steps_distinct_check CHECK (process_group <> step_group)
      )`);
    const rows = readDataCsv('2600-downstream/downstream-steps.csv').map((r) => [r.process_group, r.step_group, r.why]);
    await insertRows(
      (sql, params) => db.query(sql, params),
      'downstream_steps',
      ['process_group', 'step_group', 'why'],
      rows,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE downstream_steps');
  }
}
