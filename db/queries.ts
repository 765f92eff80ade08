// Every read the dashboard and the scripts make. SQL lives here; the arithmetic is in lib/.
import { cached } from './cache';
import type { Store } from './client';
import { EDITION_INFO, editionInForce, isEditionAvailable, MERGER_DATE, type Edition } from '@/lib/editions';
import { addDays } from '@/lib/dates';
import { FORECAST_REPORTS, type Point } from '@/lib/forecast';
import { METRICS, metricByKey, metricsForEdition, type MetricDefinition, type MetricKey } from '@/lib/metrics';

const METRIC_IDS = METRICS.map((m) => m.id);
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

/** The units of an edition and level, kept until the next write (see db/cache.ts). */
export function listUnits(store: Store, edition: Edition, level: Level = 'province'): UnitRow[] {
  return cached(store, `units:${edition}:${level}`, () => readUnits(store, edition, level));
}

function readUnits(store: Store, edition: Edition, level: Level): UnitRow[] {
  // Read as arrays, then named: on thousands of communes this halves the time.
  const rows = store.sqlite
    .prepare(`SELECT ${unitColumns('u')} FROM units u WHERE u.edition = ? AND u.level = ? ORDER BY u.code`)
    .raw()
    .all(edition, level) as unknown[][];
  return rows.map(([id, e, l, code, nameVi, nameAscii, kind, region, districts, communes, population]) => ({
    id, edition: e, level: l, code, nameVi, nameAscii, kind, region, districts, communes, population,
  }) as UnitRow);
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

type TargetRow = [unitId: number, metricId: number, baselineDate: string, baselineValue: number, dueDate: string, targetValue: number];

function groupTargets(rows: readonly TargetRow[]): Map<number, Map<number, Target[]>> {
  const result = new Map<number, Map<number, Target[]>>();
  for (const [unitId, metricId, baselineDate, baselineValue, dueDate, targetValue] of rows) {
    let perMetric = result.get(unitId);
    if (!perMetric) result.set(unitId, (perMetric = new Map()));
    const target = { baselineDate, baselineValue, dueDate, targetValue };
    const list = perMetric.get(metricId);
    if (list) list.push(target);
    else perMetric.set(metricId, [target]);
  }
  return result;
}

// Targets come back as one JSON text parsed natively: on thousands of units that is several
// times faster than building a JavaScript row object per target.
const TARGET_JSON = `json_group_array(json_array(t.unit_id, t.metric_id, t.baseline_date, t.baseline_value,
  t.due_date, t.target_value))`;

/** Targets of the given units and metrics, grouped by unit then metric. */
export function targetsByUnit(
  store: Store,
  unitIds: readonly number[],
  metricIds: readonly number[],
): Map<number, Map<number, Target[]>> {
  const json = store.sqlite
    .prepare(
      `SELECT ${TARGET_JSON} FROM targets t
       WHERE t.unit_id IN (SELECT value FROM json_each(?)) AND t.metric_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .get(JSON.stringify(unitIds), JSON.stringify(metricIds)) as string;
  return groupTargets(JSON.parse(json) as TargetRow[]);
}

/** Targets of every unit of an edition and level: what the national plan adds up. */
function targetsOfEdition(store: Store, edition: Edition, level: Level, metricIds: readonly number[]) {
  const json = store.sqlite
    .prepare(
      `SELECT ${TARGET_JSON} FROM targets t JOIN units u ON u.id = t.unit_id
       WHERE u.edition = ? AND u.level = ? AND t.metric_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .get(edition, level, JSON.stringify(metricIds)) as string;
  return groupTargets(JSON.parse(json) as TargetRow[]);
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
  const predecessors = r.edition === '2025' && r.level === 'province' ? predecessorsByUnit(store) : new Map<number, UnitRow[]>();
  const describe = (u: UnitRow) => ({
    code: u.code, nameVi: u.nameVi, nameAscii: u.nameAscii, kind: u.kind, region: u.region ?? derivedRegion(predecessors.get(u.id)),
  });
  if (!r.available) return { units, inputs: units.map((u) => ({ ...describe(u), metrics: {} })) };
  const sourcesOf = (u: UnitRow): UnitRow[] => (r.edition === r.sourceEdition ? [u] : (predecessors.get(u.id) ?? []));
  const sourceUnits = units.flatMap(sourcesOf);
  const metricIds = r.metrics.map((m) => m.id);
  const windows = reportWindows(store, sourceUnits.map((u) => u.id), metricIds, r.asOf, limit);
  const targets = targetsByUnit(store, sourceUnits.map((u) => u.id), metricIds);

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
    return { ...describe(u), metrics };
  });
  return { units, inputs };
}

/** A 2025 province's region: that of its most populous predecessor. */
function derivedRegion(predecessors: readonly UnitRow[] | undefined): string | null {
  if (!predecessors?.length) return null;
  return predecessors.reduce((a, b) => (b.population > a.population ? b : a)).region;
}

export interface ReportOptions extends ReportQuery {
  /** Codes whose sum is reported as "national" (a region or meeting group). */
  selection?: readonly string[];
  /** How many recent reports each series keeps (trend lines); the forecast uses the last 8. */
  reports?: number;
}

/** The report as of a date: every unit's progress on every metric, and the nation's. */
export function getReport(store: Store, query: ReportOptions = {}): Report {
  const r = resolve(store, query);
  const { inputs } = unitInputs(store, r, Math.max(FORECAST_REPORTS, query.reports ?? 0));
  return buildReport({
    asOf: r.asOf,
    edition: r.edition,
    sourceEdition: r.sourceEdition,
    available: r.available,
    illustrative: isIllustrative(store),
    metrics: r.metrics,
    units: inputs,
    selection: query.selection,
  });
}

/** The report the overview shows, with 26 weeks of trend, kept until the next write. */
export function getOverviewReport(store: Store, query: ReportOptions): Report {
  const key = JSON.stringify(['overview', query.date ?? null, query.edition ?? null, query.selection ?? null]);
  return cached(store, key, () => getReport(store, { ...query, reports: TREND_REPORTS }));
}

export const TREND_REPORTS = 26;

export interface MeetingGroup {
  slug: string;
  nameVi: string;
  nameEn: string;
  meetingDate: string | null;
  /** Member codes in the edition asked for (2024 members map to their 2025 successors). */
  codes: string[];
}

export function listGroups(store: Store, edition: Edition): MeetingGroup[] {
  const rows = store.sqlite
    .prepare(
      `SELECT g.slug, g.name_vi AS nameVi, g.name_en AS nameEn, g.meeting_date AS meetingDate,
         json_group_array(DISTINCT CASE WHEN u.edition = @edition THEN u.code
           WHEN @edition = '2025' THEN (SELECT t.code FROM successions s JOIN units t ON t.id = s.to_unit_id WHERE s.from_unit_id = u.id)
           ELSE NULL END) AS codes
       FROM meeting_groups g JOIN meeting_group_members m ON m.group_id = g.id JOIN units u ON u.id = m.unit_id
       GROUP BY g.id ORDER BY g.meeting_date DESC, g.slug`,
    )
    .all({ edition }) as (Omit<MeetingGroup, 'codes'> & { codes: string })[];
  return rows.map((g) => ({ ...g, codes: (JSON.parse(g.codes) as (string | null)[]).filter((c): c is string => c !== null).sort() }));
}

export interface UnitInfo {
  unit: UnitRow;
  region: string | null;
  /** For a 2024 unit: the 2025 unit it became, and when. */
  successor: { code: string; nameVi: string; date: string } | null;
  /** For a 2025 unit: the 2024 units it was made of. */
  predecessors: { code: string; nameVi: string }[];
}

export function getUnitInfo(store: Store, edition: Edition, code: string): UnitInfo | null {
  const unit = findUnit(store, edition, code);
  if (!unit) return null;
  const successor = store.sqlite
    .prepare(
      `SELECT t.code, t.name_vi AS nameVi, s.effective_date AS date FROM successions s JOIN units t ON t.id = s.to_unit_id
       WHERE s.from_unit_id = ?`,
    )
    .get(unit.id) as UnitInfo['successor'] | undefined;
  const predecessors = edition === '2025' ? (predecessorsByUnit(store).get(unit.id) ?? []) : [];
  return {
    unit,
    region: unit.region ?? derivedRegion(predecessors),
    successor: successor ?? null,
    predecessors: predecessors.map((p) => ({ code: p.code, nameVi: p.nameVi })),
  };
}

/**
 * Where to look for a code that is not a unit of an edition: in 2025, the unit a 2024 code
 * became (74 -> 79); in 2024, the 2024 units a 2025 code was made of.
 */
export function suggestUnits(store: Store, edition: Edition, code: string): { edition: Edition; code: string; nameVi: string }[] {
  const other: Edition = edition === '2025' ? '2024' : '2025';
  const found = findUnit(store, other, code);
  if (!found) return [];
  const info = getUnitInfo(store, other, code)!;
  const itself = { edition: other, code, nameVi: found.nameVi };
  if (edition === '2025') return info.successor ? [{ edition, code: info.successor.code, nameVi: info.successor.nameVi }, itself] : [itself];
  return [...info.predecessors.map((p) => ({ edition, ...p })), itself];
}

export interface NationalSummary {
  asOf: string;
  edition: Edition;
  available: boolean;
  illustrative: boolean;
  metrics: Partial<Record<MetricKey, MetricProgress>>;
}

/**
 * The nation's progress on every metric, from observation_totals: a lookup whatever the number
 * of units. The 2025 edition before the merger counts the same reports as the 2024 edition
 * (every 2024 unit has a successor), except for milestones, which it counts per 2025 unit:
 * those it adds up from the units' own figures (at most 63).
 */
export function getNationalSummary(store: Store, query: ReportQuery = {}): NationalSummary {
  const r = resolve(store, query);
  const head = { asOf: r.asOf, edition: r.edition, available: r.available, illustrative: isIllustrative(store) };
  if (!r.available) return { ...head, metrics: {} };
  const source = r.sourceEdition;
  const totals = store.sqlite.prepare(
    `SELECT report_date AS date, total AS value FROM observation_totals
     WHERE edition = ? AND level = ? AND metric_id = ? AND report_date <= ?
     ORDER BY report_date DESC LIMIT ?`,
  );
  const recentTotals = (edition: Edition, metricId: number, asOf: string): UnitSeries => {
    const points = (totals.all(edition, r.level, metricId, asOf, FORECAST_REPORTS) as Point[]).reverse();
    return { points, complete: points.length < FORECAST_REPORTS };
  };
  // The 2025 edition's recent history may reach back before 1/7/2025 (as its units' does).
  const lineage = r.edition === '2025' && r.level === 'province';
  const beforeMerger = addDays(MERGER_DATE, -1);
  const series = new Map(r.metrics.map((m) => {
    const own = recentTotals(source, m.id, r.asOf);
    const reachesBack = lineage && source === '2025' && own.complete;
    return [m.id, reachesBack ? acrossMerger(recentTotals('2024', m.id, beforeMerger), own, FORECAST_REPORTS) : own];
  }));
  // Milestones of the 2025 edition before the merger count 2025 units, each reached only when
  // all its predecessors were: that needs the units' own figures (34 of them).
  const needsUnits = (m: MetricDefinition) =>
    m.kind === 'milestone' && lineage && (source === '2024' || series.get(m.id)!.points.some((p) => p.date < MERGER_DATE));
  const byUnits = r.metrics.filter(needsUnits);
  const fromTotals = r.metrics.filter((m) => !needsUnits(m));

  const [count, districts, communes] = store.sqlite
    .prepare(`SELECT COUNT(*), SUM(districts), SUM(communes) FROM units WHERE edition = ? AND level = ?`)
    .raw()
    .get(source, r.level) as [number, number | null, number | null];
  const denominators = { districts, communes };
  const targets = targetsOfEdition(store, source, r.level, fromTotals.map((m) => m.id));

  const metrics: NationalSummary['metrics'] = {};
  for (const metric of fromTotals) {
    const shape = metric.kind === 'milestone' ? 'step' : 'linear';
    const plans = [...targets.values()].map((perMetric) => planAt(perMetric.get(metric.id) ?? [], r.asOf, shape));
    const denominator = metric.kind === 'milestone' ? count : metric.denominator ? denominators[metric.denominator] : null;
    metrics[metric.key as MetricKey] = evaluateProgress(series.get(metric.id)!, sumPlans(plans), denominator, r.asOf);
  }
  if (byUnits.length > 0) {
    Object.assign(metrics, getReport(store, { ...query, metrics: byUnits.map((m) => m.key as MetricKey) }).nationalDetail);
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
      progress: m ? evaluateProgress(m.series, m.plan, m.denominator, r.asOf, { forecast: false }) : null,
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
  /**
   * Per metric: every report (a 2025 unit's continues its predecessors' sum) and the targets of
   * the unit and of its predecessors, each saying whose it is (codes repeat across editions).
   */
  metrics: Partial<Record<MetricKey, { points: Point[]; targets: (Target & { unitCode: string; edition: Edition })[] }>>;
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
  const targets = targetsByUnit(store, ids, METRIC_IDS);
  const unitOf = new Map([unit, ...predecessors].map((u) => [u.id, u]));

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
      targets: ids.flatMap((id) =>
        (targets.get(id)?.get(metric.id) ?? []).map((t) => ({ ...t, unitCode: unitOf.get(id)!.code, edition: unitOf.get(id)!.edition })),
      ),
    };
  }
  return { unit, metrics };
}

/** A 2025 unit's history covers the metrics of both editions (districts before the merger). */
function metricsForEditions(edition: Edition): MetricDefinition[] {
  const keys = new Set([...metricsForEdition(edition), ...(edition === '2025' ? metricsForEdition('2024') : [])].map((m) => m.key));
  return [...keys].map((k) => metricByKey(k as MetricKey));
}

