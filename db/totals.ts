// National totals per report date (observation_totals), rebuilt from the observations in one
// SQL pass: each report adds its change since the unit's previous report, and a running sum
// over dates carries every unit's latest value forward, however irregularly it reports.
import type Database from 'better-sqlite3';

/**
 * Recomputes the totals of the given metrics (all when omitted). Call it inside the transaction
 * that wrote the observations, so readers never see reports and totals that disagree.
 */
export function rebuildTotals(sqlite: Database.Database, metricIds?: readonly number[]): void {
  const only = metricIds ? JSON.stringify(metricIds) : null;
  sqlite
    .prepare(`DELETE FROM observation_totals WHERE @only IS NULL OR metric_id IN (SELECT value FROM json_each(@only))`)
    .run({ only });
  sqlite
    .prepare(
      `INSERT INTO observation_totals (edition, level, metric_id, report_date, total, units_reported)
       SELECT edition, level, metric_id, report_date,
         SUM(SUM(delta)) OVER scope, SUM(SUM(first_report)) OVER scope
       FROM (
         SELECT u.edition, u.level, o.metric_id, o.report_date,
           o.value - COALESCE(LAG(o.value) OVER unit_history, 0) AS delta,
           LAG(o.value) OVER unit_history IS NULL AS first_report
         FROM observations o JOIN units u ON u.id = o.unit_id
         WHERE @only IS NULL OR o.metric_id IN (SELECT value FROM json_each(@only))
         WINDOW unit_history AS (PARTITION BY o.unit_id, o.metric_id ORDER BY o.report_date)
       )
       GROUP BY edition, level, metric_id, report_date
       WINDOW scope AS (PARTITION BY edition, level, metric_id ORDER BY report_date)`,
    )
    .run({ only });
}
