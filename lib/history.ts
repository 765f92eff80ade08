// A unit's history as a table: report dates (newest first) x metrics, for the province page's
// history table and its CSV download.
import { formatDate, metricName, type Locale } from './format';
import type { Point } from './forecast';
import { translator } from './i18n';
import { metricByKey, type MetricKey } from './metrics';

export interface HistoryInput {
  metrics: Partial<Record<MetricKey, { points: Point[] }>>;
}

export interface HistoryTable {
  metrics: MetricKey[];
  /** Newest first. */
  rows: { date: string; values: Partial<Record<MetricKey, number>> }[];
}

export function historyTable(history: HistoryInput): HistoryTable {
  const metrics = Object.keys(history.metrics) as MetricKey[];
  const byDate = new Map<string, Partial<Record<MetricKey, number>>>();
  for (const key of metrics) {
    for (const p of history.metrics[key]!.points) {
      const values = byDate.get(p.date) ?? {};
      values[key] = p.value;
      byDate.set(p.date, values);
    }
  }
  const rows = [...byDate].sort(([a], [b]) => b.localeCompare(a)).map(([date, values]) => ({ date, values }));
  return { metrics, rows };
}

export function historyCsv(history: HistoryInput, locale: Locale): { header: string[]; rows: (string | number | null)[][] } {
  const table = historyTable(history);
  return {
    header: [translator(locale, 'History')('date'), ...table.metrics.map((k) => metricName(metricByKey(k), locale))],
    rows: table.rows.map((r) => [formatDate(r.date, locale), ...table.metrics.map((k) => r.values[k] ?? null)]),
  };
}

/** One page of a list: 1-based page number clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
