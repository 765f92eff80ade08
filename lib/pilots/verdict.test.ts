// The verdict rule on series worked out by hand (the numbers in each comment are computed on paper).
import { describe, expect, it } from 'vitest';
import { pilotVerdict, quantile, scaleOf, spreadOf, type UnitSeries } from './verdict';

const START = '2024-01-01';
const AS_OF = '2024-02-01';

/** A unit reporting `before` on 25/12/2023 and then the given values weekly from 8/1/2024. */
function unit(code: string, before: number, after: number[], scale = 1): UnitSeries {
  const dates = ['2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29'];
  return { code, scale, reports: [{ date: '2023-12-25', value: before }, ...after.map((value, i) => ({ date: dates[i], value }))] };
}

// Five comparison units, each rising steadily; changes since the start 10, 12, 15, 20, 25.
// Sorted: 10 12 15 20 25 → median 15, Q1 (index 1) 12, Q3 (index 3) 20, spread (IQR) 8.
const comparison = [
  unit('01', 200, [203, 206, 210]), // +10
  unit('02', 300, [304, 308, 312]), // +12
  unit('04', 100, [105, 110, 115]), // +15
  unit('06', 50, [55, 62, 70]), // +20
  unit('08', 80, [90, 95, 105]), // +25
];

describe('pilotVerdict', () => {
  it('a host that rose faster than every comparison unit: clear, first of six', () => {
    // Host 100 → 160: +60; 60 − 15 = 45 > 8.
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts: [unit('79', 100, [110, 130, 160])], comparison });
    expect(r.verdict).toBe('clear');
    expect(r.reason).toEqual({ kind: 'above-spread' });
    expect(r.host).toMatchObject({ baseline: 100, latest: 160, change: 60, reportsSince: 3, latestDate: '2024-01-22' });
    expect(r.comparison).toEqual({ units: 5, median: 15, q1: 12, q3: 20, iqr: 8, min: 10, max: 25 });
    expect(r.rank).toEqual({ position: 1, of: 6 });
    expect(r.units.map((u) => u.code)).toEqual(['08', '06', '04', '02', '01']);
  });

  it('a host that rose with everyone: unclear, third of six', () => {
    // Host 100 → 116: +16; 16 − 15 = 1, not above 8. Two units (20, 25) rose more: third.
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts: [unit('79', 100, [105, 110, 116])], comparison });
    expect(r.verdict).toBe('unclear');
    expect(r.reason).toEqual({ kind: 'not-above-spread' });
    expect(r.host!.change).toBe(16);
    expect(r.rank).toEqual({ position: 3, of: 6 });
  });

  it('a host with two reports since the start: not enough data, the numbers still given', () => {
    // Host 100 → 200 with only two reports after the start: a change of 100, but 2 < 3 reports.
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts: [unit('79', 100, [150, 200])], comparison });
    expect(r.verdict).toBe('insufficient');
    expect(r.reason).toEqual({ kind: 'few-reports', reports: 2, needed: 3 });
    expect(r.host!.change).toBe(100);
    expect(r.rank).toEqual({ position: 1, of: 6 });
  });

  it('a host with no report on or before the start: not enough data (no baseline)', () => {
    const hosts = [{ code: '79', scale: 1, reports: [{ date: '2024-01-08', value: 5 }, { date: '2024-01-15', value: 9 }, { date: '2024-01-22', value: 20 }] }];
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts, comparison });
    expect(r.verdict).toBe('insufficient');
    expect(r.reason).toEqual({ kind: 'no-baseline' });
    expect(r.host).toBeNull();
  });

  it('an own indicator no other unit reports: never clear, says there is no comparison', () => {
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts: [unit('79', 0, [40, 80, 120])], comparison: [] });
    expect(r.verdict).toBe('unclear');
    expect(r.reason).toEqual({ kind: 'no-comparison' });
    expect(r.comparison).toBeNull();
    expect(r.rank).toBeNull();
    expect(r.host!.change).toBe(120);
  });

  it('fewer than three comparison units with data: not enough data', () => {
    // 02 and 04 have no report after the start: only one of three comparison units counts.
    const stale = (code: string) => ({ code, scale: 1, reports: [{ date: '2023-12-25', value: 10 }] });
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts: [unit('79', 100, [110, 130, 160])], comparison: [comparison[0], stale('02'), stale('04')] });
    expect(r.verdict).toBe('insufficient');
    expect(r.reason).toEqual({ kind: 'few-comparison', units: 1, needed: 3 });
    expect(r.comparisonWithoutData).toBe(2);
  });

  it('a host that fell is not clear, even far from the others', () => {
    const falling = [unit('01', 100, [90, 80, 70]), unit('02', 100, [95, 90, 85]), unit('04', 100, [99, 98, 97])];
    // Comparison −30, −15, −3 → median −15, IQR 13.5; host +0 is 15 above the median but did not rise.
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts: [unit('79', 100, [100, 100, 100])], comparison: falling });
    expect(r.verdict).toBe('unclear');
    expect(r.reason).toEqual({ kind: 'not-rising' });
  });

  it('several hosts count as one (sums, never averages), changes in comparable terms', () => {
    // Host A: 1,000 inhabitants-thousands, 100 → 700 (+600); host B: 3,000, 300 → 500 (+200).
    // As one: (1,200 − 400) / 4,000 = 0.2 per thousand; the average of rates would be 0.33.
    const hosts = [unit('75', 100, [300, 500, 700], 1000), unit('74', 300, [350, 420, 500], 3000)];
    const others = [unit('01', 0, [10, 20, 30], 1000), unit('02', 0, [10, 20, 40], 1000), unit('04', 0, [10, 20, 50], 1000)];
    // Comparison 0.03, 0.04, 0.05: median 0.04, IQR 0.01; 0.2 − 0.04 = 0.16 > 0.01.
    const r = pilotVerdict({ start: START, asOf: AS_OF, hosts, comparison: others });
    expect(r.host!.change).toBeCloseTo(0.2, 10);
    expect(r.verdict).toBe('clear');
  });

  it('measures up to the pilot’s end, not beyond', () => {
    // Ended 16/1/2024: reports of 8 and 15 January only, two reports: not enough.
    const r = pilotVerdict({ start: START, end: '2024-01-16', asOf: AS_OF, hosts: [unit('79', 100, [110, 130, 160])], comparison });
    expect(r.until).toBe('2024-01-16');
    expect(r.verdict).toBe('insufficient');
    expect(r.host!.latest).toBe(130);
  });
});

describe('quantile and spread', () => {
  it('interpolates between order statistics as QUARTILE.INC does', () => {
    // 1 2 3 4: Q1 at position 0.75 → 1.75; median 2.5; Q3 at 2.25 → 3.25.
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(spreadOf([4, 1, 3, 2])).toEqual({ units: 4, median: 2.5, q1: 1.75, q3: 3.25, iqr: 1.5, min: 1, max: 4 });
    expect(spreadOf([])).toBeNull();
  });
});

describe('scaleOf', () => {
  it('a count per 1,000 inhabitants, a share in points of per cent, an own indicator as it is', () => {
    const unit = { population: 2_500_000, districts: 10, communes: null };
    expect(scaleOf('cumulative', unit)).toBe(2500);
    expect(scaleOf('share', unit, 'districts')).toBe(0.1); // 1 district of 10 = 10 points
    expect(scaleOf('own', unit)).toBe(1);
  });
});
