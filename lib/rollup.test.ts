import { describe, expect, it } from 'vitest';
import type { Point } from '@/lib/forecast';
import { EMPTY_SERIES, acrossMerger, allReached, sumNullable, sumSeries, type UnitSeries } from '@/lib/rollup';

const pts = (...pairs: [string, number][]): Point[] => pairs.map(([date, value]) => ({ date, value }));
const complete = (...pairs: [string, number][]): UnitSeries => ({ points: pts(...pairs), complete: true });
const incomplete = (...pairs: [string, number][]): UnitSeries => ({ points: pts(...pairs), complete: false });

describe('sumSeries', () => {
  it.each<[string, UnitSeries[], UnitSeries]>([
    ['no units: empty and complete', [], { points: [], complete: true }],
    ['units with no reports', [EMPTY_SERIES, EMPTY_SERIES], { points: [], complete: true }],
    [
      'same report dates add up',
      [complete(['2024-01-01', 10], ['2024-02-01', 20]), complete(['2024-01-01', 1], ['2024-02-01', 2])],
      complete(['2024-01-01', 11], ['2024-02-01', 22]),
    ],
    [
      'different dates: each unit carries its latest report forward; none yet → nothing',
      [complete(['2024-01-01', 10], ['2024-01-15', 20]), complete(['2024-01-10', 5], ['2024-01-20', 7])],
      complete(['2024-01-01', 10], ['2024-01-10', 15], ['2024-01-15', 25], ['2024-01-20', 27]),
    ],
    [
      'a unit reporting less often still counts on every date',
      [
        complete(['2024-01-01', 1], ['2024-01-02', 2], ['2024-01-03', 3], ['2024-01-04', 4]),
        complete(['2024-01-01', 100]),
      ],
      complete(['2024-01-01', 101], ['2024-01-02', 102], ['2024-01-03', 103], ['2024-01-04', 104]),
    ],
    [
      'an incomplete window: dates before its first report are dropped',
      [complete(['2024-01-01', 10], ['2024-01-10', 20], ['2024-01-20', 30]), incomplete(['2024-01-10', 5], ['2024-01-20', 6])],
      incomplete(['2024-01-10', 25], ['2024-01-20', 36]),
    ],
    [
      'several incomplete windows: from the latest start, carrying earlier values forward',
      [
        incomplete(['2024-01-01', 1], ['2024-01-05', 2], ['2024-01-09', 3]),
        incomplete(['2024-01-04', 10], ['2024-01-08', 20]),
        complete(['2024-01-02', 100]),
      ],
      // from 4/1: A = 1 (from 1/1), B = 10, C = 100 → 111; 5/1: 2+10+100; 8/1: 2+20+100; 9/1: 3+20+100
      incomplete(['2024-01-04', 111], ['2024-01-05', 112], ['2024-01-08', 122], ['2024-01-09', 123]),
    ],
    [
      'an incomplete window with no reports does not cut anything',
      [complete(['2024-01-01', 1], ['2024-01-02', 2]), { points: [], complete: false }],
      incomplete(['2024-01-01', 1], ['2024-01-02', 2]),
    ],
    [
      'zero values are values',
      [complete(['2024-01-01', 0]), complete(['2024-01-02', 0])],
      complete(['2024-01-01', 0], ['2024-01-02', 0]),
    ],
  ])('%s', (_label, list, expected) => {
    expect(sumSeries(list)).toEqual(expected);
  });

  it('one unit is returned as it is, even incomplete', () => {
    const only = incomplete(['2024-01-05', 3]);
    expect(sumSeries([only])).toBe(only);
  });

  it('does not modify its inputs', () => {
    const a = complete(['2024-01-01', 10], ['2024-01-15', 20]);
    const b = complete(['2024-01-10', 5]);
    const copies = structuredClone([a, b]);
    sumSeries([a, b]);
    expect([a, b]).toEqual(copies);
  });
});

describe('acrossMerger', () => {
  const before = complete(['2025-05-01', 100], ['2025-06-01', 120], ['2025-06-30', 125]);
  const own = complete(['2025-07-01', 130], ['2025-08-01', 150]);

  it.each<[string, UnitSeries, UnitSeries, number | undefined, UnitSeries]>([
    [
      "predecessors' sum before 1/7/2025, then the unit's own reports",
      before,
      own,
      undefined,
      complete(['2025-05-01', 100], ['2025-06-01', 120], ['2025-06-30', 125], ['2025-07-01', 130], ['2025-08-01', 150]),
    ],
    [
      'predecessor reports on or after 1/7/2025 are not used',
      complete(['2025-06-30', 125], ['2025-07-01', 999], ['2025-07-15', 999]),
      own,
      undefined,
      complete(['2025-06-30', 125], ['2025-07-01', 130], ['2025-08-01', 150]),
    ],
    [
      'no own report yet: the predecessors alone',
      before,
      EMPTY_SERIES,
      undefined,
      complete(['2025-05-01', 100], ['2025-06-01', 120], ['2025-06-30', 125]),
    ],
    [
      'limit keeps the latest; cutting makes it incomplete',
      before,
      own,
      3,
      incomplete(['2025-06-30', 125], ['2025-07-01', 130], ['2025-08-01', 150]),
    ],
    [
      'a limit not reached leaves it complete',
      before,
      own,
      5,
      complete(['2025-05-01', 100], ['2025-06-01', 120], ['2025-06-30', 125], ['2025-07-01', 130], ['2025-08-01', 150]),
    ],
    [
      "an incomplete predecessors' sum makes the result incomplete",
      incomplete(['2025-06-01', 120], ['2025-06-30', 125]),
      own,
      undefined,
      incomplete(['2025-06-01', 120], ['2025-06-30', 125], ['2025-07-01', 130], ['2025-08-01', 150]),
    ],
  ])('%s', (_label, predecessors, ownSeries, limit, expected) => {
    expect(acrossMerger(predecessors, ownSeries, limit)).toEqual(expected);
  });

  it("an incomplete own window is returned as it is (already full of the unit's own reports)", () => {
    const full = incomplete(['2025-07-01', 130], ['2025-08-01', 150]);
    expect(acrossMerger(before, full, 2)).toBe(full);
  });
});

describe('sumNullable', () => {
  it.each<[(number | null)[], number | null]>([
    [[], null],
    [[null], null],
    [[null, null], null],
    [[0], 0],
    [[null, 0], 0],
    [[1, null, 2], 3],
    [[10, 10], 20],
  ])('%j → %s', (values, expected) => {
    expect(sumNullable(values)).toBe(expected);
  });
});

describe('allReached (a merged unit’s milestone before the merger)', () => {
  it.each<[string, UnitSeries, number, UnitSeries]>([
    ['no reports', EMPTY_SERIES, 3, { points: [], complete: true }],
    [
      '1 only once every predecessor has reached it',
      complete(['2024-01-01', 1], ['2024-02-01', 2], ['2024-03-01', 3], ['2024-04-01', 4]),
      3,
      complete(['2024-01-01', 0], ['2024-02-01', 0], ['2024-03-01', 1], ['2024-04-01', 1]),
    ],
    ['completeness is kept', incomplete(['2024-01-01', 2]), 2, incomplete(['2024-01-01', 1])],
  ])('%s', (_label, sum, count, expected) => {
    expect(allReached(sum, count)).toEqual(expected);
  });

  it('on the sum of predecessors reporting on different dates', () => {
    const sum = sumSeries([complete(['2024-01-01', 1]), complete(['2024-02-01', 0], ['2024-03-01', 1])]);
    expect(allReached(sum, 2)).toEqual(complete(['2024-01-01', 0], ['2024-02-01', 0], ['2024-03-01', 1]));
  });
});
