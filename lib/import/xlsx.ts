// Report files as Excel workbooks (.xlsx), read with SheetJS: the first sheet or one chosen by
// name, in either layout (lib/import/layout.ts). Number cells stay numbers (so 4.5 typed as
// a number is a decimal, never 4,500); date cells come out as YYYY-MM-DD.
import { read, utils } from '@e965/xlsx';
import { readReportCsv, refused, rowsFromCells, type Cell, type ReadResult } from './file';
import { nameKey } from '../names';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the reader takes it: dates as YYYY-MM-DD (SheetJS makes them at local midnight), numbers as numbers. */
function cellOf(cell: unknown): Cell {
  if (cell instanceof Date) return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`;
  if (typeof cell === 'number') return cell;
  return String(cell ?? '');
}

export interface SheetChoice {
  /** A sheet's name (case and diacritics do not matter); the first sheet when absent or empty. */
  sheet?: string;
}

export function readReportXlsx(bytes: Uint8Array, choice: SheetChoice = {}): ReadResult {
  if (bytes.length === 0) return refused({ row: 0, field: 'file', message: { vi: 'Tệp rỗng.', en: 'The file is empty.' } });
  let cells: Cell[][];
  try {
    const book = read(bytes, { type: 'array', cellDates: true });
    const wanted = choice.sheet?.trim() ?? '';
    const name = wanted === '' ? book.SheetNames[0] : book.SheetNames.find((n) => nameKey(n) === nameKey(wanted));
    if (name === undefined) {
      const names = book.SheetNames.map((n) => `"${n}"`).join(', ');
      return refused({ row: 0, field: 'file', message: { vi: `Tệp không có trang tính "${wanted}": có ${names}.`, en: `The workbook has no sheet "${wanted}": it has ${names}.` } });
    }
    cells = (utils.sheet_to_json(book.Sheets[name], { header: 1, raw: true, defval: '' }) as unknown[][]).map((r) => r.map(cellOf));
  } catch {
    return refused({ row: 0, field: 'file', message: { vi: 'Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc cắt cụt.', en: 'The Excel file (.xlsx) cannot be read: damaged or truncated.' } });
  }
  return rowsFromCells(cells);
}

/** CSV or XLSX, by the file's first bytes (a workbook is a ZIP archive: "PK"). */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A report file of either kind (a sheet name means nothing to a CSV). */
export function readReportFile(bytes: Uint8Array, choice: SheetChoice = {}): ReadResult {
  return isXlsx(bytes) ? readReportXlsx(bytes, choice) : readReportCsv(bytes);
}
