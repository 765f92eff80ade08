// The report on a date: every unit's figures, plan and denominator, read here and combined by
// lib/rollup.ts (merged units) and lib/report.ts (progress, national sum).
import { cached } from './store/cache';
import type { Store } from './store/types';
import { reportWindows, targetsByUnit } from './figures';
import { isIllustrative } from './store-facts';
import { listUnits, predecessorsByUnit, type Level, type UnitRow } from './units';
import { viewFor } from './view';
import { editionInForce, isEditionAvailable, LAST_DAY_OF_2024_MAP, type Edition } from '@/lib/editions';
import { FORECAST_REPORTS } from '@/lib/forecast';
import { metricsForEdition, type MetricDefinition, type MetricKey } from '@/lib/metrics';
import { buildReport, type Report, type ReportUnitInput } from '@/lib/report';
import { figuresOf, mergedRegion, rollUpUnit, type RollupPart } from '@/lib/rollup';

export interface ReportQuery {
  /** YYYY-MM-DD; absent: as every view decides it (lib/editions resolveView). */
  date?: string;
  /** Absent: as every view decides it (lib/editions resolveView), never a rule of its own here. */
  edition?: Edition;
  level?: Level;
  /** Only these metrics (all that apply on the date when absent). */
  metrics?: readonly MetricKey[];
}

export interface ResolvedQuery {
  asOf: string;
  edition: Edition;
  sourceEdition: Edition;
  available: boolean;
  level: Level;
  metrics: MetricDefinition[];
}

/** The date, edition, level and metrics a query means; the date and edition by the one rule of every view. */
export function resolveQuery(store: Store, query: ReportQuery): ResolvedQuery {
  const { date: asOf, edition } = viewFor(store, { date: query.date, edition: query.edition });
  const level = query.level ?? 'province';
  // The edition whose units report on the date is the source of the figures. Commune-level
  // units carry no succession: they report in their own edition only.
  const sourceEdition = level === 'commune' ? edition : editionInForce(asOf);
  const applicable = metricsForEdition(sourceEdition, level);
  const metrics = query.metrics ? applicable.filter((m) => query.metrics!.includes(m.key as MetricKey)) : applicable;
  return { asOf, edition, sourceEdition, level, metrics, available: level === 'commune' || isEditionAvailable(edition, asOf) };
}

/**
 * Each unit's reports and targets on the date, rolled up by lib/rollup.ts: a 2025 unit before
 * 1/7/2025 stands for its predecessors; after it, its own reports continue their sum, so change
 * and forecast run across the merger. `limit` is how many recent reports each series keeps.
 */
export function unitInputs(store: Store, r: ResolvedQuery, limit: number, only?: readonly string[]): { units: UnitRow[]; inputs: ReportUnitInput[] } {
  const units = only ? listUnits(store, r.edition, r.level).filter((u) => only.includes(u.code)) : listUnits(store, r.edition, r.level);
  const predecessors = r.edition === '2025' && r.level === 'province' ? predecessorsByUnit(store) : new Map<number, UnitRow[]>();
  const describe = (u: UnitRow) => ({
    code: u.code, nameVi: u.nameVi, nameAscii: u.nameAscii, kind: u.kind, region: u.region ?? mergedRegion(predecessors.get(u.id)),
  });
  if (!r.available) return { units, inputs: units.map((u) => ({ ...describe(u), metrics: {} })) };

  const unit = { edition: r.edition, level: r.level };
  const own = new Map(r.metrics.map((m) => [m.id, figuresOf(unit, m, r.asOf).own]));
  const predecessorsOf = (u: UnitRow) => predecessors.get(u.id) ?? [];
  const sourceIds = [...new Set(units.flatMap((u) => [
    ...(r.metrics.some((m) => own.get(m.id)) ? [u.id] : []),
    ...(r.metrics.some((m) => !own.get(m.id)) ? predecessorsOf(u).map((p) => p.id) : []),
  ]))];
  const metricIds = r.metrics.map((m) => m.id);
  const windows = reportWindows(store, sourceIds, metricIds, r.asOf, limit);
  const targets = targetsByUnit(store, sourceIds, metricIds);
  // A 2025 unit's own recent reports reach back to its predecessors' before 1/7/2025.
  const lineage = predecessors.size > 0 && r.metrics.some((m) => own.get(m.id));
  const beforeMerger = lineage
    ? reportWindows(store, units.flatMap((u) => predecessorsOf(u).map((p) => p.id)), metricIds, LAST_DAY_OF_2024_MAP, limit)
    : new Map();

  const inputs = units.map((u): ReportUnitInput => {
    const metrics: ReportUnitInput['metrics'] = {};
    for (const metric of r.metrics) {
      const sources = own.get(metric.id) ? [u] : predecessorsOf(u);
      const part = (s: UnitRow): RollupPart => ({
        series: windows.get(s.id)!.get(metric.id)!,
        targets: targets.get(s.id)?.get(metric.id) ?? [],
        districts: s.districts,
        communes: s.communes,
      });
      const before = lineage && own.get(metric.id) ? predecessorsOf(u).map((p) => beforeMerger.get(p.id)!.get(metric.id)!) : undefined;
      metrics[metric.key as MetricKey] = rollUpUnit({ metric, parts: sources.map(part), before, asOf: r.asOf, limit });
    }
    return { ...describe(u), metrics };
  });
  return { units, inputs };
}

export interface ReportOptions extends ReportQuery {
  /** Codes whose sum is reported as "national" (a region or meeting group). */
  selection?: readonly string[];
  /** How many recent reports each series keeps (trend lines); the forecast uses the last 8. */
  reports?: number;
  /**
   * Only these units (and, when no selection is given, the national figures are their sum): a
   * unit's figures do not depend on the others', so a province page or a meeting's comparison
   * reads its own provinces, not the country's.
   */
  only?: readonly string[];
}

/** The report as of a date: every unit's progress on every metric, and the nation's. */
export function getReport(store: Store, query: ReportOptions = {}): Report {
  const r = resolveQuery(store, query);
  const { inputs } = unitInputs(store, r, Math.max(FORECAST_REPORTS, query.reports ?? 0), query.only);
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

export const TREND_REPORTS = 26;

/** The report the overview shows, with 26 weeks of trend, kept until the next write. */
export function getOverviewReport(store: Store, query: ReportOptions): Report {
  const key = JSON.stringify(['overview', query.date ?? null, query.edition ?? null, query.selection ?? null, query.only ?? null]);
  return cached(store, key, () => getReport(store, { ...query, reports: TREND_REPORTS }));
}
