// When will the target be reached at the recent pace? A least-squares line through the last
// few reports, extended to the target. No date when the pace is flat or falling.
import { dayNumber, fromDayNumber } from './dates';
import type { Point } from './series';

/** How many of the latest reports set the pace. */
export const FORECAST_REPORTS = 8;

/** Forecasts further out than this are not dates anyone can plan with. */
const HORIZON_DAYS = 100 * 365;

/**
 * Slack, in days, before rounding the projected day up: a fit through points lying exactly on a
 * line can give 41.000000000000004 for a target reached on day 41 (a tenth of a second is no day).
 */
const DAY_TOLERANCE = 1e-6;

export type ForecastBasis =
  | 'reached'
  | 'projected'
  | 'flat_or_falling'
  | 'too_few_reports'
  | 'no_target'
  | 'beyond_horizon'
  | 'not_computed';

export interface Forecast {
  /** The date the target is (or was) reached; null when it cannot be said. */
  date: string | null;
  basis: ForecastBasis;
  /** How many reports the pace was computed from. */
  reportsUsed: number;
  /** The pace, per day; null when not computed. */
  perDay: number | null;
}

/** `series` is ascending by date. */
export function forecastReach(series: readonly Point[], target: number | null): Forecast {
  const recent = series.slice(-FORECAST_REPORTS);
  const none = (basis: ForecastBasis, perDay: number | null = null): Forecast => ({
    date: null,
    basis,
    reportsUsed: basis === 'no_target' ? 0 : recent.length,
    perDay,
  });
  if (target === null) return none('no_target');
  // The whole series, not only the recent window: a sum of several units' windows can hold more
  // reports than FORECAST_REPORTS, and the target may have been reached before the last few.
  const reached = series.find((p) => p.value >= target);
  if (reached && recent[recent.length - 1].value >= target) {
    return { date: reached.date, basis: 'reached', reportsUsed: recent.length, perDay: null };
  }
  if (recent.length < 2) return none('too_few_reports');

  const origin = dayNumber(recent[0].date);
  const xs = recent.map((p) => dayNumber(p.date) - origin);
  const ys = recent.map((p) => p.value);
  const n = recent.length;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - meanX) * (ys[i] - meanY);
    sxx += (xs[i] - meanX) ** 2;
  }
  if (sxx === 0) return none('too_few_reports'); // every report on one date
  const slope = sxy / sxx;
  if (!(slope > 0)) return none('flat_or_falling', slope);

  const intercept = meanY - slope * meanX;
  const lastX = xs[n - 1];
  // Never before the day after the last report: the target is known not to be reached yet.
  // Rounding error in the fit must not push an exact whole day to the next one.
  const x = Math.max(lastX + 1, Math.ceil((target - intercept) / slope - DAY_TOLERANCE));
  if (x - lastX > HORIZON_DAYS) return none('beyond_horizon', slope);
  return { date: fromDayNumber(origin + x), basis: 'projected', reportsUsed: n, perDay: slope };
}
