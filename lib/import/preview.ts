// The check step: every row of a file as the dashboard understood it (province and metric by
// name, date and value written back in vi-VN, what is stored and the change), shown on the
// import page and printed by `npm run import -- --dry-run` before anything is written.
import { formatChange, formatDate, formatNumber, metricName, type Locale } from '../format';
import { metricByKey } from '../metrics';
import type { ValidObservation } from './observation-rules';

export interface PreviewRow {
  row: number;
  province: string;
  metric: string;
  date: string;
  value: string;
  before: string;
  change: string;
}

export function previewRow(v: ValidObservation, unitName: string, locale: Locale): PreviewRow {
  return {
    row: v.row,
    province: `${v.unit} ${unitName}`,
    metric: metricName(metricByKey(v.metric), locale),
    date: formatDate(v.date, locale),
    value: formatNumber(v.value, locale),
    before: formatNumber(v.before, locale),
    change: v.before === null ? formatNumber(null, locale) : formatChange(v.value - v.before, locale),
  };
}

/** A preview row as one line of the command line's dry run. */
export function previewLine(p: PreviewRow, rowWord: string): string {
  return `${rowWord} ${p.row}: ${p.province} · ${p.metric} · ${p.date} · ${p.value} (${p.before} → ${p.change})`;
}
