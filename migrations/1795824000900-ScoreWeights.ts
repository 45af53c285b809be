import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sourcing request may weigh the candidate score's six factors its own way:
 * each 0..50, summing to 100 (NULL: the defaults of src/matching/scoring.ts).
 */
export class ScoreWeights1795824000900 implements MigrationInterface {
  name = 'ScoreWeights1795824000900';

  async up(db: QueryRunner): Promise<void> {
    const factors = ['capability', 'certification', 'distance', 'capacity', 'tkdn', 'verification'];
    const value = (f: string) => `(score_weights ->> '${f}')::numeric`;
    await db.query(`
      ALTER TABLE sourcing_requests ADD COLUMN score_weights jsonb,
        ADD CONSTRAINT sourcing_requests_score_weights_check CHECK (score_weights IS NULL OR (
          jsonb_typeof(score_weights) = 'object'
          AND ${factors.map((f) => `${value(f)} BETWEEN 0 AND 50`).join(' AND ')}
          AND ${factors.map(value).join(' + ')} = 100
        ))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE sourcing_requests DROP COLUMN score_weights');
  }
}
