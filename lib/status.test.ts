import { describe, expect, it } from 'vitest';
import type { PlanAt } from '@/lib/plan';
import { AT_RISK_SHARE, isLagging, isWorse, MILESTONE_WARNING_DAYS, STATUSES, statusOf, type Status } from '@/lib/status';

const linear = (targetValue: number, expectedValue: number, dueDate = '2025-12-31'): PlanAt => ({
  targetValue,
  expectedValue,
  dueDate,
  shape: 'linear',
});
const step = (targetValue: number, expectedValue: number, dueDate: string): PlanAt => ({
  targetValue,
  expectedValue,
  dueDate,
  shape: 'step',
});

describe('constants', () => {
  it('thresholds', () => {
    expect(AT_RISK_SHARE).toBe(0.85);
    expect(MILESTONE_WARNING_DAYS).toBe(90);
    expect(STATUSES).toEqual(['done', 'on_track', 'at_risk', 'behind', 'no_data']);
  });
});

describe('statusOf, linear plans', () => {
  const asOf = '2025-01-01';
  it.each<[string, number | null, PlanAt | null, Status]>([
    ['no value → no_data', null, linear(1000, 500), 'no_data'],
    ['no plan → no_data', 500, null, 'no_data'],
    ['neither → no_data', null, null, 'no_data'],
    ['value equals the target → done', 1000, linear(1000, 500), 'done'],
    ['value above the target → done', 1200, linear(1000, 500), 'done'],
    ['above expected → on_track', 600, linear(1000, 500), 'on_track'],
    ['exactly expected → on_track', 500, linear(1000, 500), 'on_track'],
    ['just below expected → at_risk', 499.99, linear(1000, 500), 'at_risk'],
    ['exactly 85% of expected → at_risk', 425, linear(1000, 500), 'at_risk'],
    ['just below 85% of expected → behind', 424.99, linear(1000, 500), 'behind'],
    ['85% with a fractional threshold (0.85 × 20 = 17) → at_risk', 17, linear(100, 20), 'at_risk'],
    ['one below that → behind', 16, linear(100, 20), 'behind'],
    ['zero value, zero expected → on_track', 0, linear(100, 0), 'on_track'],
    ['zero value, positive expected → behind', 0, linear(100, 1), 'behind'],
    ['target value 0 is done at once', 0, linear(0, 0), 'done'],
    ['target 0 with no value is still no_data', null, linear(0, 0), 'no_data'],
  ])('%s', (_label, value, plan, expected) => {
    expect(statusOf(value, plan, asOf)).toBe(expected);
  });

  it('a linear plan gets no warning window near its due date', () => {
    expect(statusOf(900, linear(1000, 900, '2025-01-10'), '2025-01-01')).toBe('on_track');
  });

  it('due date passed: expected is the target, so short of it is at_risk or behind', () => {
    // after the due date planAt gives expected = target
    expect(statusOf(900, linear(1000, 1000, '2024-12-31'), '2025-01-01')).toBe('at_risk');
    expect(statusOf(850, linear(1000, 1000, '2024-12-31'), '2025-01-01')).toBe('at_risk');
    expect(statusOf(849, linear(1000, 1000, '2024-12-31'), '2025-01-01')).toBe('behind');
    expect(statusOf(1000, linear(1000, 1000, '2024-12-31'), '2025-01-01')).toBe('done');
  });
});

describe('statusOf, milestones (step plans)', () => {
  const due = '2025-12-31';
  it.each<[string, number, PlanAt, string, Status]>([
    ['reached long before due → done', 1, step(1, 0, due), '2025-01-01', 'done'],
    ['not reached, 91 days before due → on_track', 0, step(1, 0, due), '2025-10-01', 'on_track'],
    ['not reached, exactly 90 days before due → at_risk', 0, step(1, 0, due), '2025-10-02', 'at_risk'],
    ['not reached, 1 day before due → at_risk', 0, step(1, 0, due), '2025-12-30', 'at_risk'],
    // on and after the due date expected = target (planAt); a unit's milestone is 0 or 1
    ['not reached on the due date → behind', 0, step(1, 1, due), '2025-12-31', 'behind'],
    ['not reached after the due date → behind', 0, step(1, 1, due), '2026-03-01', 'behind'],
    ['reached on the due date → done', 1, step(1, 1, due), '2025-12-31', 'done'],
    // roll-up of 63 units: 50 reached, 90 days before the last due date
    ['roll-up within the window → at_risk', 50, step(63, 40, due), '2025-10-02', 'at_risk'],
    ['roll-up outside the window → on_track', 50, step(63, 40, due), '2025-09-01', 'on_track'],
    ['roll-up below 85% of expected → behind', 33, step(63, 40, due), '2025-09-01', 'behind'],
    ['roll-up all reached → done', 63, step(63, 40, due), '2025-10-02', 'done'],
  ])('%s', (_label, value, plan, asOf, expected) => {
    expect(statusOf(value, plan, asOf)).toBe(expected);
  });
});

describe('status order: lagging and worse', () => {
  it.each<[Status, boolean]>([
    ['done', false],
    ['on_track', false],
    ['at_risk', true],
    ['behind', true],
    ['no_data', false],
  ])('%s lagging: %s', (status, lagging) => {
    expect(isLagging(status)).toBe(lagging);
  });

  it.each<[Status, Status, boolean]>([
    ['on_track', 'at_risk', true],
    ['at_risk', 'behind', true],
    ['done', 'behind', true],
    ['done', 'on_track', true],
    ['behind', 'at_risk', false],
    ['behind', 'done', false],
    ['at_risk', 'at_risk', false],
    ['on_track', 'no_data', false],
    ['no_data', 'behind', false],
  ])('%s → %s worse: %s', (from, to, worse) => {
    expect(isWorse(from, to)).toBe(worse);
  });
});
