import { afterAll, describe, expect, it } from 'vitest';
import { getNationalSummary } from './national';
import { getReport } from './report';
import { latestReportDate } from './store-facts';
import { createTestStore, TEST_TODAY } from './testing/test-store';
import type { Edition } from '@/lib/editions';
import type { MetricProgress } from '@/lib/progress';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

/** Equal, but for the last bits of sums of fractions added in another order. */
function expectSameProgress(a: MetricProgress | undefined, b: MetricProgress | undefined) {
  expect(a).toBeDefined();
  const close = (x: number | null | undefined, y: number | null | undefined) =>
    x === null || y === null ? expect(x).toBe(y) : expect(x).toBeCloseTo(y!, 6);
  const { expected: ea, expectedPct: pa, forecast: fa, ...restA } = a!;
  const { expected: eb, expectedPct: pb, forecast: fb, ...restB } = b!;
  expect(restA).toEqual(restB);
  close(ea, eb);
  close(pa, pb);
  expect({ ...fa, perDay: null }).toEqual({ ...fb, perDay: null });
}

describe('the national summary', () => {
  it.each([
    ['2023-06-07', '2024'],
    ['2024-11-13', '2024'],
    ['2024-11-13', '2025'],
    ['2025-06-25', '2024'],
    ['2025-07-01', '2025'],
    ['2025-07-09', '2025'],
    [TEST_TODAY, '2025'],
  ] as [string, Edition][])('on %s, edition %s, equals the sum of the units', (date, edition) => {
    const summary = getNationalSummary(store, { date, edition });
    const report = getReport(store, { date, edition });
    expect(Object.keys(summary.metrics).sort()).toEqual([...report.metrics].sort());
    for (const key of report.metrics) expectSameProgress(summary.metrics[key], report.nationalDetail[key]);
  });

  it('defaults to the latest report and the edition in force', () => {
    expect(latestReportDate(store)).toBe('2026-11-25');
    const summary = getNationalSummary(store);
    expect([summary.asOf, summary.edition]).toEqual(['2026-11-25', '2025']);
  });
});
