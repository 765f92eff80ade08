// The report templates, in Vietnamese, in both layouts (long: one figure a row; wide: one row per
// province and date, one column per metric, headed as the dashboard's tables head them). An
// example for anyone; for a reporter, their units with the latest values, ready to overwrite.
// The same tables go out as CSV (lib/exports/csv.ts) and XLSX (lib/exports/xlsx.ts).
import { formatDate, metricName } from '../format';
import { METRICS, metricsForEdition, type MetricKey } from '../metrics';
import { LONG_HEADER } from './layout';
import { dateCell, type TableCell } from '../exports/xlsx';

export type TemplateLayout = 'long' | 'wide';

export interface TemplateUnit {
  code: string;
  name: string;
  /** The latest report date and each metric's value on it (or latest before), if any. */
  latest: { date: string; values: Partial<Record<MetricKey, number>> } | null;
}

const EXAMPLE: TemplateUnit[] = [{ code: '79', name: 'Hồ Chí Minh', latest: { date: '2026-11-25', values: { health_book_records: 4_639_574, judicial_record_live: 1 } } }];

/** The template as a table; `asText` writes dates as dd/mm/yyyy text (the CSV), else as date cells. */
export function templateTable(layout: TemplateLayout, units: readonly TemplateUnit[] | null, asText: boolean): { header: string[]; rows: TableCell[][] } {
  const example = units === null;
  const metrics = metricsForEdition('2025');
  const when = (iso: string): TableCell => (asText ? formatDate(iso, 'vi') : dateCell(iso));
  if (layout === 'wide') {
    return {
      header: ['Mã', 'Tỉnh, thành phố', 'Ngày báo cáo', ...metrics.map((m) => metricName(m, 'vi'))],
      rows: (units ?? EXAMPLE).map((u) => [u.code, u.name, u.latest ? when(u.latest.date) : '', ...metrics.map((m) => u.latest?.values[m.key as MetricKey] ?? null)]),
    };
  }
  const rows: TableCell[][] = [];
  for (const u of units ?? EXAMPLE) {
    for (const m of example ? METRICS.filter((d) => u.latest?.values[d.key as MetricKey] !== undefined) : metrics) {
      rows.push([u.code, u.name, metricName(m, 'vi'), u.latest ? when(u.latest.date) : '', u.latest?.values[m.key as MetricKey] ?? null, '']);
    }
  }
  return { header: [...LONG_HEADER], rows };
}
