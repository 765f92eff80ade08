// One metric of one unit (or roll-up) on one date: value, change, % of target, expected %,
// status and forecast, computed from its reports and its plan.
import { forecastReach, type Forecast } from './forecast';
import type { PlanAt } from './plan';
import type { UnitSeries } from './rollup';
import { statusOf, type Status } from './status';

export interface MetricProgress {
  value: number | null;
  /** Date of the latest report on or before the report date. */
  reportDate: string | null;
  /** Change since the previous report; null with fewer than two reports. */
  change: number | null;
  /** Districts, communes or units the value counts out of (share and milestone metrics). */
  denominator: number | null;
  target: number | null;
  dueDate: string | null;
  /** value / target (1 = 100%). */
  pctOfTarget: number | null;
  /** The planned path's value on the report date. */
  expected: number | null;
  /** expected / target. */
  expectedPct: number | null;
  status: Status;
  forecast: Forecast;
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null) return null;
  if (denominator === 0) return 1; // nothing was required, so it is fully met
  return numerator / denominator;
}

export function evaluateProgress(
  series: UnitSeries,
  plan: PlanAt | null,
  denominator: number | null,
  asOf: string,
  /** A ranking shows no forecasts: skipping them saves thousands of regressions on a large store. */
  options: { forecast?: boolean } = {},
): MetricProgress {
  const points = series.points;
  const last = points.at(-1) ?? null;
  const previous = points.at(-2) ?? null;
  const value = last?.value ?? null;
  const target = plan?.targetValue ?? null;
  return {
    value,
    reportDate: last?.date ?? null,
    change: last && previous ? last.value - previous.value : null,
    denominator,
    target,
    dueDate: plan?.dueDate ?? null,
    pctOfTarget: ratio(value, target),
    expected: plan?.expectedValue ?? null,
    expectedPct: ratio(plan?.expectedValue ?? null, target),
    status: statusOf(value, plan, asOf),
    forecast: options.forecast === false ? { date: null, basis: 'not_computed', reportsUsed: 0, perDay: null } : forecastReach(points, target),
  };
}
