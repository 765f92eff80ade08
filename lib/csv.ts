// CSV for Excel users in Vietnam: UTF-8 with a byte-order mark (so Excel reads the diacritics),
// CRLF line ends, fields quoted when they hold a comma, quote or line break.

const BOM = '\uFEFF';

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
