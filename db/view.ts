// The reads a view needs besides the report: its edition and date (decided by lib/editions
// resolveView from the store's latest report), the provinces' regions, and when each province
// reached its milestones. Kept until the next write (db/store/cache.ts).
import { cached } from './store/cache';
import type { Store } from './store/types';
import { latestReportDate } from './store-facts';
import { listUnits, predecessorsByUnit } from './units';
import { resolveView, type Edition, type ViewAsked, type ViewDate } from '@/lib/editions';
import type { Point } from '@/lib/series';
import { METRICS, type MetricKey } from '@/lib/metrics';
import { milestoneSeries, reachedDate } from '@/lib/milestones';
import { mergedRegion, type UnitSeries } from '@/lib/rollup';

/** The edition and date of a view, as asked (see lib/editions resolveView). */
export function viewFor(store: Store, asked: ViewAsked): ViewDate {
  return resolveView(asked, latestReportDate(store));
}

/** Every province of an edition with its region (a 2025 province's is derived: lib/rollup mergedRegion). */
export function unitRegions(store: Store, edition: Edition): { code: string; region: string | null }[] {
  return cached(store, `regions:${edition}`, () => {
    // One read of who became whom, not one per province (the rule itself: lib/rollup mergedRegion).
    const predecessors = edition === '2025' ? predecessorsByUnit(store) : new Map<number, never[]>();
    return listUnits(store, edition).map((u) => ({ code: u.code, region: u.region ?? mergedRegion(predecessors.get(u.id)) }));
  });
}

const MILESTONES = METRICS.filter((m) => m.kind === 'milestone');

export type ReachedDates = Map<string, Partial<Record<MetricKey, string | null>>>;

/**
 * When each province of an edition reached each milestone, as of a date (null: not reached).
 * Only the reports where a value changed are read, which is all a yes/no series needs.
 */
export function milestoneReachedDates(store: Store, edition: Edition, asOf: string): ReachedDates {
  return cached(store, JSON.stringify(['reached', edition, asOf]), () => {
    const units = listUnits(store, edition);
    const predecessors = edition === '2025' ? predecessorsByUnit(store) : new Map<number, { id: number }[]>();
    const ids = [...units.map((u) => u.id), ...[...predecessors.values()].flat().map((p) => p.id)];
    // Raw SQL: drizzle's query builder has no window functions (LAG), which keep only the changes.
    const rows = store.sqlite
      .prepare(
        `SELECT unit_id, metric_id, report_date, value FROM (
           SELECT unit_id, metric_id, report_date, value,
             LAG(value) OVER (PARTITION BY unit_id, metric_id ORDER BY report_date) AS previous
           FROM observations
           WHERE unit_id IN (SELECT value FROM json_each(@units)) AND metric_id IN (SELECT value FROM json_each(@metrics))
             AND report_date <= @asOf)
         WHERE previous IS NULL OR previous <> value ORDER BY report_date`,
      )
      .raw()
      .all({ units: JSON.stringify(ids), metrics: JSON.stringify(MILESTONES.map((m) => m.id)), asOf }) as [number, number, string, number][];
    const series = new Map<string, Point[]>();
    for (const [unitId, metricId, date, value] of rows) {
      const key = `${unitId}:${metricId}`;
      series.set(key, [...(series.get(key) ?? []), { date, value }]);
    }
    const of = (unitId: number, metricId: number): UnitSeries => ({ points: series.get(`${unitId}:${metricId}`) ?? [], complete: true });
    const result: ReachedDates = new Map();
    for (const u of units) {
      const dates: Partial<Record<MetricKey, string | null>> = {};
      for (const m of MILESTONES) {
        const merged = milestoneSeries(of(u.id, m.id), (predecessors.get(u.id) ?? []).map((p) => of(p.id, m.id)));
        dates[m.key as MetricKey] = reachedDate(merged.points, 1);
      }
      result.set(u.code, dates);
    }
    return result;
  });
}
