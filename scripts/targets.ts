// npm run targets -- targets.csv [--dry-run]: sets targets from a file (administrators, on the
// server). Columns: Mã đơn vị, Chỉ tiêu theo dõi, Ngày gốc, Giá trị gốc, Hạn hoàn thành,
// Giá trị mục tiêu, Ghi chú. Any problem: each is printed and nothing is written (exit code 2).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openExistingStore } from './open-store';
import { setTargets } from '@/db/targets';
import { splitCsv } from '@/lib/import/file';
import { TARGET_COLUMNS, type TargetRowInput } from '@/lib/import/target-rules';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, as: { type: 'string', default: 'command line' } } });
if (positionals.length !== 1) {
  console.error('targets: give one file: npm run targets -- targets.csv [--dry-run]');
  process.exit(2);
}
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(positionals[0])).replace(/^\uFEFF/, '');
} catch (e) {
  console.error(`targets: ${positionals[0]}: ${(e as Error).message.includes('encoded') ? 'not UTF-8' : (e as Error).message}`);
  process.exit(2);
}
const [header, ...lines] = splitCsv(text).cells.filter((r) => r.some((c) => c.trim()));
const at = TARGET_COLUMNS.map((c) => header?.findIndex((h) => h.trim().normalize('NFC') === c.header.normalize('NFC')) ?? -1);
const missing = TARGET_COLUMNS.filter((c, i) => at[i] < 0 && c.field !== 'note');
if (!header || missing.length) {
  console.error(`targets: ${positionals[0]}: dòng 1: thiếu cột ${missing.map((c) => `"${c.header}"`).join(', ')}`);
  process.exit(2);
}
const rows: TargetRowInput[] = lines.map((cells, i) => {
  const get = (k: number) => (at[k] >= 0 ? (cells[at[k]] ?? '').trim() : '');
  return { row: i + 2, unit: get(0), metric: get(1), baselineDate: get(2), baselineValue: get(3), dueDate: get(4), targetValue: get(5), note: get(6) };
});
const store = openExistingStore('targets');
const result = setTargets(store, rows, values.as ?? 'command line', { dryRun: values['dry-run'] });
store.sqlite.close();
if (result.problems.length) {
  for (const p of result.problems) console.error(`${positionals[0]}: dòng ${p.row}, ${p.field}: ${p.message.vi}`);
  // Only the first problems are listed (lib/limits.ts); the others are counted by column.
  if (result.more) console.error(`targets: còn ${result.more.count} lỗi khác không liệt kê (${Object.entries(result.more.byKind).map(([f, n]) => `${f}: ${n}`).join('; ')})`);
  process.exitCode = 2;
} else {
  console.log(values['dry-run'] ? `targets: ${rows.length} rows valid (dry run)` : `targets: batch ${result.batchId ?? '—'}: ${result.added} added, ${result.changed} changed`);
}
