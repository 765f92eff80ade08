// Status of a unit (or a roll-up of units) against its plan. The thresholds live here only.
import { daysBetween } from './dates';
import type { PlanAt } from './plan';

export const STATUSES = ['done', 'on_track', 'at_risk', 'behind', 'no_data'] as const;
export type Status = (typeof STATUSES)[number];

/** At risk while the actual is at least this share of the expected value; behind below it. */
export const AT_RISK_SHARE = 0.85;

/**
 * A milestone not reached within this many days of its due date is at risk: a step plan
 * expects nothing until the due date, so without this window it would jump from on track
 * straight to behind.
 */
export const MILESTONE_WARNING_DAYS = 90;

export function statusOf(value: number | null, plan: PlanAt | null, asOf: string): Status {
  if (value === null || plan === null) return 'no_data';
  if (value >= plan.targetValue) return 'done';
  if (value >= plan.expectedValue) {
    const dueSoon = daysBetween(asOf, plan.dueDate) <= MILESTONE_WARNING_DAYS;
    return plan.shape === 'step' && dueSoon ? 'at_risk' : 'on_track';
  }
  return value >= AT_RISK_SHARE * plan.expectedValue ? 'at_risk' : 'behind';
}

/**
 * How good a status is, best first: done, on track, at risk, behind. "No data" has no place in
 * the order: a figure that stopped (or started) reporting neither slipped nor improved.
 */
const STATUS_ORDER: readonly Status[] = ['done', 'on_track', 'at_risk', 'behind'];

/** A figure that needs attention: behind or at risk (the agenda's "lagging items"). */
export function isLagging(status: Status): boolean {
  return status === 'behind' || status === 'at_risk';
}

/** Whether a status is worse than an earlier one (on track -> at risk, done -> behind, …). */
export function isWorse(from: Status, to: Status): boolean {
  const a = STATUS_ORDER.indexOf(from);
  const b = STATUS_ORDER.indexOf(to);
  return a >= 0 && b >= 0 && b > a;
}
