import { describe, expect, it } from 'vitest';
import {
  expectedValue,
  planAt,
  sumPlans,
  targetInForce,
  type PlanAt,
  type PlanShape,
  type Target,
} from '@/lib/plan';

// 2024-01-01 → 2024-04-10 is 100 days (2024 is a leap year), so a 0 → 1000 plan is 10 a day.
const ZERO_BASE: Target = { baselineDate: '2024-01-01', baselineValue: 0, dueDate: '2024-04-10', targetValue: 1000 };
// 200 → 500 over the same 100 days: 3 a day.
const WITH_BASE: Target = { baselineDate: '2024-01-01', baselineValue: 200, dueDate: '2024-04-10', targetValue: 500 };

describe('expectedValue', () => {
  it.each<[string, Target, string, PlanShape, number]>([
    // linear, zero baseline
    ['before the baseline stays at the baseline', ZERO_BASE, '2023-12-01', 'linear', 0],
    ['on the baseline date', ZERO_BASE, '2024-01-01', 'linear', 0],
    ['one day in', ZERO_BASE, '2024-01-02', 'linear', 10],
    ['10 days in', ZERO_BASE, '2024-01-11', 'linear', 100],
    ['across 29/2 (day 60)', ZERO_BASE, '2024-03-01', 'linear', 600],
    ['day before due', ZERO_BASE, '2024-04-09', 'linear', 990],
    ['on the due date', ZERO_BASE, '2024-04-10', 'linear', 1000],
    ['after the due date stays at the target', ZERO_BASE, '2025-01-01', 'linear', 1000],
    // linear, non-zero baseline
    ['baseline 200, before the baseline', WITH_BASE, '2023-06-01', 'linear', 200],
    ['baseline 200, 50 days in', WITH_BASE, '2024-02-20', 'linear', 350],
    ['baseline 200, due', WITH_BASE, '2024-04-10', 'linear', 500],
    // step: nothing more than the baseline until the due date
    ['step before the baseline', WITH_BASE, '2023-06-01', 'step', 200],
    ['step half way', WITH_BASE, '2024-02-20', 'step', 200],
    ['step day before due', WITH_BASE, '2024-04-09', 'step', 200],
    ['step on the due date', WITH_BASE, '2024-04-10', 'step', 500],
    ['step after the due date', WITH_BASE, '2024-12-01', 'step', 500],
  ])('%s', (_label, target, date, shape, expected) => {
    expect(expectedValue(target, date, shape)).toBe(expected);
  });

  it('a fractional path value is not rounded', () => {
    // 0 → 1 over 3 days (2024-01-01 → 2024-01-04): one day in is 1/3.
    const t: Target = { baselineDate: '2024-01-01', baselineValue: 0, dueDate: '2024-01-04', targetValue: 1 };
    expect(expectedValue(t, '2024-01-02', 'linear')).toBe(1 / 3);
  });

  it('baseline date equal to the due date never divides by zero', () => {
    const t: Target = { baselineDate: '2024-05-01', baselineValue: 3, dueDate: '2024-05-01', targetValue: 9 };
    expect(expectedValue(t, '2024-04-30', 'linear')).toBe(3);
    expect(expectedValue(t, '2024-05-01', 'linear')).toBe(9);
    expect(expectedValue(t, '2024-05-02', 'linear')).toBe(9);
  });

  it('target value 0 expects 0 throughout', () => {
    const t: Target = { baselineDate: '2024-01-01', baselineValue: 0, dueDate: '2024-04-10', targetValue: 0 };
    expect(expectedValue(t, '2024-02-20', 'linear')).toBe(0);
    expect(expectedValue(t, '2024-05-01', 'linear')).toBe(0);
  });
});

describe('targetInForce', () => {
  const first: Target = { baselineDate: '2023-01-01', baselineValue: 0, dueDate: '2023-12-31', targetValue: 100 };
  const second: Target = { baselineDate: '2024-01-01', baselineValue: 100, dueDate: '2024-12-31', targetValue: 300 };
  const third: Target = { baselineDate: '2025-07-01', baselineValue: 300, dueDate: '2026-06-30', targetValue: 900 };

  it.each<[string, readonly Target[], string, Target | null]>([
    ['no targets', [], '2024-06-01', null],
    ['one target, before its baseline', [second], '2020-01-01', second],
    ['one target, long after its due date', [second], '2030-01-01', second],
    ['before every baseline: the earliest', [third, first, second], '2022-06-01', first],
    ['on the first baseline', [third, first, second], '2023-01-01', first],
    ['between the first and second baselines', [third, first, second], '2023-12-31', first],
    ['on the second baseline: it replaces the first', [third, first, second], '2024-01-01', second],
    ['after the second due date, before the third baseline', [third, first, second], '2025-06-30', second],
    ['on the third baseline', [third, first, second], '2025-07-01', third],
    ['after everything: the latest', [first, second, third], '2030-01-01', third],
  ])('%s', (_label, targets, date, expected) => {
    expect(targetInForce(targets, date)).toBe(expected);
  });

  it('does not reorder the caller’s array', () => {
    const list = [third, first, second];
    targetInForce(list, '2024-06-01');
    expect(list).toEqual([third, first, second]);
  });

  it('keeps extra fields of the chosen target (generic)', () => {
    const tagged = [
      { ...first, id: 'a' },
      { ...second, id: 'b' },
    ];
    expect(targetInForce(tagged, '2024-06-01')?.id).toBe('b');
  });
});

describe('planAt', () => {
  it.each<[string, readonly Target[], string, PlanShape, PlanAt | null]>([
    ['no targets → null', [], '2024-02-20', 'linear', null],
    [
      'linear half way',
      [ZERO_BASE],
      '2024-02-20',
      'linear',
      { targetValue: 1000, expectedValue: 500, dueDate: '2024-04-10', shape: 'linear' },
    ],
    [
      'step half way',
      [WITH_BASE],
      '2024-02-20',
      'step',
      { targetValue: 500, expectedValue: 200, dueDate: '2024-04-10', shape: 'step' },
    ],
    [
      'uses the target in force on the date',
      [
        ZERO_BASE,
        { baselineDate: '2024-04-10', baselineValue: 1000, dueDate: '2024-07-19', targetValue: 2000 }, // 100 days
      ],
      '2024-05-30', // 50 days after 10/4
      'linear',
      { targetValue: 2000, expectedValue: 1500, dueDate: '2024-07-19', shape: 'linear' },
    ],
  ])('%s', (_label, targets, date, shape, expected) => {
    expect(planAt(targets, date, shape)).toEqual(expected);
  });
});

describe('sumPlans', () => {
  const a: PlanAt = { targetValue: 100, expectedValue: 40, dueDate: '2025-12-31', shape: 'linear' };
  const b: PlanAt = { targetValue: 50, expectedValue: 25.5, dueDate: '2026-06-30', shape: 'linear' };
  const c: PlanAt = { targetValue: 10, expectedValue: 10, dueDate: '2024-12-31', shape: 'linear' };

  it.each<[string, readonly (PlanAt | null)[], PlanAt | null]>([
    ['empty → null', [], null],
    ['only nulls → null', [null, null], null],
    ['one plan is itself', [a], a],
    ['targets and expected values add; the latest due date', [a, b, c], { targetValue: 160, expectedValue: 75.5, dueDate: '2026-06-30', shape: 'linear' }],
    ['order does not matter', [c, b, a], { targetValue: 160, expectedValue: 75.5, dueDate: '2026-06-30', shape: 'linear' }],
    ['nulls are skipped', [null, a, null, c], { targetValue: 110, expectedValue: 50, dueDate: '2025-12-31', shape: 'linear' }],
  ])('%s', (_label, plans, expected) => {
    expect(sumPlans(plans)).toEqual(expected);
  });

  it('keeps the shape of the plans (step)', () => {
    const s1: PlanAt = { targetValue: 1, expectedValue: 0, dueDate: '2025-03-31', shape: 'step' };
    const s2: PlanAt = { targetValue: 1, expectedValue: 1, dueDate: '2024-12-31', shape: 'step' };
    expect(sumPlans([s1, s2])).toEqual({ targetValue: 2, expectedValue: 1, dueDate: '2025-03-31', shape: 'step' });
  });
});
