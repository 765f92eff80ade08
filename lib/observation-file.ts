// Reading a report file (CSV, UTF-8) into raw rows: the documented layout, with Vietnamese
// headers (English ones accepted too). Problems of the file itself (empty, not UTF-8, a missing
// column, a truncated row) are reported here; the figures are checked by lib/observation-rules.ts.
import { toCsv } from './csv';
import { ProblemList, type MoreProblems } from './limits';
import type { Message } from './observation-rules';

export interface RawRow {
  /** Line number in the file (the header is line 1), or the item's index + 1 for the API. */
  row: number;
  unit: string;
  metric: string;
  date: string;
  value: string;
  /** A stated reason, which allows a cumulative value to fall (a correction). */
  correction: string;
}

export interface FileProblem {
  row: number;
  field: 'file' | 'header' | 'row';
  message: Message;
}

/** What a reader makes of a file: its rows, or (only) its problems, the first of them listed. */
export interface ReadResult {
  rows: RawRow[];
  problems: FileProblem[];
  more: MoreProblems | null;
}

/** The template's columns: Vietnamese header, accepted aliases, field. */
export const COLUMNS = [
  { header: 'Mã đơn vị', aliases: ['ma_don_vi', 'unit', 'code'], field: 'unit' },
  { header: 'Chỉ tiêu', aliases: ['chi_tieu', 'metric'], field: 'metric' },
  { header: 'Ngày báo cáo', aliases: ['ngay_bao_cao', 'date', 'report_date'], field: 'date' },
  { header: 'Giá trị', aliases: ['gia_tri', 'value'], field: 'value' },
  { header: 'Lý do điều chỉnh', aliases: ['ly_do_dieu_chinh', 'correction', 'reason'], field: 'correction' },
] as const;

/** The template file (written like every other file handed out: lib/csv.ts). */
export const TEMPLATE_CSV = toCsv(
  COLUMNS.map((c) => c.header),
  [
    ['79', 'health_book_records', '2026-11-25', 4639574, ''],
    ['79', 'judicial_record_live', '2026-11-25', 1, ''],
  ],
);

const normalize = (text: string) => text.normalize('NFC').trim().toLowerCase();

/** RFC 4180 fields: commas, quotes doubled inside quotes, CRLF or LF. */
export function splitCsv(text: string): { cells: string[][]; unterminated: boolean } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { cells: rows, unterminated: quoted };
}

const problem = (row: number, field: FileProblem['field'], vi: string, en: string): FileProblem => ({ row, field, message: { vi, en } });

/** A file refused for one reason. */
export const refused = (p: FileProblem): ReadResult => ({ rows: [], problems: [p], more: null });

/** Decodes and splits a CSV file; any problem of the file means no rows at all. */
export function readReportCsv(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return refused(problem(0, 'file', 'Tệp rỗng.', 'The file is empty.'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused(problem(0, 'file', 'Tệp không phải mã UTF-8: hãy lưu lại dưới dạng "CSV UTF-8".', 'The file is not UTF-8: save it again as "CSV UTF-8".'));
  }
  text = text.replace(/^\uFEFF/, '');
  const { cells, unterminated } = splitCsv(text);
  if (unterminated) {
    return refused(problem(cells.length, 'file', 'Tệp bị cắt cụt: một ô trong ngoặc kép không được đóng.', 'The file is truncated: a quoted cell is never closed.'));
  }
  return rowsFromCells(cells);
}

/** The rows of a sheet (CSV or the first sheet of a workbook), header first. */
export function rowsFromCells(cells: readonly string[][]): ReadResult {
  const headerAt = cells.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) return refused(problem(0, 'file', 'Tệp rỗng.', 'The file is empty.'));

  const header = cells[headerAt].map(normalize);
  const index: Partial<Record<RawRow['field' & keyof RawRow] | string, number>> = {};
  const problems = new ProblemList<FileProblem>();
  for (const column of COLUMNS) {
    const names = [column.header, ...column.aliases].map(normalize);
    const at = header.flatMap((h, i) => (names.includes(h) ? [i] : []));
    if (at.length > 1) {
      // Two columns for one field: which one holds the figures is anyone's guess.
      const both = at.map((i) => `"${cells[headerAt][i].trim()}"`).join(', ');
      problems.push(problem(headerAt + 1, 'header', `Các cột ${both} cùng là "${column.header}": chỉ giữ một cột.`, `Columns ${both} are all "${column.header}": keep only one.`));
    } else if (at.length === 1) index[column.field] = at[0];
    else if (column.field !== 'correction') {
      problems.push(problem(headerAt + 1, 'header', `Thiếu cột "${column.header}".`, `Missing column "${column.header}".`));
    }
  }
  if (problems.length > 0) return { rows: [], ...problems.result() };
  if (!cells.some((r, i) => i > headerAt && r.some((c) => c.trim() !== ''))) {
    return refused(problem(headerAt + 1, 'file', 'Tệp chỉ có dòng tiêu đề, không có số liệu.', 'The file has a header but no figures.'));
  }

  // Optional trailing columns (the correction) may be left out of a row; the others may not.
  const needed = Math.max(...COLUMNS.filter((c) => c.field !== 'correction').map((c) => index[c.field]!)) + 1;
  const rows: RawRow[] = [];
  // Line numbers count every physical row, blank ones too, as a spreadsheet shows them.
  cells.forEach((cellsOfRow, i) => {
    if (i <= headerAt || cellsOfRow.every((c) => c.trim() === '')) return;
    const line = i + 1;
    if (cellsOfRow.length < needed) {
      problems.push(problem(line, 'row', `Dòng ${line} thiếu ô: có ${cellsOfRow.length}, cần ${needed}.`, `Row ${line} is short: ${cellsOfRow.length} cells, ${needed} expected.`));
      return;
    }
    if (problems.length > 0) return; // the file is refused: its rows are not kept
    const get = (field: string) => (index[field] === undefined ? '' : (cellsOfRow[index[field]!] ?? '').trim());
    rows.push({ row: line, unit: get('unit'), metric: get('metric'), date: get('date'), value: get('value'), correction: get('correction') });
  });
  return problems.length > 0 ? { rows: [], ...problems.result() } : { rows, problems: [], more: null };
}
