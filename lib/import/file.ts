// Reading a report file (CSV, UTF-8) into cells; its layout (long or wide) is recognised by
// lib/import/layout.ts. Problems of the file itself (empty, not UTF-8, a truncated quoted
// cell) are reported here; the figures are checked by lib/import/observation-rules.ts.
import { formatNumber } from '../format';
import { MAX_SHEET_ROWS } from '../limits';
import { rowsFromCells, type FileProblem, type ReadResult } from './layout';

export type { Cell, FileProblem, IgnoredColumn, RawRow, ReadResult } from './layout';
export { COLUMNS, rowsFromCells } from './layout';

/**
 * RFC 4180 fields: commas, quotes doubled inside quotes, CRLF or LF. A file whose first line has
 * semicolons and no comma (Excel's CSV where the comma is the decimal mark, as in vi-VN) is split
 * on semicolons; one with tabs and neither, on tabs.
 */
export function splitCsv(text: string): { cells: string[][]; unterminated: boolean } {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
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
    else if (ch === delimiter) {
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
  // As many lines as a sheet may have rows (lib/limits.ts), counted before any is split.
  let lines = /[\r\n]$/.test(text) ? 0 : 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  if (lines > MAX_SHEET_ROWS) {
    return refused(problem(0, 'file', `Tệp có ${formatNumber(lines, 'vi')} dòng, quá giới hạn ${formatNumber(MAX_SHEET_ROWS, 'vi')} dòng: hãy chia thành nhiều tệp.`, `The file has ${formatNumber(lines, 'en')} lines, past the limit of ${formatNumber(MAX_SHEET_ROWS, 'en')} rows: split it into several files.`));
  }
  const { cells, unterminated } = splitCsv(text);
  if (unterminated) {
    return refused(problem(cells.length, 'file', 'Tệp bị cắt cụt: một ô trong ngoặc kép không được đóng.', 'The file is truncated: a quoted cell is never closed.'));
  }
  return rowsFromCells(cells);
}
