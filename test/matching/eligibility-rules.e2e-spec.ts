import { DataSource } from 'typeorm';
import { ELIGIBILITY_RULES } from '../../src/matching/eligibility-rules';
import { SCORED_COLUMNS } from '../../src/matching/score-sql';
import { createTestApp, TestApp } from '../support/app';

describe('Eligibility rules and the candidate lists', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs a change to every supplier column a rule or the score reads, so no kept list goes stale', async () => {
    const [{ definition }] = await t.app
      .get(DataSource)
      .query<{ definition: string }[]>(
        `SELECT pg_get_triggerdef(oid) AS definition FROM pg_trigger WHERE tgname = 'suppliers_log_update'`,
      );
    const read = new Set([...ELIGIBILITY_RULES.flatMap((rule) => rule.reads), ...SCORED_COLUMNS, 'deleted_at']);
    const unwatched = [...read].filter((column) => !new RegExp(`old\\.${column}\\b`, 'i').test(definition));
    expect(unwatched).toEqual([]);
  });
});
