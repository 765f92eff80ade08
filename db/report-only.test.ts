// A report of some provinces only (db/report.ts `only`) gives each of them the very figures the
// whole country's report gives it, and a meeting's changes read that way are those of the whole
// reports: the province page and the meeting pages rely on it to read less.
import { afterAll, describe, expect, it } from 'vitest';
import { getChanges } from './changes';
import { getOverviewReport, getReport } from './report';
import { createTestStore } from './testing/test-store';
import { compareReports } from '@/lib/changes';
import type { Edition } from '@/lib/editions';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

const cases: { date?: string; edition: Edition; codes: string[] }[] = [
  { edition: '2025', codes: ['79'] }, // merged: its own reports continue its predecessors' sum
  { edition: '2025', codes: ['01', '48'] },
  { date: '2024-11-13', edition: '2025', codes: ['79', '31'] }, // before the merger: predecessors' sums
  { date: '2025-07-01', edition: '2025', codes: ['46'] },
  { date: '2024-11-13', edition: '2024', codes: ['74', '01', '95'] },
  { date: '2023-06-14', edition: '2024', codes: ['79'] },
];

describe('a report of some provinces only', () => {
  it.each(cases)('on $date in $edition, $codes have the rows of the whole report', ({ date, edition, codes }) => {
    const whole = getOverviewReport(store, { date, edition });
    const only = getOverviewReport(store, { date, edition, only: codes });
    expect(only.units.map((u) => u.code).sort()).toEqual([...codes].sort());
    for (const unit of only.units) expect(unit).toEqual(whole.units.find((u) => u.code === unit.code));
    expect([only.asOf, only.edition, only.available, only.metrics]).toEqual([whole.asOf, whole.edition, whole.available, whole.metrics]);
    // With the same selection, the national figures are the selection's either way.
    expect(getReport(store, { date, edition, selection: codes, only: codes }).national).toEqual(getReport(store, { date, edition, selection: codes }).national);
  });

  it('a meeting\'s changes are those of the whole reports', () => {
    const selection = ['01', '31', '79', '48'];
    const query = { from: '2024-10-02', to: '2024-11-13', edition: '2024' as const, selection };
    const whole = compareReports(
      getReport(store, { date: query.from, edition: query.edition, selection }),
      getReport(store, { date: query.to, edition: query.edition, selection }),
      selection,
    );
    expect(getChanges(store, query)).toEqual(whole);
    expect(whole.units.length).toBe(4);
  });
});
