import { afterAll, describe, expect, it } from 'vitest';
import { getNationalSummary } from './national';
import { getReport } from './report';
import { createTestStore } from './testing/test-store';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

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
