// Report files as workbooks (.xlsx), decoded off the request's thread by lib/import/read-sheet.ts
// (the first sheet or one chosen by name, only its filled cells), in either layout
// (lib/import/layout.ts). Number cells stay numbers (so 4.5 typed as a number is a decimal,
// never 4,500); date cells come out as YYYY-MM-DD.
import { readSheet } from './read-sheet';
import { readReportCsv, refused, rowsFromCells, type ReadResult } from './file';

export interface SheetChoice {
  /** A sheet's name (case and diacritics do not matter); the first sheet when absent or empty. */
  sheet?: string;
}

export async function readReportXlsx(bytes: Uint8Array, choice: SheetChoice = {}): Promise<ReadResult> {
  if (bytes.length === 0) return refused({ row: 0, field: 'file', message: { vi: 'Tệp rỗng.', en: 'The file is empty.' } });
  const read = await readSheet(bytes, choice);
  if (!read.ok) return refused(read.problem);
  // A sheet has no short rows: a row ends at its last filled cell, the cells after it are empty.
  return rowsFromCells(read.cells, { ragged: true });
}

/** CSV or XLSX, by the file's first bytes (a workbook is a ZIP archive: "PK"). */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A report file of either kind (a sheet name means nothing to a CSV). */
export async function readReportFile(bytes: Uint8Array, choice: SheetChoice = {}): Promise<ReadResult> {
  return isXlsx(bytes) ? readReportXlsx(bytes, choice) : readReportCsv(bytes);
}
