// Adding units up, the one home of the roll-up: a 2025 unit before 1/7/2025 is the sum of its
// predecessors (series, denominators, targets and plans; a milestone needs every predecessor),
// and the country is the sum of its units. Numerators and denominators are summed; percentages
// never averaged. db/ only reads the rows; these functions combine them.
import { isBeforeMerger, LAST_DAY_OF_2024_MAP, type Edition } from './editions';
import type { Point } from './series';
import type { MetricDefinition, MetricKey, MetricKind } from './metrics';
import { planAt, planShapeOf, sumPlans, sumTargets, targetInForce, type PlanAt, type Target } from './plan';

/** The reports of one unit for one metric, ascending, all on or before the report date. */
export interface UnitSeries {
  points: Point[];
  /**
   * True when `points` holds every report on or before the report date. Windows fetched with
   * a limit are incomplete once the limit is hit; a sum is only known from where every
   * incomplete window has started.
   */
  complete: boolean;
}

export const EMPTY_SERIES: UnitSeries = { points: [], complete: true };

/**
 * The sum of several units' series on every report date any of them has. On each date each unit
 * contributes its latest report on or before it (a unit reporting less often still counts);
 * a unit with no report yet contributes nothing. Dates before the start of an incomplete window
 * are left out, since that unit's value there is not known.
 */
export function sumSeries(list: readonly UnitSeries[]): UnitSeries {
  if (list.length === 1) return list[0];
  let from = '';
  for (const s of list) {
    if (!s.complete && s.points.length > 0 && s.points[0].date > from) from = s.points[0].date;
  }
  const dates = [...new Set(list.flatMap((s) => s.points.map((p) => p.date)))]
    .filter((d) => d >= from)
    .sort();
  const cursors = list.map(() => -1);
  const points: Point[] = [];
  for (const date of dates) {
    let sum = 0;
    list.forEach((s, i) => {
      while (cursors[i] + 1 < s.points.length && s.points[cursors[i] + 1].date <= date) cursors[i]++;
      if (cursors[i] >= 0) sum += s.points[cursors[i]].value;
    });
    points.push({ date, value: sum });
  }
  return { points, complete: list.every((s) => s.complete) };
}

/**
 * A 2025 unit's series continued back across the merger: its predecessors' sum before
 * 1/7/2025, then its own reports. `limit` keeps the latest reports only.
 */
export function acrossMerger(predecessorsSum: UnitSeries, own: UnitSeries, limit = Infinity): UnitSeries {
  if (!own.complete) return own; // the window is full of the unit's own reports already
  const before = predecessorsSum.points.filter((p) => isBeforeMerger(p.date));
  const points = [...before, ...own.points];
  const kept = points.slice(-limit);
  return { points: kept, complete: predecessorsSum.complete && kept.length === points.length };
}

export function sumNullable(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0);
}

/**
 * A milestone of a merged unit before the merger: reached once every one of its `count`
 * predecessors had reached it (1), else 0. So the 2025 edition counts its own 34 units on both
 * sides of 1/7/2025, and its trend runs on without a jump.
 */
export function allReached(sum: UnitSeries, count: number): UnitSeries {
  return { ...sum, points: sum.points.map((p) => ({ date: p.date, value: p.value >= count ? 1 : 0 })) };
}

// ---------------------------------------------------------------------------------------------
// A merged unit: a shown unit and the units whose figures it stands for. The report, the
// ranking, the history, the chart and the national summary all combine parts through these,
// so a merged province has one value, one target and one due date wherever it is shown.

/** One unit whose figures a shown unit stands for: its reports, its targets and its size. */
export interface RollupPart {
  series: UnitSeries;
  targets: readonly Target[];
  districts: number | null;
  communes: number | null;
}

/**
 * Whose figures and targets a unit shows for a metric on a date, and as of which day: its own;
 * or its predecessors' (a 2025 province before 1/7/2025, or on a metric only the 2024 edition
 * carried), never later than their last day, 30/6/2025.
 */
export function figuresOf(
  unit: { edition: Edition; level: 'province' | 'commune' },
  metric: Pick<MetricDefinition, 'editions'>,
  date: string,
): { own: boolean; asOf: string } {
  const own = unit.level === 'commune' || unit.edition === '2024' || (!isBeforeMerger(date) && metric.editions.includes(unit.edition));
  return { own, asOf: own || isBeforeMerger(date) ? date : LAST_DAY_OF_2024_MAP };
}

/** Several units' series seen as one: counts add up; a milestone needs every one of them. */
export function combineSeries(kind: MetricKind, parts: readonly UnitSeries[]): UnitSeries {
  const sum = parts.length === 0 ? EMPTY_SERIES : sumSeries(parts);
  return kind === 'milestone' && parts.length > 1 ? allReached(sum, parts.length) : sum;
}

/**
 * Several units' targets in force on a date as one: the target and due date the table, the
 * card, the deck and the chart show. A milestone of several units is one milestone (target 1),
 * due when the last of them is due; other targets add up, with the latest dates (sumTargets).
 * Null without targets.
 */
export function combinedTarget(kind: MetricKind, targetsPerUnit: readonly (readonly Target[])[], date: string): Target | null {
  const inForce = targetsPerUnit.flatMap((list) => targetInForce(list, date) ?? []);
  if (inForce.length <= 1) return inForce[0] ?? null;
  if (kind !== 'milestone') return sumTargets(inForce);
  const latest = (pick: (t: Target) => string) => inForce.map(pick).reduce((a, b) => (b > a ? b : a));
  const reachedAtBaseline = inForce.every((t) => t.baselineValue >= t.targetValue);
  return { baselineDate: latest((t) => t.baselineDate), baselineValue: reachedAtBaseline ? 1 : 0, dueDate: latest((t) => t.dueDate), targetValue: 1 };
}

/**
 * The plan of several units as one, on a date: the target and due date of combinedTarget, and
 * the planned value worked out unit by unit, which stays exact when their dates differ (status
 * is judged from this, never from the path drawn from the combined target): summed, or for a
 * milestone 1 once every unit was expected to have reached it.
 */
export function combinedPlan(kind: MetricKind, targetsPerUnit: readonly (readonly Target[])[], date: string): PlanAt | null {
  if (targetsPerUnit.length === 1) return planAt(targetsPerUnit[0], date, planShapeOf(kind)); // one unit: its own plan
  const target = combinedTarget(kind, targetsPerUnit, date);
  if (!target) return null;
  const plans = targetsPerUnit.flatMap((list) => planAt(list, date, planShapeOf(kind)) ?? []);
  const expectedValue = kind === 'milestone' && plans.length > 1
    ? (plans.every((p) => p.expectedValue >= p.targetValue) ? 1 : 0)
    : plans.reduce((s, p) => s + p.expectedValue, 0);
  return { targetValue: target.targetValue, expectedValue, dueDate: target.dueDate, shape: planShapeOf(kind) };
}

/** What a shown unit's value counts out of: a milestone counts the unit itself (1). */
export function combinedDenominator(
  metric: Pick<MetricDefinition, 'kind' | 'denominator'>,
  parts: readonly Pick<RollupPart, 'districts' | 'communes'>[],
): number | null {
  if (metric.kind === 'milestone') return 1;
  if (metric.denominator === null) return null;
  const column = metric.denominator;
  return parts.reduce((s, p) => s + (p[column] ?? 0), 0);
}

/**
 * A merged unit's metric on a date: what the report judges (lib/report.ts UnitMetricInput); its
 * plan's target and due date are combinedTarget's, which its chart draws (chartTarget).
 */
export function rollUpUnit(input: {
  metric: Pick<MetricDefinition, 'kind' | 'denominator'>;
  /** The units whose figures it shows on the date (figuresOf): itself, or its predecessors. */
  parts: readonly RollupPart[];
  /** When it shows its own figures after the merger: its predecessors' up to 30/6/2025. */
  before?: readonly UnitSeries[];
  asOf: string;
  /** How many recent reports the series keeps. */
  limit?: number;
}): { series: UnitSeries; plan: PlanAt | null; denominator: number | null } {
  const { metric, parts, asOf } = input;
  let series = combineSeries(metric.kind, parts.map((p) => p.series));
  if (input.before && input.before.length > 0) series = acrossMerger(combineSeries(metric.kind, input.before), series, input.limit);
  return {
    series,
    plan: combinedPlan(metric.kind, parts.map((p) => p.targets), asOf),
    denominator: combinedDenominator(metric, parts),
  };
}

/** The country (or a selection) as the sum of its units' plans: a milestone counts units. */
export function countryPlan(kind: MetricKind, targetsPerUnit: Iterable<readonly Target[]>, date: string): PlanAt | null {
  return sumPlans([...targetsPerUnit].map((list) => planAt(list, date, planShapeOf(kind))));
}

/** What the country's value counts out of: its units (milestones) or their districts or communes. */
export function countryDenominator(
  metric: Pick<MetricDefinition, 'kind' | 'denominator'>,
  totals: { units: number; districts: number | null; communes: number | null },
): number | null {
  if (metric.kind === 'milestone') return totals.units;
  return metric.denominator ? totals[metric.denominator] : null;
}

/** A 2025 province's region: that of its most populous predecessor. */
export function mergedRegion(predecessors: readonly { region: string | null; population: number }[] | undefined): string | null {
  if (!predecessors?.length) return null;
  return predecessors.reduce((a, b) => (b.population > a.population ? b : a)).region;
}

/**
 * The target a unit's chart draws for a metric on a date, from its history's targets (its own
 * and its predecessors', each saying whose): the same rule as its table (rollUpUnit).
 */
export function chartTarget(
  unit: { edition: Edition; level: 'province' | 'commune'; code: string },
  metric: Pick<MetricDefinition, 'kind' | 'editions'>,
  targets: readonly (Target & { unitCode: string; edition: Edition })[],
  date: string,
): Target | null {
  const { own, asOf } = figuresOf(unit, metric, date);
  const whose = targets.filter((t) => (own ? t.edition === unit.edition && t.unitCode === unit.code : t.edition !== unit.edition));
  const byUnit = new Map<string, Target[]>();
  for (const t of whose) byUnit.set(t.unitCode, [...(byUnit.get(t.unitCode) ?? []), t]);
  return combinedTarget(metric.kind, [...byUnit.values()], asOf);
}

// ---------------------------------------------------------------------------------------------
// Communes (2025 edition): a province figure is either reported directly or built from its
// communes. The write path (db/communes.ts, called by db/observations.ts) stores what these
// say, so every read (report, ranking, history, national totals, changes, deck) sees the same
// rolled-up figure.

/** Each commune metric and the province metric it rolls up into. */
export const COMMUNE_ROLLUPS = [
  // Communes whose land data is digitized: a milestone is 0 or 1, so the count is the sum.
  { commune: 'land_data_digitized', province: 'communes_digitized' },
  // Parcels: the sum of the communes' latest counts.
  { commune: 'land_parcels_digitized', province: 'land_parcels_digitized' },
] as const satisfies readonly { commune: MetricKey; province: MetricKey }[];

/** The province metric a commune metric rolls up into; null when it does not. */
export function provinceMetricOf(communeMetric: string): MetricKey | null {
  return COMMUNE_ROLLUPS.find((r) => r.commune === communeMetric)?.province ?? null;
}

/** The commune metric a province metric is built from; null when none is. */
export function communeMetricOf(provinceMetric: string): MetricKey | null {
  return COMMUNE_ROLLUPS.find((r) => r.province === provinceMetric)?.commune ?? null;
}

/** The first date a province has a commune-level figure for a metric: from then on it is the roll-up. */
export function firstCommuneDate(communes: readonly (readonly Point[])[]): string | null {
  let first: string | null = null;
  for (const points of communes) if (points.length > 0 && (first === null || points[0].date < first)) first = points[0].date;
  return first;
}

/**
 * A province's figures for a metric, given its direct reports and its communes' (each ascending):
 * before the first commune-level figure its direct reports stand (trends stay continuous); from
 * that date on, on every date a commune reported or the province had a figure, the roll-up, where
 * each commune counts with its latest report on or before the date and one without a report yet
 * counts 0 (not reached). `rolledUp` are the figures the roll-up decides.
 */
export function provinceFromCommunes(
  direct: readonly Point[],
  communes: readonly (readonly Point[])[],
): { points: Point[]; from: string | null; rolledUp: Point[] } {
  const from = firstCommuneDate(communes);
  if (from === null) return { points: [...direct], from, rolledUp: [] };
  const sum = sumSeries(communes.map((points) => ({ points: [...points], complete: true }))).points;
  const dates = [...new Set([...sum.map((p) => p.date), ...direct.filter((p) => p.date >= from).map((p) => p.date)])].sort();
  let i = -1;
  const rolledUp = dates.map((date) => {
    while (i + 1 < sum.length && sum[i + 1].date <= date) i++;
    return { date, value: sum[i].value };
  });
  return { points: [...direct.filter((p) => p.date < from), ...rolledUp], from, rolledUp };
}

/** A direct province figure is refused on and after its first commune-level figure. */
export function directFigureRefused(firstCommune: string | null, date: string): boolean {
  return firstCommune !== null && date >= firstCommune;
}
