import { describe, expect, it } from 'vitest';
import { compareReports, improvementScore, type MetricChange } from '@/lib/changes';
import type { Edition } from '@/lib/editions';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import type { PlanAt } from '@/lib/plan';
import { buildReport, type Report, type ReportUnitInput, type UnitMetricInput } from '@/lib/report';

// Reports built by the real lib/report.ts from series and plans chosen so that every status is
// known by hand: a linear plan's status is on track at or above `expected`, at risk from 85% of
// it, behind below.
const figure = (value: number, target: number, expected: number, shape: PlanAt['shape'] = 'linear'): UnitMetricInput => ({
  series: { points: [{ date: '2024-01-01', value }], complete: true },
  plan: { targetValue: target, expectedValue: expected, dueDate: '2026-12-31', shape },
  denominator: null,
});
const unit = (code: string, metrics: ReportUnitInput['metrics']): ReportUnitInput => ({
  code, nameVi: `Tỉnh ${code}`, nameAscii: `Tinh ${code}`, kind: 'province', region: null, metrics,
});
function report(asOf: string, units: ReportUnitInput[], keys: MetricKey[], options: { edition?: Edition; selection?: string[] } = {}): Report {
  const edition = options.edition ?? '2024';
  return buildReport({
    asOf, edition, sourceEdition: asOf < '2025-07-01' ? '2024' : '2025', available: true, illustrative: true,
    metrics: keys.map(metricByKey), units, selection: options.selection,
  });
}

const KEYS: MetricKey[] = ['health_book_records', 'judicial_record_live', 'districts_digitized'];
// 01: health 100 → 400 of 1000 (expected 100, then 500: on track → behind); reaches the milestone.
// 79: health 900 → 1200 of 1000 (on track → done), milestone not reached (at risk → behind).
// 31: districts 5 → 5 of 10 (expected 5, then 8: on track → behind); no health book reports.
const before = report('2024-10-02', [
  unit('01', { health_book_records: figure(100, 1000, 100), judicial_record_live: figure(0, 1, 0, 'step') }),
  unit('31', { districts_digitized: { ...figure(5, 10, 5), denominator: 10 } }),
  unit('79', { health_book_records: figure(900, 1000, 800), judicial_record_live: figure(0, 1, 1) }),
], KEYS);
const after = report('2024-11-13', [
  unit('01', { health_book_records: figure(400, 1000, 500), judicial_record_live: figure(1, 1, 1, 'step') }),
  unit('31', { districts_digitized: { ...figure(5, 10, 8), denominator: 10 } }),
  unit('79', { health_book_records: figure(1200, 1000, 900), judicial_record_live: figure(0, 1, 1) }),
], KEYS);

describe('compareReports: each figure', () => {
  const changes = compareReports(before, after);
  const of = (code: string, key: MetricKey) => changes.units.find((u) => u.code === code)!.metrics[key];

  it.each<[string, MetricKey, MetricChange | undefined]>([
    ['01', 'health_book_records', { from: 100, to: 400, change: 300, pctFrom: 0.1, pctTo: 0.4, statusFrom: 'on_track', statusTo: 'behind' }],
    // A milestone: change 1 (reached), % 0 → 100.
    ['01', 'judicial_record_live', { from: 0, to: 1, change: 1, pctFrom: 0, pctTo: 1, statusFrom: 'on_track', statusTo: 'done' }],
    ['79', 'health_book_records', { from: 900, to: 1200, change: 300, pctFrom: 0.9, pctTo: 1.2, statusFrom: 'on_track', statusTo: 'done' }],
    ['79', 'judicial_record_live', { from: 0, to: 0, change: 0, pctFrom: 0, pctTo: 0, statusFrom: 'behind', statusTo: 'behind' }],
    ['31', 'districts_digitized', { from: 5, to: 5, change: 0, pctFrom: 0.5, pctTo: 0.5, statusFrom: 'on_track', statusTo: 'behind' }],
    // A metric a unit does not report is absent, not invented.
    ['31', 'health_book_records', undefined],
  ])('%s %s', (code, key, expected) => {
    expect(of(code, key)).toEqual(expected);
  });

  it('national: the sums of the two reports, and their change', () => {
    expect(changes.national).toEqual({
      health_book_records: { from: 1000, to: 1600, change: 600 },
      judicial_record_live: { from: 0, to: 1, change: 1 },
      districts_digitized: { from: 5, to: 5, change: 0 },
    });
    expect(changes).toMatchObject({ from: '2024-10-02', to: '2024-11-13', edition: '2024', illustrative: true, metrics: KEYS });
  });

  it('lagging: every figure behind or at risk on the later date, with its target', () => {
    expect(changes.lagging.map((l) => [l.code, l.metric, l.statusTo, l.target])).toEqual([
      ['01', 'health_book_records', 'behind', 1000],
      ['31', 'districts_digitized', 'behind', 10],
      ['79', 'judicial_record_live', 'behind', 1],
    ]);
  });

  it('improved: mean change of % of target (capped at 100%), best first; none without a gain', () => {
    // 01: health +0.3, milestone +1 → 0.65. 79: health 0.9 → min(1.2, 1) = +0.1, milestone 0 → 0.05. 31: 0.
    expect(changes.improved).toEqual([
      { code: '01', name: 'Tỉnh 01', score: expect.closeTo(0.65, 10), metrics: 2 },
      { code: '79', name: 'Tỉnh 79', score: expect.closeTo(0.05, 10), metrics: 2 },
    ]);
  });

  it('slipped: units whose status got worse on some metric, most first', () => {
    expect(changes.slipped).toEqual([
      { code: '01', name: 'Tỉnh 01', metrics: [{ metric: 'health_book_records', statusFrom: 'on_track', statusTo: 'behind' }] },
      { code: '31', name: 'Tỉnh 31', metrics: [{ metric: 'districts_digitized', statusFrom: 'on_track', statusTo: 'behind' }] },
    ]);
  });
});

describe('compareReports: selection, editions, metrics of one date only', () => {
  it('lists only the selection; the national figures are the selection\'s (from the reports)', () => {
    const units = [unit('01', { health_book_records: figure(100, 1000, 100) }), unit('79', { health_book_records: figure(900, 1000, 800) })];
    const later = [unit('01', { health_book_records: figure(150, 1000, 100) }), unit('79', { health_book_records: figure(990, 1000, 800) })];
    const changes = compareReports(
      report('2024-10-02', units, ['health_book_records'], { selection: ['79'] }),
      report('2024-11-13', later, ['health_book_records'], { selection: ['79'] }),
      ['79'],
    );
    expect(changes.units.map((u) => u.code)).toEqual(['79']);
    expect(changes.national.health_book_records).toEqual({ from: 900, to: 990, change: 90 });
  });

  it('a metric reported on one date only (districts before 1/7/2025, communes after) is null on the other side', () => {
    const changes = compareReports(
      report('2025-05-01', [unit('79', { districts_digitized: { ...figure(3, 10, 3), denominator: 10 } })], ['districts_digitized'], { edition: '2025' }),
      report('2025-08-01', [unit('79', { communes_digitized: { ...figure(40, 100, 40), denominator: 100 } })], ['communes_digitized'], { edition: '2025' }),
    );
    expect(changes.metrics).toEqual(['districts_digitized', 'communes_digitized']);
    expect(changes.units[0].metrics).toEqual({
      districts_digitized: { from: 3, to: null, change: null, pctFrom: 0.3, pctTo: null, statusFrom: 'on_track', statusTo: 'no_data' },
      communes_digitized: { from: null, to: 40, change: null, pctFrom: null, pctTo: 0.4, statusFrom: 'no_data', statusTo: 'on_track' },
    });
    expect(changes.national.communes_digitized).toEqual({ from: null, to: 40, change: null });
    // No metric has a % on both dates: no score, so neither improved nor slipped.
    expect(changes.improved).toEqual([]);
    expect(changes.slipped).toEqual([]);
  });

  it('refuses reports of two editions, or out of order', () => {
    const a = report('2024-10-02', [], KEYS, { edition: '2024' });
    expect(() => compareReports(a, report('2024-11-13', [], KEYS, { edition: '2025' }))).toThrow(/editions/);
    expect(() => compareReports(report('2024-11-13', [], KEYS), a)).toThrow(/order/);
  });
});

describe('improvementScore', () => {
  const m = (pctFrom: number | null, pctTo: number | null): MetricChange => ({
    from: null, to: null, change: null, pctFrom, pctTo, statusFrom: 'no_data', statusTo: 'no_data',
  });
  it.each<[string, Partial<Record<MetricKey, MetricChange>>, { score: number; metrics: number } | null]>([
    ['no metric with a % on both dates', { health_book_records: m(null, 0.5) }, null],
    ['one metric', { health_book_records: m(0.2, 0.5) }, { score: 0.3, metrics: 1 }],
    ['a fall counts', { health_book_records: m(0.5, 0.2), land_parcels_digitized: m(0.1, 0.2) }, { score: -0.1, metrics: 2 }],
    ['past the target counts up to 100%', { health_book_records: m(1.5, 2) }, { score: 0, metrics: 1 }],
  ])('%s', (_, metrics, expected) => {
    const score = improvementScore(metrics);
    if (expected === null) return expect(score).toBeNull();
    expect(score!.metrics).toBe(expected.metrics);
    expect(score!.score).toBeCloseTo(expected.score, 10);
  });
});
