// The rows behind one metric's time-series chart (components/metric-chart.tsx): the reported
// values, the planned path of the target in force and the forecast continuation, one row per date.
// x is the day number (days since 1970-01-01, lib/dates), so the x axis is a true time scale:
// reports a month apart are twice as far apart as reports a fortnight apart.
// Pure: no React, no recharts, so the page can build the rows on the server.
import { dayNumber, fromDayNumber } from '../dates';
import type { Point } from '../series';
import { formatDate, formatNumber, type Locale } from '../format';
import { translator } from '../i18n/i18n';
import type { Edition } from '../editions';
import type { MetricDefinition } from '../metrics';
import { expectedValue, planShapeOf, type PlanShape, type Target } from '../plan';
import { chartTarget } from '../rollup';

/** The chart's plot height in CSS pixels; the lazy placeholder reserves the same. */
export const CHART_HEIGHT = 260;

/**
 * How far past the later of the due date and the last report the forecast line may reach. A
 * forecast decades out (lib/forecast allows up to a century) would squash every report into a
 * sliver at the left; the line is cut there instead, on its way to the target.
 */
export const FORECAST_VIEW_DAYS = 365;

export interface ChartRow {
  /** Day number of `date` (lib/dates dayNumber). */
  x: number;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The reported value on this date. */
  actual?: number;
  /** The planned value of the target in force (from its baseline to its due date only). */
  planned?: number;
  /** The forecast line: the last report, then the target on the forecast date. */
  forecast?: number;
}

export interface ChartSeriesInput {
  /** Reports, any order; one per date (a later duplicate replaces an earlier one). */
  points: readonly Point[];
  /**
   * Every target of the unit and metric. Not read: the planned path is that of `targetInForce`
   * alone (a replaced target's path is not drawn). Kept so callers can pass what they have.
   */
  targets: readonly Target[];
  shape: PlanShape;
  /** lib/forecast forecastReach(...); only the date is used. */
  forecast: { date: string | null };
  /** The data date: reports after it are left out. */
  asOf: string;
  /** lib/plan targetInForce(targets, asOf); null: no planned path, no forecast. */
  targetInForce: Target | null;
}

/**
 * One row per date, ascending. `actual` on every report date (on or before asOf); `planned` on
 * every row date from the baseline to the due date inclusive (rows are added at both); for a
 * step plan also a row the day before the due date, so that the line, drawn straight between
 * rows, rises in one day instead of sloping from the last report; `forecast` on two rows: the
 * last report (its value) and the forecast date (the target value), only when the forecast date
 * is after the last report (a target already reached has nothing to forecast).
 */
export function buildChartSeries(input: ChartSeriesInput): ChartRow[] {
  const { shape, forecast, asOf } = input;
  const target = input.targetInForce;
  const rows = new Map<string, ChartRow>();
  const row = (date: string): ChartRow => {
    let r = rows.get(date);
    if (!r) {
      r = { x: dayNumber(date), date };
      rows.set(date, r);
    }
    return r;
  };

  const reports = input.points.filter((p) => p.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const p of reports) row(p.date).actual = p.value;
  const last = reports.length > 0 ? reports[reports.length - 1] : null;

  if (target && last && forecast.date !== null && forecast.date > last.date) {
    const lastX = dayNumber(last.date);
    const limitX = Math.max(dayNumber(target.dueDate), lastX) + FORECAST_VIEW_DAYS;
    const forecastX = dayNumber(forecast.date);
    row(last.date).forecast = last.value;
    if (forecastX <= limitX) {
      row(forecast.date).forecast = target.targetValue;
    } else {
      // Cut the line at the limit, on its way to the target.
      const share = (limitX - lastX) / (forecastX - lastX);
      row(fromDayNumber(limitX)).forecast = last.value + (target.targetValue - last.value) * share;
    }
  }

  if (target && target.baselineDate <= target.dueDate) {
    row(target.baselineDate);
    row(target.dueDate);
    if (shape === 'step') {
      const dayBefore = fromDayNumber(dayNumber(target.dueDate) - 1);
      if (dayBefore > target.baselineDate) row(dayBefore);
    }
    for (const r of rows.values()) {
      if (r.date >= target.baselineDate && r.date <= target.dueDate) r.planned = expectedValue(target, r.date, shape);
    }
  }

  return [...rows.values()].sort((a, b) => a.x - b.x);
}

/**
 * A unit's chart of one metric as of a date, from its history (db/history.ts): the rows and the
 * target drawn, chosen and combined by the same rule as its table (lib/rollup.ts chartTarget).
 */
export function unitChart(input: {
  unit: { edition: Edition; level: 'province' | 'commune'; code: string };
  metric: Pick<MetricDefinition, 'kind' | 'editions'>;
  history: { points: readonly Point[]; targets: readonly (Target & { unitCode: string; edition: Edition })[] };
  asOf: string;
  /** The forecast date of the unit's progress on the date (lib/progress). */
  forecastDate: string | null;
}): { rows: ChartRow[]; target: Target | null } {
  const target = chartTarget(input.unit, input.metric, input.history.targets, input.asOf);
  const rows = buildChartSeries({
    points: input.history.points,
    targets: input.history.targets,
    shape: planShapeOf(input.metric.kind),
    forecast: { date: input.forecastDate },
    asOf: input.asOf,
    targetInForce: target,
  });
  return { rows, target };
}

/**
 * The x domain: the first and last row, and the due date when given (the rows of
 * buildChartSeries already hold it). A single date is widened by a day each side, so the axis
 * has a width. Null when there is nothing to draw.
 */
export function chartDomain(rows: readonly ChartRow[], dueDate?: string | null): [number, number] | null {
  const xs = rows.map((r) => r.x);
  if (dueDate) xs.push(dayNumber(dueDate));
  if (xs.length === 0) return null;
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return min === max ? [min - 1, max + 1] : [min, max];
}

/** Month steps tried for ticks on month starts: 1, 2 and 3 months, half-years, years, then more years. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/**
 * At most `maxTicks` x-axis ticks: the first days of months spaced evenly in the calendar
 * (every month, every quarter – January, April, July, October –, every half-year, every
 * January, …), the closest spacing that fits. A domain too short for two month starts gets
 * evenly spaced days, both ends included.
 */
export function chartTicks(domain: readonly [number, number], maxTicks = 4): number[] {
  const [min, max] = domain;
  const first = fromDayNumber(min);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7)) - 1; // 0-based
  if (first.slice(8, 10) !== '01') {
    month++;
  }
  const starts: [monthIndex: number, day: number][] = [];
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const day = Date.UTC(year, month, 1) / 86_400_000;
    if (day > max) break;
    starts.push([year * 12 + month, day]);
    month++;
  }
  for (const step of MONTH_STEPS) {
    const ticks = starts.filter(([index]) => index % step === 0).map(([, day]) => day);
    if (ticks.length <= maxTicks) {
      if (ticks.length >= 2) return ticks;
      break;
    }
  }
  const count = Math.max(2, Math.min(maxTicks, max - min + 1));
  const ticks: number[] = [];
  for (let i = 0; i < count; i++) {
    const tick = Math.round(min + ((max - min) * i) / (count - 1));
    if (ticks[ticks.length - 1] !== tick) ticks.push(tick);
  }
  return ticks;
}

/** The latest reported value in the rows, or null. */
export function latestActual(rows: readonly ChartRow[]): ChartRow | null {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].actual !== undefined) return rows[i];
  return null;
}

/**
 * The chart's accessible name: 'Hồ sơ sổ sức khỏe điện tử: 1.146.952 hồ sơ, chỉ tiêu 1.200.000
 * đến 31/12/2024' / 'Electronic health book records: 1,146,952 records, target 1,200,000 by
 * 31/12/2024'. Without reports 'chưa có số liệu' / 'no data'; the target part only with a target.
 */
export function chartSummary(input: {
  title: string;
  unit: string;
  latest: number | null;
  target: number | null;
  dueDate: string | null;
  locale: Locale;
}): string {
  const { title, unit, latest, target, dueDate, locale } = input;
  const t = translator(locale, 'Chart');
  const parts = [latest === null ? t('summaryNoData') : `${formatNumber(latest, locale)} ${unit}`.trim()];
  if (target !== null) {
    const value = formatNumber(target, locale);
    parts.push(dueDate ? t('summaryTargetBy', { target: value, date: formatDate(dueDate, locale) }) : t('summaryTarget', { target: value }));
  }
  return `${title}: ${parts.join(', ')}`;
}

/**
 * A chart's rows as columns, the form they travel in to the browser: 7 charts of 200 weekly
 * rows each are a fifth of a province page, and as objects each row repeats its keys and its
 * date (the day number says it). Null where a row has no value of that series.
 */
export interface ChartColumns {
  x: number[];
  actual: (number | null)[];
  planned: (number | null)[];
  forecast: (number | null)[];
}

export function chartColumns(rows: readonly ChartRow[]): ChartColumns {
  return {
    x: rows.map((r) => r.x),
    actual: rows.map((r) => r.actual ?? null),
    planned: rows.map((r) => r.planned ?? null),
    forecast: rows.map((r) => r.forecast ?? null),
  };
}

/** The rows again, as buildChartSeries made them (in the browser, for recharts). */
export function chartRowsOf(columns: ChartColumns): ChartRow[] {
  return columns.x.map((x, i) => {
    const row: ChartRow = { x, date: fromDayNumber(x) };
    if (columns.actual[i] !== null) row.actual = columns.actual[i]!;
    if (columns.planned[i] !== null) row.planned = columns.planned[i]!;
    if (columns.forecast[i] !== null) row.forecast = columns.forecast[i]!;
    return row;
  });
}
