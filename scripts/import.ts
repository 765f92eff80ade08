// npm run import -- file.csv|file.xlsx [--dry-run] [--sheet name] [--as email] [--lang vi|en]
// --dry-run prints every row as understood (province, metric, date, value in vi-VN, what is
// stored and the change) and writes nothing; --sheet reads a workbook's sheet by name.
// Checks every row of a report file; with any problem it prints each (row, column, reason) and
// writes nothing (exit code 2). Otherwise it writes all rows as one batch. The same file again
// changes nothing. --as: import with that user's permissions (default: the command line acts
// as an administrator, since it runs on the server itself).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openExistingStore } from './open-store';
import { fileDigest, importObservations, unitDirectory } from '@/db/import';
import { findUserByEmail } from '@/db/users';
import { vietnamDate } from '@/lib/dates';
import { formatNumber, isLocale } from '@/lib/format';
import type { MoreProblems } from '@/lib/limits';
import { previewLine, previewRow } from '@/lib/import/preview';
import { readReportFile } from '@/lib/import/xlsx';

const FIELD = {
  vi: { unit: 'Mã đơn vị', metric: 'Chỉ tiêu', date: 'Ngày báo cáo', value: 'Giá trị', correction: 'Lý do điều chỉnh', row: 'cả dòng', file: 'tệp', header: 'tiêu đề' },
  en: { unit: 'unit', metric: 'metric', date: 'date', value: 'value', correction: 'correction', row: 'whole row', file: 'file', header: 'header' },
};

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, sheet: { type: 'string', default: '' }, as: { type: 'string' }, lang: { type: 'string', default: 'vi' } },
    });
  } catch (e) {
    console.error(`import: ${(e as Error).message}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = isLocale(values.lang ?? '') ? (values.lang as 'vi' | 'en') : 'vi';
  if (positionals.length !== 1) {
    console.error('import: give exactly one file: npm run import -- file.csv [--dry-run] [--as email]');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(positionals[0]);
  } catch (e) {
    console.error(`import: cannot read ${positionals[0]}: ${(e as Error).message}`);
    return 2;
  }
  const store = openExistingStore('import');
  try {
    let scope: ReadonlySet<string> | null = null;
    let actor = 'command line';
    if (values.as) {
      const user = findUserByEmail(store, values.as);
      if (!user || user.disabled || user.role === 'viewer') {
        console.error(`import: ${values.as} may not write figures`);
        return 2;
      }
      scope = user.scope;
      actor = user.email;
    }
    const { rows, problems: fileProblems, more: moreInFile, ignoredColumns } = await readReportFile(bytes, { sheet: values.sheet });
    const fieldName = (field: string) => FIELD[lang][field as keyof (typeof FIELD)['vi']] ?? field;
    const say = (row: number, field: string, message: { vi: string; en: string }) =>
      console.error(`${positionals[0]}: ${lang === 'vi' ? 'dòng' : 'row'} ${row}, ${fieldName(field)}: ${message[lang]}`);
    // The first problems are listed (lib/limits.ts); the others are counted by column.
    const sayMore = (more: MoreProblems | null) => {
      if (!more) return;
      const kinds = Object.entries(more.byKind).map(([field, n]) => `${fieldName(field)}: ${formatNumber(n, lang)}`).join('; ');
      console.error(`import: ${lang === 'vi' ? `còn ${formatNumber(more.count, lang)} lỗi khác không liệt kê` : `${formatNumber(more.count, lang)} more problems not listed`} (${kinds})`);
    };
    if (fileProblems.length > 0) {
      for (const p of fileProblems) say(p.row, p.field, p.message);
      sayMore(moreInFile);
      return 2;
    }
    const outcome = importObservations(store, rows, {
      batch: { source: 'import', actor, note: `${path.basename(positionals[0])} sha256:${fileDigest(bytes)}` },
      today: vietnamDate(new Date()),
      scope,
      dryRun: values['dry-run'],
    });
    if (outcome.problems.length > 0) {
      for (const p of outcome.problems) say(p.row, p.field, p.message);
      sayMore(outcome.more);
      const total = outcome.problems.length + (outcome.more?.count ?? 0);
      console.error(`import: ${formatNumber(total, lang)} ${lang === 'vi' ? 'lỗi; không ghi gì' : 'problems; nothing written'}`);
      return 2;
    }
    if (!outcome.written) {
      const names = unitDirectory(store).names;
      const rowWord = lang === 'vi' ? 'dòng' : 'row';
      for (const v of outcome.valid) console.log(previewLine(previewRow(v, names.get(`${v.edition}:${v.unit}`) ?? '', lang), rowWord));
      for (const c of ignoredColumns ?? []) console.log(`${lang === 'vi' ? 'bỏ qua cột' : 'skipped column'} "${c.header}": ${c.message[lang]}`);
      for (const r of outcome.ignored) console.log(`${lang === 'vi' ? 'bỏ qua dòng' : 'skipped row'} ${r.row}: ${r.message[lang]}`);
      console.log(`import: ${outcome.valid.length} ${lang === 'vi' ? 'dòng hợp lệ (chạy thử, không ghi)' : 'rows valid (dry run, nothing written)'}`);
    } else {
      const w = outcome.written;
      console.log(`import: batch ${w.batchId ?? '—'}: ${w.inserted} new, ${w.corrected} corrected, ${w.unchanged} unchanged`);
    }
    return 0;
  } finally {
    store.sqlite.close();
  }
}

process.exitCode = await main();
