// The nation's progress on every metric, from the national totals (observation_totals).
import type { Store } from './store/types';
import { editionSize, recentTotals, targetsOfEdition } from './figures';
import { getReport, resolveQuery, type ReportQuery } from './report';
import { isIllustrative } from './store-facts';
import { isBeforeMerger, LAST_DAY_OF_2024_MAP, type Edition } from '@/lib/editions';
import { FORECAST_REPORTS } from '@/lib/forecast';
import type { MetricDefinition, MetricKey } from '@/lib/metrics';
import { evaluateProgress, type MetricProgress } from '@/lib/progress';
import { acrossMerger, countryDenominator, countryPlan } from '@/lib/rollup';

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
  const r = resolveQuery(store, query);
  const head = { asOf: r.asOf, edition: r.edition, available: r.available, illustrative: isIllustrative(store) };
  if (!r.available) return { ...head, metrics: {} };
  const source = r.sourceEdition;
  const totals = (edition: Edition, metricId: number, asOf: string) =>
    recentTotals(store, { edition, level: r.level, metricId, asOf, limit: FORECAST_REPORTS });
  // The 2025 edition's recent history may reach back before 1/7/2025 (as its units' does).
  const lineage = r.edition === '2025' && r.level === 'province';
  const series = new Map(r.metrics.map((m) => {
    const own = totals(source, m.id, r.asOf);
    const reachesBack = lineage && source === '2025' && own.complete;
    return [m.id, reachesBack ? acrossMerger(totals('2024', m.id, LAST_DAY_OF_2024_MAP), own, FORECAST_REPORTS) : own];
  }));
  // Milestones of the 2025 edition before the merger count 2025 units, each reached only when
  // all its predecessors were: that needs the units' own figures (34 of them).
  const needsUnits = (m: MetricDefinition) =>
    m.kind === 'milestone' && lineage && (source === '2024' || series.get(m.id)!.points.some((p) => isBeforeMerger(p.date)));
  const byUnits = r.metrics.filter(needsUnits);
  const fromTotals = r.metrics.filter((m) => !needsUnits(m));

  const size = editionSize(store, source, r.level);
  const targets = targetsOfEdition(store, source, r.level, fromTotals.map((m) => m.id));
  const metrics: NationalSummary['metrics'] = {};
  for (const metric of fromTotals) {
    const plan = countryPlan(metric.kind, [...targets.values()].map((perMetric) => perMetric.get(metric.id) ?? []), r.asOf);
    metrics[metric.key as MetricKey] = evaluateProgress(series.get(metric.id)!, plan, countryDenominator(metric, size), r.asOf);
  }
  if (byUnits.length > 0) {
    Object.assign(metrics, getReport(store, { ...query, metrics: byUnits.map((m) => m.key as MetricKey) }).nationalDetail);
  }
  return { ...head, metrics };
}
