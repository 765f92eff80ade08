import { afterAll, describe, expect, it } from 'vitest';
import { getRanking } from './ranking';
import { getReport } from './report';
import { createTestStore } from './testing/test-store';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

describe('the ranking', () => {
  it('lists every unit, best % of target first', () => {
    const ranking = getRanking(store, { date: '2024-11-13', edition: '2024', metric: 'districts_digitized' });
    expect(ranking.rows).toHaveLength(63);
    const pct = ranking.rows.map((r) => r.progress.pctOfTarget!);
    expect(pct).toEqual([...pct].sort((a, b) => b - a));
    const report = getReport(store, { date: '2024-11-13', edition: '2024' });
    const first = report.units.find((u) => u.code === ranking.rows[0].code)!.metrics.districts_digitized!;
    expect(ranking.rows[0].progress.value).toBe(first.value);
    expect(ranking.rows[0].progress.status).toBe(first.status);
  });

  it('is empty for a metric that does not apply on the date', () => {
    expect(getRanking(store, { date: '2024-11-13', edition: '2024', metric: 'communes_digitized' }).available).toBe(false);
  });
});
