// One unit's whole history: every report of every metric (a 2025 unit's continuing its
// predecessors' sum) and every target of the unit and of its predecessors.
import type { Store } from './store/types';
import { reportsOfUnits, targetsByUnit } from './figures';
import { findUnit, predecessorsByUnit, type Level, type UnitRow } from './units';
import type { Edition } from '@/lib/editions';
import type { Point } from '@/lib/series';
import { METRICS, metricsForEditions, type MetricKey } from '@/lib/metrics';
import type { Target } from '@/lib/plan';
import { acrossMerger, combineSeries } from '@/lib/rollup';

export interface UnitHistory {
  unit: UnitRow;
  /**
   * Per metric: every report (a 2025 unit's continues its predecessors' sum) and the targets of
   * the unit and of its predecessors, each saying whose it is (codes repeat across editions);
   * lib/rollup.ts chartTarget picks the one its chart draws.
   */
  metrics: Partial<Record<MetricKey, { points: Point[]; targets: (Target & { unitCode: string; edition: Edition })[] }>>;
}

/** One unit's whole history, every metric; null when the code is not a unit of the edition. */
export function getUnitHistory(store: Store, query: { edition: Edition; code: string; level?: Level }): UnitHistory | null {
  const unit = findUnit(store, query.edition, query.code, query.level);
  if (!unit) return null;
  const predecessors = unit.edition === '2025' && unit.level === 'province' ? (predecessorsByUnit(store).get(unit.id) ?? []) : [];
  const all = [unit, ...predecessors];
  const reports = reportsOfUnits(store, all.map((u) => u.id));
  const targets = targetsByUnit(store, all.map((u) => u.id), METRICS.map((m) => m.id));

  const metrics: UnitHistory['metrics'] = {};
  for (const metric of metricsForEditions(unit.edition, unit.level)) {
    const seriesOf = (u: UnitRow) => ({ points: reports.get(u.id)!.get(metric.id) ?? [], complete: true });
    const own = seriesOf(unit);
    const points = predecessors.length > 0 ? acrossMerger(combineSeries(metric.kind, predecessors.map(seriesOf)), own).points : own.points;
    metrics[metric.key as MetricKey] = {
      points,
      targets: all.flatMap((u) => (targets.get(u.id)?.get(metric.id) ?? []).map((t) => ({ ...t, unitCode: u.code, edition: u.edition }))),
    };
  }
  return { unit, metrics };
}
