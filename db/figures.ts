// Reads of the figures: recent reports per unit and metric, whole histories, targets, national
// totals. Only rows: how they add up is lib/rollup.ts.
import { and, asc, count, desc, eq, lte, sql, type Placeholder } from 'drizzle-orm';
import type { Store } from './store/types';
import { prepared } from './store/prepared';
import { observations, observationTotals, targets, units } from './schema';
import type { Level } from './units';
import type { Edition } from '@/lib/editions';
import type { Point } from '@/lib/series';
import type { Target } from '@/lib/plan';
import type { UnitSeries } from '@/lib/rollup';

/** unit id -> metric id -> its recent reports. */
export type Windows = Map<number, Map<number, UnitSeries>>;

/**
 * A list of ids as one bound JSON parameter (a placeholder given JSON.stringify(ids)): drizzle's
 * inArray would bind one `?` per id, thousands of them on a large store, and compile anew.
 */
const idsIn = (json: Placeholder) => sql`(SELECT value FROM json_each(${json}))`;

/**
 * The latest `limit` reports on or before `asOf` of each unit and metric, in one statement:
 * one index seek per pair (observations_unit_metric_date), so the cost grows with units x
 * metrics, not with the length of the history.
 */
export function reportWindows(
  store: Store,
  unitIds: readonly number[],
  metricIds: readonly number[],
  asOf: string,
  limit: number,
): Windows {
  // Raw SQL: drizzle cannot say a join over json_each tables with a correlated LIMIT subquery
  // per (unit, metric) pair, which is what makes this one index seek per pair.
  const rows = store.sqlite
    .prepare(
      `SELECT o.unit_id, o.metric_id, o.report_date, o.value
       FROM json_each(@units) u JOIN json_each(@metrics) m JOIN observations o ON o.id IN (
         SELECT id FROM observations
         WHERE unit_id = u.value AND metric_id = m.value AND report_date <= @asOf
         ORDER BY report_date DESC LIMIT @limit)
       ORDER BY o.unit_id, o.metric_id, o.report_date`,
    )
    .raw()
    .all({ units: JSON.stringify(unitIds), metrics: JSON.stringify(metricIds), asOf, limit }) as [number, number, string, number][];
  const result: Windows = new Map();
  for (const unitId of unitIds) result.set(unitId, new Map(metricIds.map((m) => [m, { points: [], complete: true }])));
  for (const [unitId, metricId, date, value] of rows) result.get(unitId)!.get(metricId)!.points.push({ date, value });
  for (const perMetric of result.values()) {
    for (const series of perMetric.values()) series.complete = series.points.length < limit;
  }
  return result;
}

/** Every report of the given units, oldest first: unit id -> metric id -> points. */
export function reportsOfUnits(store: Store, unitIds: readonly number[]): Map<number, Map<number, Point[]>> {
  const rows = prepared(store, 'reportsOfUnits', (db) => db
    .select({ unitId: observations.unitId, metricId: observations.metricId, date: observations.reportDate, value: observations.value })
    .from(observations)
    .where(sql`${observations.unitId} IN ${idsIn(sql.placeholder('units'))}`)
    .orderBy(asc(observations.reportDate))
    .prepare())
    .values({ units: JSON.stringify(unitIds) }) as [number, number, string, number][]; // arrays: thousands of rows
  const result = new Map(unitIds.map((id) => [id, new Map<number, Point[]>()]));
  for (const [unitId, metricId, date, value] of rows) {
    const perMetric = result.get(unitId)!;
    const points = perMetric.get(metricId);
    if (points) points.push({ date, value });
    else perMetric.set(metricId, [{ date, value }]);
  }
  return result;
}

type TargetRow = [unitId: number, metricId: number, baselineDate: string, baselineValue: number, dueDate: string, targetValue: number];

// Targets come back as one JSON text parsed natively: on thousands of units that is several
// times faster than building a JavaScript row object per target. Drizzle has no JSON
// aggregate, so the column is a typed `sql` over the schema's columns.
const TARGET_JSON = sql<string>`json_group_array(json_array(${targets.unitId}, ${targets.metricId}, ${targets.baselineDate},
  ${targets.baselineValue}, ${targets.dueDate}, ${targets.targetValue}))`;

function groupTargets(json: string | undefined): Map<number, Map<number, Target[]>> {
  const result = new Map<number, Map<number, Target[]>>();
  for (const [unitId, metricId, baselineDate, baselineValue, dueDate, targetValue] of JSON.parse(json ?? '[]') as TargetRow[]) {
    let perMetric = result.get(unitId);
    if (!perMetric) result.set(unitId, (perMetric = new Map()));
    const target = { baselineDate, baselineValue, dueDate, targetValue };
    const list = perMetric.get(metricId);
    if (list) list.push(target);
    else perMetric.set(metricId, [target]);
  }
  return result;
}

/** Targets of the given units and metrics, grouped by unit then metric. */
export function targetsByUnit(store: Store, unitIds: readonly number[], metricIds: readonly number[]): Map<number, Map<number, Target[]>> {
  const row = prepared(store, 'targetsByUnit', (db) => db
    .select({ json: TARGET_JSON })
    .from(targets)
    .where(and(sql`${targets.unitId} IN ${idsIn(sql.placeholder('units'))}`, sql`${targets.metricId} IN ${idsIn(sql.placeholder('metrics'))}`))
    .prepare())
    .get({ units: JSON.stringify(unitIds), metrics: JSON.stringify(metricIds) });
  return groupTargets(row?.json);
}

/** Targets of every unit of an edition and level: what the national plan adds up. */
export function targetsOfEdition(store: Store, edition: Edition, level: Level, metricIds: readonly number[]) {
  const row = prepared(store, 'targetsOfEdition', (db) => db
    .select({ json: TARGET_JSON })
    .from(targets)
    .innerJoin(units, eq(units.id, targets.unitId))
    .where(and(
      eq(units.edition, sql.placeholder('edition')),
      eq(units.level, sql.placeholder('level')),
      sql`${targets.metricId} IN ${idsIn(sql.placeholder('metrics'))}`,
    ))
    .prepare())
    .get({ edition, level, metrics: JSON.stringify(metricIds) });
  return groupTargets(row?.json);
}

/** The latest `limit` national totals of a metric on or before a date, oldest first. */
export function recentTotals(store: Store, q: { edition: Edition; level: Level; metricId: number; asOf: string; limit: number }): UnitSeries {
  const points = prepared(store, 'recentTotals', (db) => db
    .select({ date: observationTotals.reportDate, value: observationTotals.total })
    .from(observationTotals)
    .where(and(
      eq(observationTotals.edition, sql.placeholder('edition')),
      eq(observationTotals.level, sql.placeholder('level')),
      eq(observationTotals.metricId, sql.placeholder('metricId')),
      lte(observationTotals.reportDate, sql.placeholder('asOf')),
    ))
    .orderBy(desc(observationTotals.reportDate))
    .limit(sql.placeholder('limit'))
    .prepare())
    .all(q)
    .reverse();
  return { points, complete: points.length < q.limit };
}

/** How many units an edition and level has, and their districts and communes. */
export function editionSize(store: Store, edition: Edition, level: Level): { units: number; districts: number | null; communes: number | null } {
  return prepared(store, 'editionSize', (db) => db
    .select({
      units: count(),
      // SUM as a number: drizzle's sum() gives text, for sums beyond JavaScript's integers.
      districts: sql<number | null>`SUM(${units.districts})`,
      communes: sql<number | null>`SUM(${units.communes})`,
    })
    .from(units)
    .where(and(eq(units.edition, sql.placeholder('edition')), eq(units.level, sql.placeholder('level'))))
    .prepare())
    .get({ edition, level })!;
}
