// A unit's history as a table: report dates (newest first) x metrics, for the province page's
// history table and its CSV download.
import { formatDate, metricName, type Locale } from '../format';
import type { Point } from '../series';
import { translator } from '../i18n/i18n';
import { metricByKey, type MetricKey } from '../metrics';
import { dateCell, type TableCell } from '../exports/xlsx';

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

/**
 * The history as a file: the province named in every row (code, name, map edition) so the file
 * alone says whose figures they are, and can be edited and imported back (the wide layout of
 * lib/import/layout.ts). Dates as dd/mm/yyyy text, or as date cells for a workbook.
 */
export function historyCsv(history: HistoryInput & { unit: { code: string; nameVi: string; edition: string } }, locale: Locale, dates: 'text' | 'cells' = 'text'): { header: string[]; rows: TableCell[][] } {
  const table = historyTable(history);
  const l = translator(locale, 'LeagueCsv');
  const { code, nameVi, edition } = history.unit;
  return {
    header: [l('code'), l('name'), l('edition'), translator(locale, 'History')('date'), ...table.metrics.map((k) => metricName(metricByKey(k), locale))],
    rows: table.rows.map((r) => [code, nameVi, edition, dates === 'cells' ? dateCell(r.date) : formatDate(r.date, locale), ...table.metrics.map((k) => r.values[k] ?? null)]),
  };
}

/** One page of a list: 1-based page number clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
