// Every read the dashboard and the scripts make. SQL lives here; the arithmetic is in lib/.
import type { Store } from './client';
import { EDITION_INFO, editionInForce, isEditionAvailable, MERGER_DATE, type Edition } from '@/lib/editions';
import { addDays } from '@/lib/dates';
import { FORECAST_REPORTS, type Point } from '@/lib/forecast';
import { metricByKey, metricsForEdition, type MetricDefinition, type MetricKey } from '@/lib/metrics';
import { allOfPlans, planAt, sumPlans, type Target } from '@/lib/plan';
import { evaluateProgress, type MetricProgress } from '@/lib/progress';
import { buildReport, type Report, type ReportUnitInput, type UnitMetricInput } from '@/lib/report';
import { acrossMerger, allReached, sumSeries, type UnitSeries } from '@/lib/rollup';

export type Level = 'province' | 'commune';

export interface UnitRow {
  id: number;
  edition: Edition;
  level: Level;
  code: string;
  nameVi: string;
  nameAscii: string;
  kind: 'city' | 'province' | 'commune' | 'ward';
  region: string | null;
  districts: number | null;
  communes: number | null;
  population: number;
}

const UNIT_COLUMNS = ['id', 'edition', 'level', 'code', 'name_vi AS nameVi', 'name_ascii AS nameAscii', 'kind',
  'region', 'districts', 'communes', 'population'];
const unitColumns = (alias: string) => UNIT_COLUMNS.map((c) => `${alias}.${c}`).join(', ');

export function listUnits(store: Store, edition: Edition, level: Level = 'province'): UnitRow[] {
  return store.sqlite
    .prepare(`SELECT ${unitColumns('u')} FROM units u WHERE u.edition = ? AND u.level = ? ORDER BY u.code`)
    .all(edition, level) as UnitRow[];
}

export function findUnit(store: Store, edition: Edition, code: string, level: Level = 'province'): UnitRow | null {
  return (store.sqlite
    .prepare(`SELECT ${unitColumns('u')} FROM units u WHERE u.edition = ? AND u.level = ? AND u.code = ?`)
    .get(edition, level, code) as UnitRow | undefined) ?? null;
}

/** 2025 unit id -> its 2024 predecessors. */
export function predecessorsByUnit(store: Store): Map<number, UnitRow[]> {
  const rows = store.sqlite
    .prepare(
      `SELECT s.to_unit_id AS toId, ${unitColumns('u')}
       FROM successions s JOIN units u ON u.id = s.from_unit_id ORDER BY u.code`,
    )
    .all() as (UnitRow & { toId: number })[];
  const map = new Map<number, UnitRow[]>();
  for (const { toId, ...unit } of rows) map.set(toId, [...(map.get(toId) ?? []), unit]);
  return map;
}

export function isIllustrative(store: Store): boolean {
  return store.sqlite.prepare(`SELECT value FROM meta WHERE key = 'illustrative'`).pluck().get() === 'true';
}

/** The newest report date in the store, or null when it holds no reports. */
export function latestReportDate(store: Store): string | null {
  return (store.sqlite.prepare(`SELECT MAX(report_date) FROM observation_totals`).pluck().get() as string | null) ?? null;
}

type Windows = Map<number, Map<number, UnitSeries>>;

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

/** Targets of the given units, grouped by unit then metric. */
export function targetsByUnit(store: Store, unitIds: readonly number[]): Map<number, Map<number, Target[]>> {
  const result = new Map<number, Map<number, Target[]>>();
  const rows = store.sqlite
    .prepare(
      `SELECT unit_id, metric_id, baseline_date, baseline_value, due_date, target_value
       FROM targets WHERE unit_id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(unitIds)) as [number, number, string, number, string, number][];
  for (const [unitId, metricId, baselineDate, baselineValue, dueDate, targetValue] of rows) {
    const perMetric = result.get(unitId) ?? new Map<number, Target[]>();
    const list = perMetric.get(metricId) ?? [];
    list.push({ baselineDate, baselineValue, dueDate, targetValue });
    perMetric.set(metricId, list);
    result.set(unitId, perMetric);
  }
  return result;
}

/** What a shown unit's value counts out of; a milestone counts the unit itself. */
function denominatorOf(metric: MetricDefinition, units: readonly UnitRow[]): number | null {
  if (metric.kind === 'milestone') return 1;
  if (metric.denominator === null) return null;
  const column = metric.denominator;
  return units.reduce((s, u) => s + (u[column] ?? 0), 0);
}

export interface ReportQuery {
  /** YYYY-MM-DD; the latest report date in the store when absent. */
  date?: string;
  /** The edition in force on the date when absent. */
  edition?: Edition;
  level?: Level;
  /** Only these metrics (all that apply on the date when absent). */
  metrics?: readonly MetricKey[];
}

interface Resolved {
  asOf: string;
  edition: Edition;
  sourceEdition: Edition;
  available: boolean;
  level: Level;
  metrics: MetricDefinition[];
}

function resolve(store: Store, query: ReportQuery): Resolved {
  const asOf = query.date ?? latestReportDate(store) ?? EDITION_INFO['2025'].validFrom;
  const edition = query.edition ?? editionInForce(asOf);
  const level = query.level ?? 'province';
  // Commune-level units carry no succession: they report in their own edition only.
  const sourceEdition = level === 'commune' ? edition : editionInForce(asOf);
  const applicable = metricsForEdition(sourceEdition);
  const metrics = query.metrics ? applicable.filter((m) => query.metrics!.includes(m.key as MetricKey)) : applicable;
  return { asOf, edition, sourceEdition, level, metrics, available: level === 'commune' || isEditionAvailable(edition, asOf) };
}

/**
 * Each unit's reports and plan on the date. A 2025 unit before 1/7/2025 is the sum of its
 * predecessors; after it, its own reports continue its predecessors' sum, so change and
 * forecast run across the merger. `limit` is how many recent reports each series keeps.
 */
function unitInputs(store: Store, r: Resolved, limit: number): { units: UnitRow[]; inputs: ReportUnitInput[] } {
  const units = listUnits(store, r.edition, r.level);
  if (!r.available) return { units, inputs: [] };
  const predecessors = r.edition === '2025' && r.level === 'province' ? predecessorsByUnit(store) : new Map<number, UnitRow[]>();
  const sourcesOf = (u: UnitRow): UnitRow[] => (r.edition === r.sourceEdition ? [u] : (predecessors.get(u.id) ?? []));
  const sourceUnits = units.flatMap(sourcesOf);
  const metricIds = r.metrics.map((m) => m.id);
  const windows = reportWindows(store, sourceUnits.map((u) => u.id), metricIds, r.asOf, limit);
  const targets = targetsByUnit(store, sourceUnits.map((u) => u.id));

  const lineage = predecessors.size > 0 && r.sourceEdition === '2025';
  const beforeMerger = lineage
    ? reportWindows(store, [...predecessors.values()].flat().map((u) => u.id), metricIds, addDays(MERGER_DATE, -1), limit)
    : new Map();

  const inputs = units.map((u): ReportUnitInput => {
    const sources = sourcesOf(u);
    const metrics: ReportUnitInput['metrics'] = {};
    for (const metric of r.metrics) {
      const milestone = metric.kind === 'milestone';
      // Several units seen as one: counts add up; a milestone needs every one of them.
      const combine = (parts: UnitSeries[]) =>
        milestone && parts.length > 1 ? allReached(sumSeries(parts), parts.length) : sumSeries(parts);
      let series = combine(sources.map((s) => windows.get(s.id)!.get(metric.id)!));
      if (lineage) {
        const before = combine((predecessors.get(u.id) ?? []).map((p) => beforeMerger.get(p.id)!.get(metric.id)!));
        series = acrossMerger(before, series, limit);
      }
      const plans = sources.map((s) => planAt(targets.get(s.id)?.get(metric.id) ?? [], r.asOf, milestone ? 'step' : 'linear'));
      metrics[metric.key as MetricKey] = {
        series,
        plan: milestone && plans.length > 1 ? allOfPlans(plans) : sumPlans(plans),
        denominator: denominatorOf(metric, sources),
      };
    }
    return { code: u.code, nameVi: u.nameVi, nameAscii: u.nameAscii, kind: u.kind, region: u.region, metrics };
  });
  return { units, inputs };
}

/** The report as of a date: every unit's progress on every metric, and the nation's. */
export function getReport(store: Store, query: ReportQuery = {}): Report {
  const r = resolve(store, query);
  const { inputs } = unitInputs(store, r, FORECAST_REPORTS);
  return buildReport({
    asOf: r.asOf,
    edition: r.edition,
    sourceEdition: r.sourceEdition,
    available: r.available,
    illustrative: isIllustrative(store),
    metrics: r.metrics,
    units: inputs,
  });
}

export interface NationalSummary {
  asOf: string;
  edition: Edition;
  available: boolean;
  illustrative: boolean;
  metrics: Partial<Record<MetricKey, MetricProgress>>;
}

/**
 * The nation's progress on every metric. When the edition shown is the one that reported, the
 * totals come from observation_totals (a lookup, whatever the number of units); the 2025
 * edition before the merger adds its units up from their predecessors (at most 63).
 */
export function getNationalSummary(store: Store, query: ReportQuery = {}): NationalSummary {
  const r = resolve(store, query);
  const head = { asOf: r.asOf, edition: r.edition, available: r.available, illustrative: isIllustrative(store) };
  if (!r.available) return { ...head, metrics: {} };
  if (r.edition !== r.sourceEdition) {
    return { ...head, metrics: getReport(store, query).nationalDetail };
  }
  const units = listUnits(store, r.edition, r.level);
  const targets = targetsByUnit(store, units.map((u) => u.id));
  const totals = store.sqlite.prepare(
    `SELECT report_date AS date, total AS value FROM observation_totals
     WHERE edition = ? AND level = ? AND metric_id = ? AND report_date <= ?
     ORDER BY report_date DESC LIMIT ?`,
  );
  const metrics: NationalSummary['metrics'] = {};
  for (const metric of r.metrics) {
    const points = (totals.all(r.edition, r.level, metric.id, r.asOf, FORECAST_REPORTS) as Point[]).reverse();
    const shape = metric.kind === 'milestone' ? 'step' : 'linear';
    const plan = sumPlans(units.map((u) => planAt(targets.get(u.id)?.get(metric.id) ?? [], r.asOf, shape)));
    metrics[metric.key as MetricKey] = evaluateProgress(
      { points, complete: points.length < FORECAST_REPORTS },
      plan,
      denominatorOf(metric, units),
      r.asOf,
    );
  }
  return { ...head, metrics };
}

export interface RankingRow {
  code: string;
  name: string;
  progress: MetricProgress;
}

export interface Ranking {
  asOf: string;
  edition: Edition;
  metric: MetricKey;
  available: boolean;
  rows: RankingRow[];
}

/**
 * Every unit on one metric, best first by % of target (units without data last). Only the
 * two latest reports are read: enough for value and change; no forecast in a ranking.
 */
export function getRanking(store: Store, query: ReportQuery & { metric: MetricKey }): Ranking {
  const r = resolve(store, { ...query, metrics: [query.metric] });
  const { units, inputs } = unitInputs(store, r, 2);
  const rows = inputs.map((input, i) => {
    const m = input.metrics[query.metric] as UnitMetricInput | undefined;
    return {
      code: units[i].code,
      name: units[i].nameVi,
      progress: m ? evaluateProgress(m.series, m.plan, m.denominator, r.asOf) : null,
    };
  });
  const score = (p: MetricProgress | null) => p?.pctOfTarget ?? -1;
  return {
    asOf: r.asOf,
    edition: r.edition,
    metric: query.metric,
    available: r.available && r.metrics.length > 0,
    rows: rows
      .filter((row): row is RankingRow => row.progress !== null)
      .sort((a, b) => score(b.progress) - score(a.progress) || a.code.localeCompare(b.code)),
  };
}

export interface UnitHistory {
  unit: UnitRow;
  /** Per metric: every report (a 2025 unit's continues its predecessors' sum) and its targets. */
  metrics: Partial<Record<MetricKey, { points: Point[]; targets: (Target & { unitCode: string })[] }>>;
}

/** One unit's whole history, every metric; null when the code is not a unit of the edition. */
export function getUnitHistory(store: Store, query: { edition: Edition; code: string; level?: Level }): UnitHistory | null {
  const unit = findUnit(store, query.edition, query.code, query.level);
  if (!unit) return null;
  const predecessors = unit.edition === '2025' && unit.level === 'province' ? (predecessorsByUnit(store).get(unit.id) ?? []) : [];
  const ids = [unit.id, ...predecessors.map((p) => p.id)];
  const rows = store.sqlite
    .prepare(
      `SELECT unit_id, metric_id, report_date, value FROM observations
       WHERE unit_id IN (SELECT value FROM json_each(?)) ORDER BY report_date`,
    )
    .raw()
    .all(JSON.stringify(ids)) as [number, number, string, number][];
  const targets = targetsByUnit(store, ids);
  const codeOf = new Map([unit, ...predecessors].map((u) => [u.id, u.code]));

  const metrics: UnitHistory['metrics'] = {};
  for (const metric of metricsForEditions(unit.edition)) {
    const seriesOf = (id: number): UnitSeries => ({
      points: rows.filter(([u, m]) => u === id && m === metric.id).map(([, , date, value]) => ({ date, value })),
      complete: true,
    });
    const own = seriesOf(unit.id);
    let points = own.points;
    if (predecessors.length > 0) {
      const sum = sumSeries(predecessors.map((p) => seriesOf(p.id)));
      const before = metric.kind === 'milestone' && predecessors.length > 1 ? allReached(sum, predecessors.length) : sum;
      points = acrossMerger(before, own).points;
    }
    metrics[metric.key as MetricKey] = {
      points,
      targets: ids.flatMap((id) => (targets.get(id)?.get(metric.id) ?? []).map((t) => ({ ...t, unitCode: codeOf.get(id)! }))),
    };
  }
  return { unit, metrics };
}

/** A 2025 unit's history covers the metrics of both editions (districts before the merger). */
function metricsForEditions(edition: Edition): MetricDefinition[] {
  const keys = new Set([...metricsForEdition(edition), ...(edition === '2025' ? metricsForEdition('2024') : [])].map((m) => m.key));
  return [...keys].map((k) => metricByKey(k as MetricKey));
}

