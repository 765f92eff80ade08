// Tables as Excel workbooks (.xlsx) with real cells: counts are number cells, dates are date
// cells (shown dd/mm/yyyy), text is text. Every workbook the dashboard hands out is written
// here, as every CSV is written by lib/exports/csv.ts, and with the same rule against formulas: a
// text that starts like a formula gets lib/exports/csv.ts spreadsheetCell's apostrophe, and no cell is
// ever written as a formula.
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { spreadsheetCell } from './csv';
import { dayNumber, EXCEL_EPOCH_OFFSET, isIsoDate } from '../dates';

/** A date cell: the value is YYYY-MM-DD; it is written as an Excel date. */
export interface DateCell {
  date: string;
}
export type TableCell = string | number | null | undefined | DateCell;

export interface SheetTable {
  /** Up to 31 characters; characters Excel forbids ([]:*?/\) are replaced. */
  name: string;
  header: readonly string[];
  rows: readonly (readonly TableCell[])[];
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DATE_FORMAT = 'dd/mm/yyyy';

export function dateCell(iso: string): DateCell {
  return { date: iso };
}

function cell(value: TableCell): CellObject | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : null;
  if (typeof value === 'object') {
    if (!isIsoDate(value.date)) return { t: 's', v: spreadsheetCell(value.date) };
    return { t: 'n', v: dayNumber(value.date) + EXCEL_EPOCH_OFFSET, z: DATE_FORMAT };
  }
  return { t: 's', v: spreadsheetCell(value) };
}

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function worksheet(table: SheetTable): WorkSheet {
  const sheet: WorkSheet = {};
  const all = [table.header as readonly TableCell[], ...table.rows];
  let width = 0;
  all.forEach((row, r) => {
    width = Math.max(width, row.length);
    row.forEach((value, c) => {
      const written = cell(value);
      if (written) sheet[utils.encode_cell({ r, c })] = written;
    });
  });
  sheet['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(all.length - 1, 0), c: Math.max(width - 1, 0) } });
  return sheet;
}

/** A workbook of one sheet per table, as bytes. */
export function toXlsxBook(tables: readonly SheetTable[]): Uint8Array {
  const book = utils.book_new();
  const taken = new Set<string>();
  for (const table of tables) utils.book_append_sheet(book, worksheet(table), sheetName(table.name, taken));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** A workbook of one table: the same arguments as lib/exports/csv.ts toCsv, and a sheet name. */
export function toXlsx(header: readonly string[], rows: readonly (readonly TableCell[])[], name = 'Sheet1'): Uint8Array {
  return toXlsxBook([{ name, header, rows }]);
}
