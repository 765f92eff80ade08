import { describe, expect, it } from 'vitest';
import type { Point } from '@/lib/series';
import { metricByKey } from '@/lib/metrics';
import type { Target } from '@/lib/plan';
import {
  EMPTY_SERIES, acrossMerger, allReached, chartTarget, combinedPlan, combinedTarget, figuresOf, sumNullable, sumSeries, type UnitSeries,
} from '@/lib/rollup';

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

describe('a merged unit’s milestone: every predecessor, one target', () => {
  const milestone = (dueDate: string, baselineValue = 0): Target => ({ baselineDate: '2024-01-01', baselineValue, dueDate, targetValue: 1 });
  it.each<[string, Target[][], string, { targetValue: number; expectedValue: number; dueDate: string } | null]>([
    ['no targets → null', [[], []], '2024-11-13', null],
    ['all due → expected 1, by the latest due date', [[milestone('2024-06-30')], [milestone('2024-09-30')]], '2024-11-13', { targetValue: 1, expectedValue: 1, dueDate: '2024-09-30' }],
    ['one not yet due → expected 0', [[milestone('2024-06-30')], [milestone('2025-06-30')]], '2024-11-13', { targetValue: 1, expectedValue: 0, dueDate: '2025-06-30' }],
    ['one reached at its baseline counts as due', [[milestone('2024-06-30')], [milestone('2025-06-30', 1)]], '2024-11-13', { targetValue: 1, expectedValue: 1, dueDate: '2025-06-30' }],
    ['a unit without a target is skipped', [[], [milestone('2024-06-30')]], '2024-11-13', { targetValue: 1, expectedValue: 1, dueDate: '2024-06-30' }],
  ])('%s', (_label, targets, date, expected) => {
    const plan = combinedPlan('milestone', targets, date);
    expect(plan && { targetValue: plan.targetValue, expectedValue: plan.expectedValue, dueDate: plan.dueDate }).toEqual(expected);
    const target = combinedTarget('milestone', targets, date);
    expect(target && [target.targetValue, target.dueDate]).toEqual(expected && [expected.targetValue, expected.dueDate]);
  });

  it('counts targets of other metrics up, with the latest due date', () => {
    const a: Target = { baselineDate: '2024-01-01', baselineValue: 0, dueDate: '2024-12-31', targetValue: 100 };
    const b: Target = { baselineDate: '2024-01-01', baselineValue: 10, dueDate: '2025-06-30', targetValue: 50 };
    expect(combinedTarget('cumulative', [[a], [b]], '2024-11-13')).toEqual({ baselineDate: '2024-01-01', baselineValue: 10, dueDate: '2025-06-30', targetValue: 150 });
    expect(combinedPlan('cumulative', [[a], [b]], '2024-11-13')).toMatchObject({ targetValue: 150, dueDate: '2025-06-30', shape: 'linear' });
  });
});

describe('figuresOf and chartTarget', () => {
  const province = { edition: '2025' as const, level: 'province' as const, code: '25' };
  it.each<[string, Parameters<typeof figuresOf>[0], string, string, { own: boolean; asOf: string }]>([
    ['a 2025 province before the merger: its predecessors', province, 'health_book_records', '2024-11-13', { own: false, asOf: '2024-11-13' }],
    ['a 2025 province after it: its own', province, 'health_book_records', '2025-07-09', { own: true, asOf: '2025-07-09' }],
    ['a 2024-only metric after it: the predecessors’ last day', province, 'districts_digitized', '2025-07-09', { own: false, asOf: '2025-06-30' }],
    ['a 2024 province: its own', { edition: '2024', level: 'province' }, 'districts_digitized', '2024-11-13', { own: true, asOf: '2024-11-13' }],
    ['a commune: its own', { edition: '2025', level: 'commune' }, 'health_book_records', '2024-11-13', { own: true, asOf: '2024-11-13' }],
  ])('%s', (_label, unit, key, date, expected) => {
    expect(figuresOf(unit, metricByKey(key as never), date)).toEqual(expected);
  });

  it('draws a merged province’s milestone as one target before the merger, its own after', () => {
    const t = (unitCode: string, edition: '2024' | '2025', dueDate: string) =>
      ({ baselineDate: '2024-01-01', baselineValue: 0, dueDate, targetValue: 1, unitCode, edition });
    const targets = [t('25', '2024', '2024-12-31'), t('26', '2024', '2025-03-31'), t('17', '2024', '2024-09-30'), t('25', '2025', '2026-06-30')];
    const metric = metricByKey('civil_status_digitized');
    expect(chartTarget(province, metric, targets, '2024-11-13')).toMatchObject({ targetValue: 1, dueDate: '2025-03-31' });
    expect(chartTarget(province, metric, targets, '2025-07-09')).toMatchObject({ targetValue: 1, dueDate: '2026-06-30' });
  });
});
