// CSV for Excel users in Vietnam: UTF-8 with a byte-order mark (so Excel reads the diacritics),
// CRLF line ends, fields quoted when they hold a comma, quote or line break. Every file the
// dashboard hands out is written here, so every one is safe to open in a spreadsheet.

const BOM = '\uFEFF';

/** What a spreadsheet reads as the start of a formula (or a DDE command) at a cell's start. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as a spreadsheet will not run it: a number (typed as one) stays a number, negative or
 * not; a text that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe, which
 * Excel and LibreOffice read as "this is text" (so `=HYPERLINK(…)` shows as written).
 */
export function spreadsheetCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: string | number | null | undefined): string {
  const text = spreadsheetCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The XLSX download beside a CSV one: the same address asking for format=xlsx. */
export function xlsxHref(csvHref: string): string {
  if (/[?&]format=csv/.test(csvHref)) return csvHref.replace(/([?&])format=csv/, '$1format=xlsx');
  return `${csvHref}${csvHref.includes('?') ? '&' : '?'}format=xlsx`;
}
