import { afterAll, describe, expect, it } from 'vitest';
import { getNationalSummary } from '../national';
import { getReport } from '../report';
import { listUnits, predecessorsByUnit } from '../units';
import { seedIllustrativeData } from './seed';
import { createTestStore, TEST_TODAY } from '../testing/test-store';
import { METRICS, metricByKey, type MetricKey } from '@/lib/metrics';
import { STATUSES } from '@/lib/status';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

describe('the illustrative data reproduces the public figures', () => {
  it('on 13/11/2024, nationally, in the 2024 edition', () => {
    const report = getReport(store, { date: '2024-11-13', edition: '2024' });
    const { land_parcels_digitized: land, ...exact } = report.national;
    expect(exact).toEqual({
      health_book_records: 14_800_000,
      judicial_record_applications: 24_887,
      judicial_record_live: 47,
      districts_digitized: 461,
      civil_status_digitized: 15,
    });
    expect(land).toBeGreaterThanOrEqual(46_000_000);
    expect(land).toBeLessThan(47_000_000);
    expect(report.nationalDetail.districts_digitized?.denominator).toBe(705);
    expect(report.nationalDetail.judicial_record_live?.denominator).toBe(63);
  });

  it('with 2 localities issuing judicial-record certificates on VNeID on 2/10/2024', () => {
    expect(getReport(store, { date: '2024-10-02', edition: '2024' }).national.judicial_record_live).toBe(2);
  });

  it('in the national summary as in the report', () => {
    const summary = getNationalSummary(store, { date: '2024-11-13', edition: '2024' });
    expect(summary.metrics.health_book_records?.value).toBe(14_800_000);
    expect(summary.metrics.districts_digitized?.value).toBe(461);
  });

  it('and the 2025 edition, summing predecessors, gives the same counts', () => {
    const national = getReport(store, { date: '2024-11-13', edition: '2025' }).national;
    expect(national.health_book_records).toBe(14_800_000);
    expect(national.judicial_record_applications).toBe(24_887);
    expect(national.districts_digitized).toBe(461);
  });
});

describe('across the merger of 1/7/2025', () => {
  const before = getReport(store, { date: '2025-06-30', edition: '2024' });
  const after = getReport(store, { date: '2025-07-01', edition: '2025' });
  const predecessors = predecessorsByUnit(store);
  const units2025 = listUnits(store, '2025');
  const cumulative: MetricKey[] = ['health_book_records', 'judicial_record_applications', 'land_parcels_digitized'];

  it.each(units2025.map((u) => [u.code, u] as const))('2025 unit %s continues from its predecessors', (_, unit) => {
    const codes = predecessors.get(unit.id)!.map((p) => p.code);
    const own = after.units.find((u) => u.code === unit.code)!;
    for (const key of cumulative) {
      const sum = before.units
        .filter((u) => codes.includes(u.code))
        .reduce((s, u) => s + (u.metrics[key]?.value ?? 0), 0);
      const none = before.units.filter((u) => codes.includes(u.code)).every((u) => u.metrics[key]?.value === null);
      expect(own.metrics[key]?.value ?? null, `${unit.code} ${key}`).toBe(none ? null : sum);
      if (!none) expect(own.metrics[key]?.reportDate).toBe('2025-07-01');
    }
  });

  it('and the national totals do not jump', () => {
    for (const key of cumulative) expect(after.national[key]).toBe(before.national[key]);
  });

  it('and the change since the previous report runs across it', () => {
    const hcm = after.units.find((u) => u.code === '79')!;
    expect(hcm.metrics.health_book_records?.change).toBe(0);
  });
});

describe('the illustrative data', () => {
  it.each([
    ['2024-11-13', '2024'],
    [TEST_TODAY, '2025'],
  ] as const)('shows every status on %s (edition %s)', (date, edition) => {
    const report = getReport(store, { date, edition });
    const seen = new Set(report.units.flatMap((u) => Object.values(u.metrics).map((m) => m!.status)));
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });

  it('has cumulative values that never fall, and counts within their denominators', () => {
    const rows = store.sqlite
      .prepare(
        `SELECT m.key, o.unit_id, o.value, LAG(o.value) OVER (PARTITION BY o.unit_id, o.metric_id ORDER BY o.report_date) AS prev,
           COALESCE(u.districts, u.communes) AS den
         FROM observations o JOIN metrics m ON m.id = o.metric_id JOIN units u ON u.id = o.unit_id`,
      )
      .all() as { key: MetricKey; value: number; prev: number | null; den: number }[];
    for (const r of rows) {
      if (metricByKey(r.key).kind === 'cumulative' && r.prev !== null) expect(r.value).toBeGreaterThanOrEqual(r.prev);
      if (metricByKey(r.key).kind === 'share') expect(r.value).toBeLessThanOrEqual(r.den);
      if (metricByKey(r.key).kind === 'milestone') expect([0, 1]).toContain(r.value);
    }
    // Every report row of the seed (about 164,000 with the communes' weekly reports): slow, not wrong.
  }, 120_000);

  it('reports weekly until today and no later, 63 provinces before the merger and 34 after', () => {
    const editions = store.sqlite
      .prepare(
        `SELECT u.edition, MIN(o.report_date) AS first, MAX(o.report_date) AS last, COUNT(DISTINCT u.id) AS units
         FROM observations o JOIN units u ON u.id = o.unit_id WHERE u.level = 'province' GROUP BY u.edition ORDER BY u.edition`,
      )
      .all();
    expect(editions).toEqual([
      { edition: '2024', first: '2023-01-04', last: '2025-06-25', units: 63 },
      { edition: '2025', first: '2025-07-01', last: '2026-11-25', units: 34 },
    ]);
  });

  it('says it is illustrative, and so does every target', () => {
    expect(getReport(store, {}).illustrative).toBe(true);
    const notIllustrative = store.sqlite.prepare(`SELECT COUNT(*) FROM targets WHERE illustrative = 0`).pluck().get();
    expect(notIllustrative).toBe(0);
    const notes = store.sqlite.prepare(`SELECT DISTINCT note FROM targets`).pluck().all();
    expect(notes).toEqual([expect.stringMatching(/minh họa.*Illustrative/)]);
  });

  it('has targets for every unit and metric of each edition', () => {
    const missing = store.sqlite
      .prepare(
        `SELECT u.edition, u.code, me.metric_id FROM units u JOIN metric_editions me ON me.edition = u.edition
         WHERE u.level = 'province' AND me.metric_id IN (SELECT value FROM json_each(?))
           AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.unit_id = u.id AND t.metric_id = me.metric_id)`,
      )
      .all(JSON.stringify(METRICS.filter((m) => (m.levels as readonly string[]).includes('province')).map((m) => m.id)));
    expect(missing).toEqual([]);
  });

  it('is the same on every run (fixed seed)', () => {
    const first = store.sqlite.prepare(`SELECT SUM(value), COUNT(*) FROM observations`).raw().get();
    const again = createTestStore({ seed: true });
    try {
      expect(again.sqlite.prepare(`SELECT SUM(value), COUNT(*) FROM observations`).raw().get()).toEqual(first);
    } finally {
      again.dispose();
    }
    // Seeds a second store (the seed with timed reports takes well over 30 s on a loaded 2-core machine).
  }, 180_000);

  it('is not written over a store that has reports', () => {
    const before = store.sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get();
    expect(seedIllustrativeData(store, TEST_TODAY).seeded).toBe(false);
    expect(store.sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get()).toBe(before);
  });
});
