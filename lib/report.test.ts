import { describe, expect, it } from 'vitest';
import { metricByKey } from '@/lib/metrics';
import type { PlanAt } from '@/lib/plan';
import { buildReport, type ReportInput, type ReportUnitInput, type UnitMetricInput } from '@/lib/report';
import type { UnitSeries } from '@/lib/rollup';

const series = (...pairs: [string, number][]): UnitSeries => ({
  points: pairs.map(([date, value]) => ({ date, value })),
  complete: true,
});
const plan = (targetValue: number, expectedValue: number, dueDate = '2024-12-31'): PlanAt => ({
  targetValue,
  expectedValue,
  dueDate,
  shape: 'linear',
});
const unit = (code: string, nameVi: string, metrics: ReportUnitInput['metrics']): ReportUnitInput => ({
  code,
  nameVi,
  nameAscii: nameVi.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
  kind: 'province',
  region: 'Đồng bằng sông Hồng',
  metrics,
});

const districts = (value: number, denominator: number, target: number, expected: number): UnitMetricInput => ({
  series: series(['2024-06-01', value]),
  plan: plan(target, expected),
  denominator,
});

// Unit A has digitized 1 of its 10 districts, unit B 9 of 10; both expected 5 by now.
// The health book records report on different dates.
const A = unit('01', 'Hà Nội', {
  districts_digitized: districts(1, 10, 10, 5),
  health_book_records: {
    series: series(['2024-06-01', 100], ['2024-06-15', 150]),
    plan: plan(1000, 200, '2025-06-30'),
    denominator: null,
  },
});
const B = unit('79', 'Hồ Chí Minh', {
  districts_digitized: districts(9, 10, 10, 5),
  health_book_records: {
    series: series(['2024-06-10', 1000]),
    plan: plan(2000, 600, '2024-12-31'),
    denominator: null,
  },
});
// C reports districts without a plan and no health book records at all.
const C = unit('31', 'Hải Phòng', {
  districts_digitized: { series: series(['2024-05-01', 2]), plan: null, denominator: 4 },
});

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  asOf: '2024-06-20',
  edition: '2024',
  sourceEdition: '2024',
  available: true,
  illustrative: false,
  metrics: [metricByKey('districts_digitized'), metricByKey('health_book_records')],
  units: [A, B],
  ...overrides,
});

describe('buildReport', () => {
  it('the national share is the sum of numerators over the sum of denominators, never a mean of percentages', () => {
    const report = buildReport(input());
    // 1/10 and 9/10 → 10/20 = 50% (the mean of 10% and 90% happens to be 50% too, so see below)
    expect(report.units.map((u) => u.metrics.districts_digitized?.pctOfTarget)).toEqual([0.1, 0.9]);
    expect(report.national.districts_digitized).toBe(10);
    expect(report.nationalDetail.districts_digitized).toEqual({
      value: 10,
      reportDate: '2024-06-01',
      change: null,
      denominator: 20,
      target: 20,
      dueDate: '2024-12-31',
      pctOfTarget: 0.5,
      expected: 10,
      expectedPct: 0.5,
      status: 'on_track',
      forecast: { date: null, basis: 'too_few_reports', reportsUsed: 1, perDay: null },
    });
  });

  it.each<[string, UnitMetricInput, UnitMetricInput, { value: number; denominator: number; pct: number }]>([
    // 1 of 10 and 9 of 30: the mean of 10% and 30% is 20%, the true share 10 / 40 = 25%
    ['unequal denominators', districts(1, 10, 10, 5), districts(9, 30, 30, 15), { value: 10, denominator: 40, pct: 0.25 }],
    // 0 of 2 and 50 of 50: mean 50%, true 50 / 52
    ['a small unit does not weigh as much as a large one', districts(0, 2, 2, 1), districts(50, 50, 50, 25), { value: 50, denominator: 52, pct: 50 / 52 }],
  ])('sums, not averages: %s', (_label, a, b, expected) => {
    const report = buildReport(
      input({
        metrics: [metricByKey('districts_digitized')],
        units: [unit('01', 'Hà Nội', { districts_digitized: a }), unit('79', 'Hồ Chí Minh', { districts_digitized: b })],
      }),
    );
    const national = report.nationalDetail.districts_digitized!;
    expect(national.value).toBe(expected.value);
    expect(national.denominator).toBe(expected.denominator);
    expect(national.target).toBe(expected.denominator);
    expect(national.pctOfTarget).toBe(expected.pct);
  });

  it('the national series carries each unit’s latest report forward across report dates', () => {
    const report = buildReport(input());
    // 1/6: A 100; 10/6: A 100 + B 1000; 15/6: A 150 + B 1000
    expect(report.national.health_book_records).toBe(1150);
    const detail = report.nationalDetail.health_book_records!;
    expect(detail.reportDate).toBe('2024-06-15');
    expect(detail.change).toBe(50);
    expect(detail.target).toBe(3000);
    expect(detail.expected).toBe(800);
    expect(detail.dueDate).toBe('2025-06-30'); // the latest due date of the units
    expect(detail.pctOfTarget).toBe(1150 / 3000);
    expect(detail.status).toBe('on_track');
    expect(detail.forecast.reportsUsed).toBe(3);
  });

  it('units keep their own figures, in input order, named in Vietnamese', () => {
    const report = buildReport(input());
    expect(report.units.map((u) => [u.code, u.name, u.nameAscii, u.kind, u.region])).toEqual([
      ['01', 'Hà Nội', 'Ha Noi', 'province', 'Đồng bằng sông Hồng'],
      ['79', 'Hồ Chí Minh', 'Ho Chi Minh', 'province', 'Đồng bằng sông Hồng'],
    ]);
    expect(report.units[0].metrics.health_book_records?.value).toBe(150);
    expect(report.units[0].metrics.health_book_records?.change).toBe(50);
    expect(report.units[0].metrics.districts_digitized?.status).toBe('behind'); // 1 < 0.85 × 5
    expect(report.units[1].metrics.districts_digitized?.status).toBe('on_track');
    expect(report.units[1].metrics.health_book_records?.status).toBe('on_track'); // 1000 ≥ 600
  });

  it('a unit without a metric has no entry for it and is left out of that national sum', () => {
    const report = buildReport(input({ units: [A, B, C] }));
    expect(report.units[2].metrics).toEqual({
      districts_digitized: expect.objectContaining({ value: 2, status: 'no_data', target: null }),
    });
    expect(report.national.health_book_records).toBe(1150);
    // C's districts count in the value and denominator; it has no plan, so none in the target
    expect(report.national.districts_digitized).toBe(12);
    expect(report.nationalDetail.districts_digitized?.denominator).toBe(24);
    expect(report.nationalDetail.districts_digitized?.target).toBe(20);
  });

  it('a metric no unit carries gives a null national value and no_data', () => {
    const report = buildReport(input({ metrics: [metricByKey('communes_digitized')] }));
    expect(report.metrics).toEqual(['communes_digitized']);
    expect(report.national).toEqual({ communes_digitized: null });
    expect(report.nationalDetail.communes_digitized).toEqual({
      value: null,
      reportDate: null,
      change: null,
      denominator: null,
      target: null,
      dueDate: null,
      pctOfTarget: null,
      expected: null,
      expectedPct: null,
      status: 'no_data',
      forecast: { date: null, basis: 'no_target', reportsUsed: 0, perDay: null },
    });
    expect(report.units.map((u) => u.metrics)).toEqual([{}, {}]);
  });

  it('only the metrics asked for are reported, in their order', () => {
    const report = buildReport(input({ metrics: [metricByKey('health_book_records')] }));
    expect(report.metrics).toEqual(['health_book_records']);
    expect(Object.keys(report.national)).toEqual(['health_book_records']);
    expect(Object.keys(report.units[0].metrics)).toEqual(['health_book_records']);
  });

  it('an unavailable edition gives no metrics and no figures at all', () => {
    const report = buildReport(
      input({ asOf: '2025-07-15', edition: '2024', sourceEdition: '2025', available: false, illustrative: true }),
    );
    expect(report).toEqual({
      asOf: '2025-07-15',
      edition: '2024',
      sourceEdition: '2025',
      available: false,
      illustrative: true,
      metrics: [],
      national: {},
      nationalDetail: {},
      nationalSeries: {},
      units: [
        { code: '01', name: 'Hà Nội', nameAscii: 'Ha Noi', kind: 'province', region: 'Đồng bằng sông Hồng', metrics: {} },
        { code: '79', name: 'Hồ Chí Minh', nameAscii: 'Ho Chi Minh', kind: 'province', region: 'Đồng bằng sông Hồng', metrics: {} },
      ],
    });
  });

  it('a selection sums only its units, while every unit is still reported', () => {
    const all = buildReport(input());
    const one = buildReport({ ...input(), selection: ['79'] });
    expect(one.units).toEqual(all.units);
    const hcm = all.units.find((u) => u.code === '79')!.metrics;
    for (const key of one.metrics) expect(one.national[key]).toBe(hcm[key]!.value);
  });

  it('no units: national figures are null', () => {
    const report = buildReport(input({ units: [] }));
    expect(report.units).toEqual([]);
    expect(report.national).toEqual({ districts_digitized: null, health_book_records: null });
  });
});
