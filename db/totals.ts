// National totals per report date (observation_totals), rebuilt from the observations in one
// SQL pass: each report adds its change since the unit's previous report, and a running sum
// over dates carries every unit's latest value forward, however irregularly it reports.
import { inArray, sql } from 'drizzle-orm';
import { dbOf, type Connection } from './store/prepared';
import { observations, observationTotals, units } from './schema';

/**
 * Recomputes the totals of the given metrics (all when omitted). Call it inside the transaction
 * that wrote the observations, so readers never see reports and totals that disagree.
 */
export function rebuildTotals(store: Connection, metricIds?: readonly number[]): void {
  const db = dbOf(store);
  db.delete(observationTotals).where(metricIds ? inArray(observationTotals.metricId, [...metricIds]) : undefined).run();
  const only = metricIds ? inArray(observations.metricId, [...metricIds]) : sql`1`;
  const t = observationTotals;
  // A typed sql template over the schema's columns: drizzle has no builder for named WINDOWs (LAG, running SUM OVER).
  db.run(sql`
    INSERT INTO ${t} (${sql.identifier(t.edition.name)}, ${sql.identifier(t.level.name)}, ${sql.identifier(t.metricId.name)},
      ${sql.identifier(t.reportDate.name)}, ${sql.identifier(t.total.name)}, ${sql.identifier(t.unitsReported.name)})
    SELECT edition, level, metric_id, report_date, SUM(SUM(delta)) OVER scope, SUM(SUM(first_report)) OVER scope
    FROM (
      SELECT ${units.edition} AS edition, ${units.level} AS level, ${observations.metricId} AS metric_id, ${observations.reportDate} AS report_date,
        ${observations.value} - COALESCE(LAG(${observations.value}) OVER unit_history, 0) AS delta,
        LAG(${observations.value}) OVER unit_history IS NULL AS first_report
      FROM ${observations} JOIN ${units} ON ${units.id} = ${observations.unitId}
      WHERE ${only}
      WINDOW unit_history AS (PARTITION BY ${observations.unitId}, ${observations.metricId} ORDER BY ${observations.reportDate})
    )
    GROUP BY edition, level, metric_id, report_date
    WINDOW scope AS (PARTITION BY edition, level, metric_id ORDER BY report_date)`);
}
