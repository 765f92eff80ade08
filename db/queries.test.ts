import { afterAll, describe, expect, it } from 'vitest';
import { getNationalSummary, getRanking, getReport, getUnitHistory, latestReportDate } from './queries';
import { createTestStore, TEST_TODAY } from './test-store';
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

describe('the report', () => {
  it('never invents 2024-edition figures after 30/6/2025', () => {
    const report = getReport(store, { date: '2025-07-01', edition: '2024' });
    expect(report.available).toBe(false);
    expect(report.metrics).toEqual([]);
    expect(report.units).toHaveLength(63);
    expect(report.units.every((u) => Object.keys(u.metrics).length === 0)).toBe(true);
    expect(getNationalSummary(store, { date: '2025-07-01', edition: '2024' }).metrics).toEqual({});
  });

  it('shows a 2025 unit before the merger as the sum of its predecessors', () => {
    const old = getReport(store, { date: '2024-11-13', edition: '2024' });
    const now = getReport(store, { date: '2024-11-13', edition: '2025' });
    const of = (code: string) => old.units.find((u) => u.code === code)!.metrics;
    const hcm = now.units.find((u) => u.code === '79')!.metrics;
    for (const key of ['health_book_records', 'land_parcels_digitized', 'districts_digitized'] as const) {
      expect(hcm[key]?.value).toBe(of('74')[key]!.value! + of('77')[key]!.value! + of('79')[key]!.value!);
      expect(hcm[key]?.target).toBe(of('74')[key]!.target! + of('77')[key]!.target! + of('79')[key]!.target!);
    }
    expect(hcm.districts_digitized?.denominator).toBe(9 + 8 + 22);
    // A milestone is reached by a merged unit only when every predecessor has reached it.
    const allLive = ['74', '77', '79'].every((c) => of(c).judicial_record_live?.value === 1);
    expect(hcm.judicial_record_live?.value).toBe(allLive ? 1 : 0);
    expect(now.units).toHaveLength(34);
    expect(now.metrics).not.toContain('communes_digitized');
  });

  it('carries a unit that did not report on the date with its latest earlier report', () => {
    const report = getReport(store, { date: '2024-11-15', edition: '2024' });
    expect(report.units.find((u) => u.code === '01')!.metrics.health_book_records?.reportDate).toBe('2024-11-13');
    expect(report.national.health_book_records).toBe(14_800_000);
  });
});

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

describe("a unit's history", () => {
  it('runs from its predecessors through the merger to today', () => {
    const history = getUnitHistory(store, { edition: '2025', code: '79' })!;
    const health = history.metrics.health_book_records!.points;
    expect(health[0].date < '2025-07-01').toBe(true);
    expect(health.at(-1)!.date).toBe('2026-11-25');
    const merger = health.findIndex((p) => p.date === '2025-07-01');
    expect(health[merger].value).toBe(health[merger - 1].value); // no jump
    const targetsOf = new Set(history.metrics.health_book_records!.targets.map((t) => t.unitCode));
    expect([...targetsOf].sort()).toEqual(['74', '77', '79']);
    expect(history.metrics.districts_digitized!.points.at(-1)!.date).toBe('2025-06-25');
  });

  it('is null for a code that is not a unit of the edition', () => {
    expect(getUnitHistory(store, { edition: '2025', code: '74' })).toBeNull();
    expect(getUnitHistory(store, { edition: '2024', code: '99' })).toBeNull();
  });
});
