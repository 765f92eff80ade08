// The planned path to a target. A linear path runs from (baseline date, baseline value) to
// (due date, target value); a milestone's path is a step: nothing is expected of a unit until
// its due date, everything from then on. Before the baseline the path stays at the baseline;
// after the due date it stays at the full target.
import { dayNumber } from './dates';
import type { MetricKind } from './metrics';

export interface Target {
  baselineDate: string;
  baselineValue: number;
  dueDate: string;
  targetValue: number;
}

export type PlanShape = 'linear' | 'step';

/** A milestone's path is a step at its due date; every other metric's a straight line. */
export function planShapeOf(kind: MetricKind): PlanShape {
  return kind === 'milestone' ? 'step' : 'linear';
}

/** A plan evaluated on one date; plans of several units add up (lib/rollup.ts). */
export interface PlanAt {
  targetValue: number;
  expectedValue: number;
  /** The latest due date among the plans summed. */
  dueDate: string;
  shape: PlanShape;
}

/**
 * The target in force on a date: the one with the latest baseline on or before it (a later
 * target replaces an earlier one from its baseline on). Before every baseline, the earliest.
 */
export function targetInForce<T extends Target>(targets: readonly T[], date: string): T | null {
  let earliest: T | null = null;
  let inForce: T | null = null;
  for (const t of targets) {
    if (earliest === null || t.baselineDate < earliest.baselineDate) earliest = t;
    if (t.baselineDate <= date && (inForce === null || t.baselineDate > inForce.baselineDate)) inForce = t;
  }
  return inForce ?? earliest;
}

export function expectedValue(target: Target, date: string, shape: PlanShape): number {
  if (date >= target.dueDate) return target.targetValue;
  if (shape === 'step' || date <= target.baselineDate) return target.baselineValue;
  const span = dayNumber(target.dueDate) - dayNumber(target.baselineDate);
  const elapsed = dayNumber(date) - dayNumber(target.baselineDate);
  return target.baselineValue + ((target.targetValue - target.baselineValue) * elapsed) / span;
}

export function planAt(targets: readonly Target[], date: string, shape: PlanShape): PlanAt | null {
  const target = targetInForce(targets, date);
  if (!target) return null;
  return {
    targetValue: target.targetValue,
    expectedValue: expectedValue(target, date, shape),
    dueDate: target.dueDate,
    shape,
  };
}

/**
 * Plans of several units as one: targets and expected values add up (never percentages).
 * Null when none of them has a plan.
 */
export function sumPlans(plans: readonly (PlanAt | null)[]): PlanAt | null {
  const present = plans.filter((p): p is PlanAt => p !== null);
  if (present.length === 0) return null;
  return {
    targetValue: present.reduce((s, p) => s + p.targetValue, 0),
    expectedValue: present.reduce((s, p) => s + p.expectedValue, 0),
    dueDate: present.reduce((d, p) => (p.dueDate > d ? p.dueDate : d), present[0].dueDate),
    shape: present[0].shape,
  };
}

/**
 * Several units' targets in force as one, for drawing a planned path: values add up, the dates
 * are the latest ones. Exact when the units share their dates (as in the illustrative data);
 * an approximation otherwise, which is why status is never judged from it (see sumPlans).
 */
export function sumTargets(targets: readonly Target[]): Target | null {
  if (targets.length === 0) return null;
  const latest = (pick: (t: Target) => string) => targets.map(pick).reduce((a, b) => (b > a ? b : a));
  return {
    baselineDate: latest((t) => t.baselineDate),
    baselineValue: targets.reduce((s, t) => s + t.baselineValue, 0),
    dueDate: latest((t) => t.dueDate),
    targetValue: targets.reduce((s, t) => s + t.targetValue, 0),
  };
}
