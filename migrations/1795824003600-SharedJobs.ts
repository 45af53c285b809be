import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What several instances on one database must share to do their work once.
 * `job_runs`: when each scheduled job last started, so that of the instances
 * whose timers fire together one claims the run (a single statement, no lock
 * held while the job works: the embedded database has one connection).
 * `email_outbox.claimed_until`: a sender claims the mails it is about to send,
 * so that two senders never send the same mail.
 */
export class SharedJobs1795824003600 implements MigrationInterface {
  name = 'SharedJobs1795824003600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE job_runs (
        name text CONSTRAINT job_runs_pk PRIMARY KEY,
        started_at timestamptz NOT NULL,
        started_by text NOT NULL,
        CONSTRAINT job_runs_name_check CHECK (length(name) BETWEEN 1 AND 100),
        CONSTRAINT job_runs_started_by_check CHECK (length(started_by) BETWEEN 1 AND 200)
      )`);
    await db.query(`ALTER TABLE email_outbox ADD COLUMN claimed_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_outbox DROP COLUMN claimed_until`);
    await db.query(`DROP TABLE job_runs`);
  }
}
