import { describe, expect, it } from 'vitest';
import {
  chartColumns,
  chartRowsOf,
  buildChartSeries,
  chartDomain,
  chartSummary,
  chartTicks,
  latestActual,
  type ChartRow,
  type ChartSeriesInput,
} from '@/lib/view/chart-series';
import type { Target } from '@/lib/plan';

// Day numbers: 2024-01-01 = 19723, 2024-01-11 = 19733, 2024-02-10 = 19763, 2024-03-01 = 19783,
// 2024-04-09 = 19822, 2024-04-10 = 19823, 2024-04-20 = 19833.
// 2024-01-01 → 2024-04-10 is 100 days, so a 0 → 1000 plan is 10 a day.
const TARGET: Target = { baselineDate: '2024-01-01', baselineValue: 0, dueDate: '2024-04-10', targetValue: 1000 };

const POINTS = [
  { date: '2024-02-10', value: 250 }, // not in order
  { date: '2024-01-11', value: 80 },
  { date: '2024-03-01', value: 500 },
  { date: '2024-03-15', value: 999 }, // after asOf: left out
];

function input(overrides: Partial<ChartSeriesInput> = {}): ChartSeriesInput {
  return {
    points: POINTS,
    targets: [TARGET],
    shape: 'linear',
    forecast: { date: '2024-04-20' },
    asOf: '2024-03-10',
    targetInForce: TARGET,
    ...overrides,
  };
}

describe('buildChartSeries', () => {
  it('linear plan: actual, planned from baseline to due, forecast from the last report', () => {
    expect(buildChartSeries(input())).toEqual<ChartRow[]>([
      { x: 19723, date: '2024-01-01', planned: 0 },
      { x: 19733, date: '2024-01-11', actual: 80, planned: 100 },
      { x: 19763, date: '2024-02-10', actual: 250, planned: 400 },
      { x: 19783, date: '2024-03-01', actual: 500, planned: 600, forecast: 500 },
      { x: 19823, date: '2024-04-10', planned: 1000 },
      { x: 19833, date: '2024-04-20', forecast: 1000 },
    ]);
  });

  it('step plan: baseline value until the day before the due date, the target from it', () => {
    expect(buildChartSeries(input({ shape: 'step' }))).toEqual<ChartRow[]>([
      { x: 19723, date: '2024-01-01', planned: 0 },
      { x: 19733, date: '2024-01-11', actual: 80, planned: 0 },
      { x: 19763, date: '2024-02-10', actual: 250, planned: 0 },
      { x: 19783, date: '2024-03-01', actual: 500, planned: 0, forecast: 500 },
      { x: 19822, date: '2024-04-09', planned: 0 },
      { x: 19823, date: '2024-04-10', planned: 1000 },
      { x: 19833, date: '2024-04-20', forecast: 1000 },
    ]);
  });

  it('a forecast date before the due date also gets a planned value', () => {
    const rows = buildChartSeries(input({ forecast: { date: '2024-03-21' } })); // day 80 of the plan
    expect(rows.find((r) => r.date === '2024-03-21')).toEqual({ x: 19803, date: '2024-03-21', planned: 800, forecast: 1000 });
  });

  it('reports before the baseline and after the due date have no planned value', () => {
    const rows = buildChartSeries(
      input({
        points: [
          { date: '2023-12-01', value: 0 },
          { date: '2024-05-01', value: 1100 },
        ],
        asOf: '2024-05-01',
        forecast: { date: '2024-05-01' }, // reached: nothing to forecast
      }),
    );
    expect(rows).toEqual<ChartRow[]>([
      { x: 19692, date: '2023-12-01', actual: 0 },
      { x: 19723, date: '2024-01-01', planned: 0 },
      { x: 19823, date: '2024-04-10', planned: 1000 },
      { x: 19844, date: '2024-05-01', actual: 1100 },
    ]);
  });

  it('no forecast line when the forecast has no date', () => {
    const rows = buildChartSeries(input({ forecast: { date: null } }));
    expect(rows.some((r) => r.forecast !== undefined)).toBe(false);
    expect(rows.map((r) => r.date)).toEqual(['2024-01-01', '2024-01-11', '2024-02-10', '2024-03-01', '2024-04-10']);
  });

  it('no forecast line when the forecast date is not after the last report (target reached)', () => {
    const rows = buildChartSeries(input({ forecast: { date: '2024-03-01' } }));
    expect(rows.some((r) => r.forecast !== undefined)).toBe(false);
  });

  it('a forecast far out is cut a year after the due date, on its way to the target', () => {
    // last report 2024-03-01 (19783) at 500; limit 2024-04-10 + 365 = 2025-04-10 (20188);
    // forecast 2026-05-20 (20593) at 1000: the limit is halfway, so 750.
    const rows = buildChartSeries(input({ forecast: { date: '2026-05-20' } }));
    expect(rows.filter((r) => r.forecast !== undefined)).toEqual<ChartRow[]>([
      { x: 19783, date: '2024-03-01', actual: 500, planned: 600, forecast: 500 },
      { x: 20188, date: '2025-04-10', forecast: 750 },
    ]);
  });

  it('without a target in force: reports only, no plan, no forecast', () => {
    expect(buildChartSeries(input({ targetInForce: null, targets: [] }))).toEqual<ChartRow[]>([
      { x: 19733, date: '2024-01-11', actual: 80 },
      { x: 19763, date: '2024-02-10', actual: 250 },
      { x: 19783, date: '2024-03-01', actual: 500 },
    ]);
  });

  it('without reports: the planned path alone, no forecast', () => {
    expect(buildChartSeries(input({ points: [] }))).toEqual<ChartRow[]>([
      { x: 19723, date: '2024-01-01', planned: 0 },
      { x: 19823, date: '2024-04-10', planned: 1000 },
    ]);
  });

  it('a later report on the same date replaces an earlier one', () => {
    const rows = buildChartSeries(
      input({
        points: [
          { date: '2024-01-11', value: 80 },
          { date: '2024-01-11', value: 90 },
        ],
        targetInForce: null,
      }),
    );
    expect(rows).toEqual<ChartRow[]>([{ x: 19733, date: '2024-01-11', actual: 90 }]);
  });

  it('a non-zero baseline: the path starts from it', () => {
    const target: Target = { baselineDate: '2024-01-01', baselineValue: 200, dueDate: '2024-04-10', targetValue: 500 };
    const rows = buildChartSeries(input({ targetInForce: target, targets: [target], forecast: { date: null } }));
    expect(rows.map((r) => r.planned)).toEqual([200, 230, 320, 380, 500]);
  });
});

describe('chartDomain', () => {
  const rows = buildChartSeries(input());

  it('first and last row', () => {
    expect(chartDomain(rows)).toEqual([19723, 19833]);
  });

  it('extended to a due date outside the rows', () => {
    expect(chartDomain(rows, '2024-12-31')).toEqual([19723, 20088]);
    expect(chartDomain(rows, '2023-12-01')).toEqual([19692, 19833]);
  });

  it('a due date inside the rows changes nothing', () => {
    expect(chartDomain(rows, '2024-04-10')).toEqual([19723, 19833]);
  });

  it('a single date is widened by a day each side', () => {
    expect(chartDomain([{ x: 19733, date: '2024-01-11', actual: 80 }])).toEqual([19732, 19734]);
  });

  it('nothing to draw: null', () => {
    expect(chartDomain([])).toBeNull();
    expect(chartDomain([], null)).toBeNull();
  });

  it('no rows but a due date: that day, widened', () => {
    expect(chartDomain([], '2024-04-10')).toEqual([19822, 19824]);
  });
});

describe('chartTicks', () => {
  it('every month start when at most four fit', () => {
    // 2024-01-01 … 2024-04-20: 1 Jan, 1 Feb, 1 Mar, 1 Apr
    expect(chartTicks([19723, 19833])).toEqual([19723, 19754, 19783, 19814]);
  });

  it('a domain starting mid-month starts at the next month', () => {
    // 2024-01-11 … 2024-04-20: 1 Feb, 1 Mar, 1 Apr
    expect(chartTicks([19733, 19833])).toEqual([19754, 19783, 19814]);
  });

  it('half-years when quarters are too many', () => {
    // 2024-01-01 … 2025-04-10: quarters would be 6 ticks; 1 Jan 2024, 1 Jul 2024, 1 Jan 2025
    expect(chartTicks([19723, 20188])).toEqual([19723, 19905, 20089]);
  });

  it('more ticks when allowed', () => {
    // quarters: 1 Jan, 1 Apr, 1 Jul, 1 Oct 2024, 1 Jan, 1 Apr 2025
    expect(chartTicks([19723, 20188], 6)).toEqual([19723, 19814, 19905, 19997, 20089, 20179]);
  });

  it('evenly spaced days when fewer than two month starts fall in the domain', () => {
    // 2024-01-05 … 2024-01-20
    expect(chartTicks([19727, 19742])).toEqual([19727, 19732, 19737, 19742]);
    // 2024-01-20 … 2024-02-10: only 1 Feb is a month start
    expect(chartTicks([19742, 19763])).toEqual([19742, 19749, 19756, 19763]);
  });

  it('a three-day domain: each day', () => {
    expect(chartTicks([19732, 19734])).toEqual([19732, 19733, 19734]);
  });
});

describe('latestActual', () => {
  it('the last row with a reported value', () => {
    expect(latestActual(buildChartSeries(input()))).toEqual({
      x: 19783,
      date: '2024-03-01',
      actual: 500,
      planned: 600,
      forecast: 500,
    });
  });

  it('null without reports', () => {
    expect(latestActual(buildChartSeries(input({ points: [] })))).toBeNull();
    expect(latestActual([])).toBeNull();
  });
});

describe('chartSummary', () => {
  const base = {
    title: 'Hồ sơ sổ sức khỏe điện tử',
    unit: 'hồ sơ',
    latest: 1_146_952,
    target: 1_200_000,
    dueDate: '2024-12-31',
  };

  it('Vietnamese', () => {
    expect(chartSummary({ ...base, locale: 'vi' })).toBe(
      'Hồ sơ sổ sức khỏe điện tử: 1.146.952 hồ sơ, chỉ tiêu 1.200.000 đến 31/12/2024',
    );
  });

  it('English', () => {
    expect(chartSummary({ ...base, title: 'Electronic health book records', unit: 'records', locale: 'en' })).toBe(
      'Electronic health book records: 1,146,952 records, target 1,200,000 by 31/12/2024',
    );
  });

  it('without reports', () => {
    expect(chartSummary({ ...base, latest: null, locale: 'vi' })).toBe(
      'Hồ sơ sổ sức khỏe điện tử: chưa có số liệu, chỉ tiêu 1.200.000 đến 31/12/2024',
    );
    expect(chartSummary({ ...base, latest: null, locale: 'en' })).toBe(
      'Hồ sơ sổ sức khỏe điện tử: no data, target 1,200,000 by 31/12/2024',
    );
  });

  it('without a target, or without a due date', () => {
    expect(chartSummary({ ...base, target: null, locale: 'vi' })).toBe('Hồ sơ sổ sức khỏe điện tử: 1.146.952 hồ sơ');
    expect(chartSummary({ ...base, dueDate: null, locale: 'vi' })).toBe(
      'Hồ sơ sổ sức khỏe điện tử: 1.146.952 hồ sơ, chỉ tiêu 1.200.000',
    );
  });

  it('without a unit: no trailing space', () => {
    expect(chartSummary({ ...base, unit: '', target: null, locale: 'en' })).toBe('Hồ sơ sổ sức khỏe điện tử: 1,146,952');
  });
});

describe('chartColumns / chartRowsOf', () => {
  it('carry the rows to the browser and back unchanged, without a key or a date per row', () => {
    for (const rows of [buildChartSeries(input()), buildChartSeries(input({ shape: 'step' })), buildChartSeries(input({ points: [] })), []]) {
      const columns = chartColumns(rows);
      expect(chartRowsOf(JSON.parse(JSON.stringify(columns)))).toEqual(rows);
      if (rows.length > 0) expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(rows).length);
    }
  });

  it('keeps a zero (a value) apart from no value', () => {
    const rows = chartRowsOf({ x: [19000, 19007], actual: [0, null], planned: [null, 0], forecast: [null, null] });
    expect(rows).toEqual([{ x: 19000, date: '2022-01-08', actual: 0 }, { x: 19007, date: '2022-01-15', planned: 0 }]);
  });
});
