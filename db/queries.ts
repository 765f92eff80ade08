// Every read the dashboard and the scripts make. SQL lives here; the arithmetic is in lib/.
import type { Store } from './client';
import { EDITION_INFO, editionInForce, isEditionAvailable, MERGER_DATE, type Edition } from '@/lib/editions';
import { addDays } from '@/lib/dates';
import { FORECAST_REPORTS } from '@/lib/forecast';
import { metricsForEdition, type MetricDefinition, type MetricKey } from '@/lib/metrics';
import { planAt, sumPlans, type Target } from '@/lib/plan';
import { buildReport, type Report, type ReportUnitInput } from '@/lib/report';
import { acrossMerger, sumSeries, type UnitSeries } from '@/lib/rollup';

export interface UnitRow {
  id: number;
  edition: Edition;
  code: string;
  nameVi: string;
  nameAscii: string;
  kind: 'city' | 'province';
  region: string | null;
  districts: number | null;
  communes: number | null;
  population: number;
}

const UNIT_COLUMNS = `id, edition, code, name_vi AS nameVi, name_ascii AS nameAscii, kind, region,
  districts, communes, population`;

export function listUnits(store: Store, edition: Edition): UnitRow[] {
  return store.sqlite
    .prepare(`SELECT ${UNIT_COLUMNS} FROM units WHERE edition = ? ORDER BY code`)
    .all(edition) as UnitRow[];
}

/** 2025 unit id -> its 2024 predecessors. */
export function predecessorsByUnit(store: Store): Map<number, UnitRow[]> {
  const rows = store.sqlite
    .prepare(
      `SELECT s.to_unit_id AS toId, ${UNIT_COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1u.$2')}
       FROM successions s JOIN units u ON u.id = s.from_unit_id ORDER BY u.code`,
    )
    .all() as (UnitRow & { toId: number })[];
  const map = new Map<number, UnitRow[]>();
  for (const { toId, ...unit } of rows) map.set(toId, [...(map.get(toId) ?? []), unit]);
  return map;
}

export function isIllustrative(store: Store): boolean {
  const row = store.sqlite.prepare(`SELECT value FROM meta WHERE key = 'illustrative'`).get() as
    | { value: string }
    | undefined;
  return row?.value === 'true';
}

/** The newest report date in the store, or null when it holds no reports. */
export function latestReportDate(store: Store): string | null {
  return (store.sqlite.prepare(`SELECT MAX(report_date) FROM observations`).pluck().get() as string | null) ?? null;
}

/**
 * The latest `limit` reports on or before `asOf` of each unit and metric: one index seek each
 * (observations_unit_metric_date), so the cost grows with units x metrics, not with history.
 */
export function reportWindows(
  store: Store,
  unitIds: readonly number[],
  metricIds: readonly number[],
  asOf: string,
  limit: number,
): Map<number, Map<number, UnitSeries>> {
  const stmt = store.sqlite.prepare(
    `SELECT report_date AS date, value FROM observations
     WHERE unit_id = ? AND metric_id = ? AND report_date <= ?
     ORDER BY report_date DESC LIMIT ?`,
  );
  const result = new Map<number, Map<number, UnitSeries>>();
  for (const unitId of unitIds) {
    const perMetric = new Map<number, UnitSeries>();
    for (const metricId of metricIds) {
      const rows = stmt.all(unitId, metricId, asOf, limit) as { date: string; value: number }[];
      perMetric.set(metricId, { points: rows.reverse(), complete: rows.length < limit });
    }
    result.set(unitId, perMetric);
  }
  return result;
}

/** Targets of the given units, grouped by unit then metric. */
export function targetsByUnit(store: Store, unitIds: readonly number[]): Map<number, Map<number, Target[]>> {
  const result = new Map<number, Map<number, Target[]>>();
  if (unitIds.length === 0) return result;
  const rows = store.sqlite
    .prepare(
      `SELECT unit_id AS unitId, metric_id AS metricId, baseline_date AS baselineDate,
         baseline_value AS baselineValue, due_date AS dueDate, target_value AS targetValue
       FROM targets WHERE unit_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(unitIds)) as (Target & { unitId: number; metricId: number })[];
  for (const { unitId, metricId, ...target } of rows) {
    const perMetric = result.get(unitId) ?? new Map<number, Target[]>();
    perMetric.set(metricId, [...(perMetric.get(metricId) ?? []), target]);
    result.set(unitId, perMetric);
  }
  return result;
}

function denominatorOf(metric: MetricDefinition, units: readonly UnitRow[]): number | null {
  if (metric.kind === 'milestone') return units.length;
  if (metric.denominator === null) return null;
  const column = metric.denominator;
  return units.reduce((s, u) => s + (u[column] ?? 0), 0);
}

export interface ReportQuery {
  /** YYYY-MM-DD; the latest report date in the store when absent. */
  date?: string;
  /** The edition in force on the date when absent. */
  edition?: Edition;
}

/**
 * The report as of a date: each unit's latest report on or before it, against its target.
 * A 2025 unit before 1/7/2025 is the sum of its predecessors; after it, its own reports continue
 * its predecessors' sum (so change and forecast run across the merger).
 */
export function getReport(store: Store, query: ReportQuery = {}): Report {
  const asOf = query.date ?? latestReportDate(store) ?? EDITION_INFO['2025'].validFrom;
  const edition = query.edition ?? editionInForce(asOf);
  const sourceEdition = editionInForce(asOf);
  const available = isEditionAvailable(edition, asOf);
  const metrics = metricsForEdition(sourceEdition);
  const metricIds = metrics.map((m) => m.id);
  const units = listUnits(store, edition);
  const predecessors = edition === '2025' ? predecessorsByUnit(store) : new Map<number, UnitRow[]>();

  // Which units' reports and targets make each shown unit's figures on this date.
  const sourcesOf = (u: UnitRow): UnitRow[] =>
    edition === sourceEdition ? [u] : (predecessors.get(u.id) ?? []);
  const sourceUnits = available ? units.flatMap(sourcesOf) : [];
  const windows = reportWindows(store, sourceUnits.map((u) => u.id), metricIds, asOf, FORECAST_REPORTS);
  const targets = targetsByUnit(store, sourceUnits.map((u) => u.id));

  // After the merger a 2025 unit's recent history may reach back into its predecessors' reports.
  const lineage = edition === '2025' && sourceEdition === '2025';
  const predecessorIds = lineage ? [...predecessors.values()].flat().map((u) => u.id) : [];
  const beforeMerger = lineage
    ? reportWindows(store, predecessorIds, metricIds, addDays(MERGER_DATE, -1), FORECAST_REPORTS)
    : new Map<number, Map<number, UnitSeries>>();

  const inputs: ReportUnitInput[] = units.map((u) => {
    const sources = sourcesOf(u);
    const perMetric: ReportUnitInput['metrics'] = {};
    for (const metric of metrics) {
      const shape = metric.kind === 'milestone' ? 'step' : 'linear';
      let series = sumSeries(sources.map((s) => windows.get(s.id)!.get(metric.id)!));
      if (lineage) {
        const before = sumSeries((predecessors.get(u.id) ?? []).map((p) => beforeMerger.get(p.id)!.get(metric.id)!));
        series = acrossMerger(before, series, FORECAST_REPORTS);
      }
      perMetric[metric.key as MetricKey] = {
        series,
        plan: sumPlans(sources.map((s) => planAt(targets.get(s.id)?.get(metric.id) ?? [], asOf, shape))),
        denominator: denominatorOf(metric, sources),
      };
    }
    return { code: u.code, nameVi: u.nameVi, nameAscii: u.nameAscii, kind: u.kind, region: u.region, metrics: perMetric };
  });

  return buildReport({
    asOf,
    edition,
    sourceEdition,
    available,
    illustrative: isIllustrative(store),
    metrics,
    units: inputs,
  });
}
