// npm run make-import-file -- out.csv [--rows 100000]
// Writes a valid report file for an empty store: the 63 provinces of 2024, every 2024 metric,
// one report a day from 1/1/2024, rising counts. Used by the import benchmark and by the
// crash-safety and concurrent-reader tests.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addDays } from '@/lib/dates';
import { formatDate, formatNumber } from '@/lib/format';
import { metricsForEdition } from '@/lib/metrics';
import { LONG_HEADER } from '@/lib/import/layout';

export function makeImportCsv(rows: number, units: readonly { code: string; districts: number }[]): string {
  const metrics = metricsForEdition('2024');
  const perDay = units.length * metrics.length;
  const days = Math.ceil(rows / perDay);
  const lines = [LONG_HEADER.filter((h) => h !== 'Tỉnh, thành phố').join(',')];
  let written = 0;
  for (let d = 0; d < days && written < rows; d++) {
    const date = addDays('2024-01-01', d);
    for (const u of units) {
      for (const m of metrics) {
        if (written === rows) break;
        const value = m.kind === 'milestone' ? (d > 200 ? 1 : 0) : m.kind === 'share' ? Math.min(u.districts, Math.floor(d / 30)) : 1000 + d * 37;
        lines.push(`${u.code},${m.key},${date},${value},`);
        written++;
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The wide layout of the same figures: one row per province and day, one column per metric (headed by name), vi-VN numbers, dd/mm/yyyy. */
export function makeWideCsv(values: number, units: readonly { code: string; districts: number }[]): string {
  const metrics = metricsForEdition('2024');
  const lines = [['Mã', 'Ngày báo cáo', ...metrics.map((m) => m.nameVi)].join(',')];
  let written = 0;
  for (let d = 0; written < values; d++) {
    const date = formatDate(addDays('2024-01-01', d), 'vi');
    for (const u of units) {
      if (written >= values) break;
      const cells = metrics.map((m, i) => {
        if (written + i >= values) return '';
        const value = m.kind === 'milestone' ? (d > 200 ? 1 : 0) : m.kind === 'share' ? Math.min(u.districts, Math.floor(d / 30)) : 1000 + d * 37;
        return `"${formatNumber(value, 'vi')}"`;
      });
      written += cells.filter((c) => c !== '').length;
      lines.push(`${u.code},${date},${cells.join(',')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('make-import-file.ts')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rows: { type: 'string', default: '100000' } } });
  const { readFileSync } = await import('node:fs');
  const units = readFileSync('db/reference/provinces-2024.csv', 'utf8').trim().split('\n').slice(1).map((l) => {
    const cells = l.split(',');
    return { code: cells[0], districts: Number(cells[5]) };
  });
  writeFileSync(positionals[0], makeImportCsv(Number(values.rows), units));
  console.log(`make-import-file: ${positionals[0]}: ${values.rows} rows`);
}
