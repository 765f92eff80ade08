import { afterAll, describe, expect, it } from 'vitest';
import { getUnitHistory } from './history';
import { getReport } from './report';
import { createTestStore, TEST_TODAY } from './testing/test-store';
import { listUnits } from './units';
import { unitChart } from '@/lib/view/chart-series';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import type { Report } from '@/lib/report';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

describe("a unit's history", () => {
  it('runs from its predecessors through the merger to today', () => {
    const history = getUnitHistory(store, { edition: '2025', code: '79' })!;
    const health = history.metrics.health_book_records!.points;
    expect(health[0].date < '2025-07-01').toBe(true);
    expect(health.at(-1)!.date).toBe('2026-11-25');
    const merger = health.findIndex((p) => p.date === '2025-07-01');
    expect(health[merger].value).toBe(health[merger - 1].value); // no jump
    const targetsOf = new Set(history.metrics.health_book_records!.targets.map((t) => t.unitCode));
    expect([...targetsOf].sort()).toEqual(['74', '77', '79']);
    expect(history.metrics.districts_digitized!.points.at(-1)!.date).toBe('2025-06-25');
  });

  it('is null for a code that is not a unit of the edition', () => {
    expect(getUnitHistory(store, { edition: '2025', code: '74' })).toBeNull();
    expect(getUnitHistory(store, { edition: '2024', code: '99' })).toBeNull();
  });
});

describe("a unit's chart", () => {
  const histories = new Map(listUnits(store, '2025').map((u) => [u.code, getUnitHistory(store, { edition: '2025', code: u.code })!]));
  const chartOf = (report: Report, code: string, key: MetricKey) => {
    const history = histories.get(code)!;
    const table = report.units.find((u) => u.code === code)!.metrics[key]!;
    const chart = unitChart({
      unit: history.unit,
      metric: metricByKey(key),
      history: history.metrics[key]!,
      asOf: report.asOf,
      forecastDate: table.forecast.date,
    });
    return { table, chart };
  };

  it('of a merged province draws the milestone target of its table (25, civil status, 13/11/2024)', () => {
    const { table, chart } = chartOf(getReport(store, { date: '2024-11-13', edition: '2025' }), '25', 'civil_status_digitized');
    expect(table.target).toBe(1);
    expect(chart.target?.targetValue).toBe(1);
    expect(chart.target?.dueDate).toBe(table.dueDate);
    // The planned path drawn ends on that target.
    expect(chart.rows.filter((r) => r.planned !== undefined).at(-1)?.planned).toBe(1);
  });

  it.each(['2024-11-13', '2025-06-25', '2025-07-09', TEST_TODAY])(
    'of every 2025 province on %s has the target and due date of its table, on every metric',
    (date) => {
      const report = getReport(store, { date, edition: '2025' });
      let compared = 0;
      for (const code of histories.keys()) {
        for (const key of report.metrics) {
          const { table, chart } = chartOf(report, code, key);
          expect([code, key, chart.target?.targetValue ?? null, chart.target?.dueDate ?? null])
            .toEqual([code, key, table.target, table.dueDate]);
          compared++;
        }
      }
      expect(compared).toBeGreaterThanOrEqual(34 * 5);
    },
  );
});
