import { staleSnapshots } from '../sql-snapshots';

describe('SQL snapshots (queries/*.sql)', () => {
  it('match the SQL the code generates; run `npm run sql:snapshots` and review the diff when they do not', () => {
    expect(staleSnapshots()).toEqual([]);
  });
});
