// Report files as Excel workbooks (.xlsx): the first sheet, read with SheetJS, in the same
// layout as the CSV template. Dates typed as Excel dates come out as YYYY-MM-DD.
import { read, utils } from '@e965/xlsx';
import { readReportCsv, refused, rowsFromCells, type ReadResult } from './observation-file';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the CSV would hold it: dates as YYYY-MM-DD (SheetJS makes them at local midnight). */
function cellText(cell: unknown): string {
  if (cell instanceof Date) return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`;
  return String(cell ?? '');
}

export function readReportXlsx(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return refused({ row: 0, field: 'file', message: { vi: 'Tệp rỗng.', en: 'The file is empty.' } });
  let cells: string[][];
  try {
    const book = read(bytes, { type: 'array', cellDates: true });
    const sheet = book.Sheets[book.SheetNames[0]];
    cells = (utils.sheet_to_json(sheet, { header: 1, raw: true, defval: '' }) as unknown[][]).map((r) => r.map(cellText));
  } catch {
    return refused({ row: 0, field: 'file', message: { vi: 'Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc cắt cụt.', en: 'The Excel file (.xlsx) cannot be read: damaged or truncated.' } });
  }
  return rowsFromCells(cells);
}

/** CSV or XLSX, by the file's first bytes (a workbook is a ZIP archive: "PK"). */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A report file of either kind. */
export function readReportFile(bytes: Uint8Array): ReadResult {
  return isXlsx(bytes) ? readReportXlsx(bytes) : readReportCsv(bytes);
}
