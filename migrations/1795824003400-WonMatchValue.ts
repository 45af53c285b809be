import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A won match may say what it is worth to the region: the contract value in
 * whole rupiah and the new jobs it is expected to bring, given with the win
 * and corrected later (both optional, and only on a won match). The history
 * keeps what each win and each correction recorded: a correction is an
 * `outcome` event from won to won, which moves nothing in the state machine.
 */
export class WonMatchValue1795824003400 implements MigrationInterface {
  name = 'WonMatchValue1795824003400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE matches
        ADD COLUMN contract_value_idr bigint,
        ADD COLUMN expected_jobs integer,
        ADD CONSTRAINT matches_contract_value_check CHECK (
          contract_value_idr > 0 AND contract_value_idr <= 1000000000000000),
        ADD CONSTRAINT matches_expected_jobs_check CHECK (expected_jobs >= 0 AND expected_jobs <= 100000),
        ADD CONSTRAINT matches_outcome_check CHECK (
          status = 'won' OR (contract_value_idr IS NULL AND expected_jobs IS NULL))`);
    await db.query(`
      ALTER TABLE match_events
        ADD COLUMN contract_value_idr bigint,
        ADD COLUMN expected_jobs integer,
        ADD CONSTRAINT match_events_contract_value_check CHECK (
          contract_value_idr > 0 AND contract_value_idr <= 1000000000000000),
        ADD CONSTRAINT match_events_expected_jobs_check CHECK (expected_jobs >= 0 AND expected_jobs <= 100000),
        ADD CONSTRAINT match_events_outcome_check CHECK (
          type IN ('win', 'outcome') OR (contract_value_idr IS NULL AND expected_jobs IS NULL)),
        DROP CONSTRAINT match_events_type_check,
        ADD CONSTRAINT match_events_type_check CHECK (
          type IN ('shortlist', 'request', 'introduce', 'accept', 'decline', 'win', 'lose', 'withdraw', 'outcome')),
        ADD CONSTRAINT match_events_outcome_status_check CHECK (
          type <> 'outcome' OR (from_status = 'won' AND to_status = 'won'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The corrections have no place in the older history: they go (the values they set go with the columns).
    await db.query('ALTER TABLE match_events DISABLE TRIGGER match_events_append_only');
    await db.query(`DELETE FROM match_events WHERE type = 'outcome'`);
    await db.query('ALTER TABLE match_events ENABLE TRIGGER match_events_append_only');
    await db.query(`
      ALTER TABLE match_events
        DROP CONSTRAINT match_events_outcome_status_check,
        DROP CONSTRAINT match_events_type_check,
        ADD CONSTRAINT match_events_type_check CHECK (
          type IN ('shortlist', 'request', 'introduce', 'accept', 'decline', 'win', 'lose', 'withdraw')),
        DROP CONSTRAINT match_events_outcome_check,
        DROP CONSTRAINT match_events_expected_jobs_check,
        DROP CONSTRAINT match_events_contract_value_check,
        DROP COLUMN expected_jobs,
        DROP COLUMN contract_value_idr`);
    await db.query(`
      ALTER TABLE matches
        DROP CONSTRAINT matches_outcome_check,
        DROP CONSTRAINT matches_expected_jobs_check,
        DROP CONSTRAINT matches_contract_value_check,
        DROP COLUMN expected_jobs,
        DROP COLUMN contract_value_idr`);
  }
}
