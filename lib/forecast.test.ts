import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { FORECAST_REPORTS, forecastReach, type Forecast } from '@/lib/forecast';
import type { Point } from '@/lib/series';

/** Points at day offsets from an origin date. */
const at = (origin: string, pairs: readonly [number, number][]): Point[] =>
  pairs.map(([day, value]) => ({ date: addDays(origin, day), value }));

describe('forecastReach', () => {
  it('uses the 8 latest reports', () => {
    expect(FORECAST_REPORTS).toBe(8);
  });

  it.each<[string, Point[], number | null, Forecast]>([
    ['no target', at('2024-01-01', [[0, 1], [10, 2]]), null, { date: null, basis: 'no_target', reportsUsed: 0, perDay: null }],
    ['no reports', [], 100, { date: null, basis: 'too_few_reports', reportsUsed: 0, perDay: null }],
    [
      'a single report short of the target',
      at('2024-01-01', [[0, 50]]),
      100,
      { date: null, basis: 'too_few_reports', reportsUsed: 1, perDay: null },
    ],
    [
      'a single report reaching the target',
      at('2024-01-01', [[0, 100]]),
      100,
      { date: '2024-01-01', basis: 'reached', reportsUsed: 1, perDay: null },
    ],
    [
      'every report on one date',
      [
        { date: '2024-01-01', value: 1 },
        { date: '2024-01-01', value: 2 },
      ],
      100,
      { date: null, basis: 'too_few_reports', reportsUsed: 2, perDay: null },
    ],
    [
      'flat trend',
      at('2024-01-01', [[0, 5], [10, 5], [20, 5]]),
      10,
      { date: null, basis: 'flat_or_falling', reportsUsed: 3, perDay: 0 },
    ],
    [
      'falling trend',
      at('2024-01-01', [[0, 10], [10, 5]]),
      20,
      { date: null, basis: 'flat_or_falling', reportsUsed: 2, perDay: -0.5 },
    ],
    [
      // 100 at 1/1, +10 a day: 1000 is 90 days after 1/1/2024 (31 + 29 + 30) = 31/3/2024
      'clean linear trend, whole day',
      at('2024-01-01', [[0, 100], [10, 200], [20, 300]]),
      1000,
      { date: '2024-03-31', basis: 'projected', reportsUsed: 3, perDay: 10 },
    ],
    [
      // 1005 is 90.5 days in: reached during day 91, 1/4/2024
      'clean linear trend, part day rounds up',
      at('2024-01-01', [[0, 100], [10, 200], [20, 300]]),
      1005,
      { date: '2024-04-01', basis: 'projected', reportsUsed: 3, perDay: 10 },
    ],
    [
      // mean (1.5, 1.5), Sxy = 4, Sxx = 5: slope 0.8, intercept 0.3; (10 − 0.3) / 0.8 = 12.125 → day 13
      'noisy trend by least squares',
      at('2024-12-25', [[0, 0], [1, 2], [2, 1], [3, 3]]),
      10,
      { date: '2025-01-07', basis: 'projected', reportsUsed: 4, perDay: 0.8 },
    ],
    [
      // slope 50, intercept 50/3: the line passes 101 on day 1.69, but the last report (day 2) has
      // not reached it, so never before day 3
      'never before the day after the last report',
      at('2024-01-01', [[0, 0], [1, 100], [2, 100]]),
      101,
      { date: '2024-01-04', basis: 'projected', reportsUsed: 3, perDay: 50 },
    ],
    [
      'reached: the first report at or above the target',
      at('2024-01-01', [[0, 50], [30, 100], [60, 120]]),
      100,
      { date: '2024-01-31', basis: 'reached', reportsUsed: 3, perDay: null },
    ],
    [
      'target value 0 is reached by the first report',
      at('2024-01-01', [[0, 0], [30, 0]]),
      0,
      { date: '2024-01-01', basis: 'reached', reportsUsed: 2, perDay: null },
    ],
    [
      'reached once but fallen below since: not reached, pace falling',
      at('2024-01-01', [[0, 100], [10, 90]]),
      100,
      { date: null, basis: 'flat_or_falling', reportsUsed: 2, perDay: -1 },
    ],
    [
      // day 1 + 36 500 = the horizon exactly: still a date
      'exactly at the horizon (100 × 365 days after the last report)',
      at('2024-01-01', [[0, 0], [1, 1]]),
      36_501,
      { date: addDays('2024-01-01', 36_501), basis: 'projected', reportsUsed: 2, perDay: 1 },
    ],
    [
      'one day beyond the horizon',
      at('2024-01-01', [[0, 0], [1, 1]]),
      36_502,
      { date: null, basis: 'beyond_horizon', reportsUsed: 2, perDay: 1 },
    ],
    [
      'far beyond the horizon',
      at('2024-01-01', [[0, 1_000_000], [365, 1_000_001]]),
      2_000_000,
      { date: null, basis: 'beyond_horizon', reportsUsed: 2, perDay: 1 / 365 },
    ],
  ])('%s', (_label, series, target, expected) => {
    expect(forecastReach(series, target)).toEqual(expected);
  });

  it('sets the pace from the latest 8 reports only', () => {
    // Days 0 and 1 are far off the line; days 2..9 run 20, 30, … 90 (10 a day, 0 on day 0).
    const series = at('2024-01-01', [
      [0, 1_000],
      [1, 0],
      ...Array.from({ length: 8 }, (_, i): [number, number] => [i + 2, (i + 2) * 10]),
    ]);
    expect(forecastReach(series, 200)).toEqual({
      date: '2024-01-21', // day 20
      basis: 'projected',
      reportsUsed: 8,
      perDay: 10,
    });
  });

  it('a reached date before the latest 8 reports is still the first report reaching the target', () => {
    // Reached on day 0 and held for ten reports: the date is day 0, not day 2 (the window start).
    const series = at('2024-01-01', Array.from({ length: 10 }, (_, i): [number, number] => [i * 7, 500 + i]));
    expect(forecastReach(series, 500)).toEqual({ date: '2024-01-01', basis: 'reached', reportsUsed: 8, perDay: null });
  });

  it.each<[string, [number, number][], number, number]>([
    // Exactly linear series whose fitted crossing came out a hair above the whole day (e.g.
    // 383.00000000000006) and was rounded up to the next day before the tolerance was added.
    ['3 uneven reports, large base', [[0, 4_557_515], [44, 4_557_515 + 3_471 * 44], [56, 4_557_515 + 3_471 * 56]], 4_557_515 + 3_471 * 383, 383],
    ['5 uneven reports', [0, 43, 72, 92, 130].map((x): [number, number] => [x, 9_871_454 + 3_512 * x]), 9_871_454 + 3_512 * 512, 512],
    ['6 uneven reports', [0, 31, 40, 82, 121, 162].map((x): [number, number] => [x, 4_503_474 + 696 * x]), 4_503_474 + 696 * 558, 558],
  ])('exact linear trend lands on the exact day: %s', (_label, pairs, target, day) => {
    const result = forecastReach(at('2024-01-03', pairs), target);
    expect(result.basis).toBe('projected');
    expect(result.date).toBe(addDays('2024-01-03', day));
  });

  it('does not modify the series', () => {
    const series = at('2024-01-01', [[0, 1], [10, 2]]);
    const copy = structuredClone(series);
    forecastReach(series, 10);
    expect(series).toEqual(copy);
  });
});
