// The two layouts of a report file, recognised from its header row (found below any title rows):
// - long: one figure per row (unit, metric, date, value, reason), the template of old;
// - wide: one row per province and date, one column per metric, headed as the dashboard's own
//   tables head them (the league CSV "Sổ sức khỏe điện tử — giá trị", the history CSV's metric
//   names), in Vietnamese or English. An empty cell is no figure. Computed columns (target, %,
//   status, milestone, forecast) and the region are left out, and the preview says so.
// Names are compared by lib/names.ts; what a cell means is decided by lib/import/observation-rules.ts.
import { formatNumber } from '../format';
import { MESSAGES } from '../i18n/i18n';
import { ProblemList } from '../limits';
import { METRICS, metricByName, type MetricKey } from '../metrics';
import { nameKey } from '../names';
import type { RowInput } from './observation-rules';
import type { Message } from '../message';

/** A cell as a sheet holds it: text, or a spreadsheet's number (a date cell arrives as YYYY-MM-DD text). */
export type Cell = string | number;

/** A row as a file gives it: what the one validator reads (lib/import/observation-rules RowInput), its reason always present. */
export type RawRow = RowInput & { correction: string };

export interface FileProblem {
  row: number;
  field: 'file' | 'header' | 'row';
  message: Message;
}

/** A column the reader leaves out, and why (shown in the preview). */
export interface IgnoredColumn {
  header: string;
  message: Message;
}

export interface ReadResult {
  rows: RawRow[];
  problems: FileProblem[];
  more: import('../limits').MoreProblems | null;
  layout?: 'long' | 'wide';
  ignoredColumns?: IgnoredColumn[];
}

type Field = 'unit' | 'unitName' | 'commune' | 'metric' | 'date' | 'value' | 'correction' | 'mapEdition' | 'region';

/** The columns of the long layout (the template's Vietnamese header first) and of the wide one's unit and date. */
export const COLUMNS: readonly { header: string; aliases: readonly string[]; field: Field }[] = [
  { header: 'Mã đơn vị', aliases: ['ma_don_vi', 'unit', 'code', 'Mã', 'Mã tỉnh', 'Mã tỉnh, thành phố'], field: 'unit' },
  { header: 'Tỉnh, thành phố', aliases: ['Tỉnh', 'Tỉnh/thành phố', 'Tên đơn vị', 'Đơn vị', 'Province', 'unit name'], field: 'unitName' },
  // A commune (2025) by code or by name; then the unit columns name its province.
  { header: 'Xã, phường', aliases: ['Xã', 'Phường', 'Xã/phường', 'Xã, phường, đặc khu', 'Mã xã', 'Tên xã', 'Commune', 'Ward'], field: 'commune' },
  { header: 'Chỉ tiêu', aliases: ['chi_tieu', 'metric'], field: 'metric' },
  { header: 'Ngày báo cáo', aliases: ['ngay_bao_cao', 'date', 'report_date', 'Report date', 'Ngày'], field: 'date' },
  { header: 'Giá trị', aliases: ['gia_tri', 'value'], field: 'value' },
  { header: 'Lý do điều chỉnh', aliases: ['ly_do_dieu_chinh', 'correction', 'reason'], field: 'correction' },
  { header: 'Bản đồ', aliases: ['Map edition', 'edition'], field: 'mapEdition' },
  { header: 'Vùng', aliases: ['Region'], field: 'region' },
];

/** The long layout's template columns (the unit as a code). */
export const LONG_HEADER = ['Mã đơn vị', 'Tỉnh, thành phố', 'Chỉ tiêu', 'Ngày báo cáo', 'Giá trị', 'Lý do điều chỉnh'] as const;

const byHeader = new Map<string, Field>(COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [nameKey(h), c.field] as const)));

type Role = 'value' | 'date' | 'computed';

/** A metric column's second half, "<metric> — giá trị", as the league CSV heads it (messages/*.json), in both languages. */
const ROLES: ReadonlyMap<string, Role> = (() => {
  const roles = new Map<string, Role>();
  for (const locale of ['vi', 'en'] as const) {
    const of = (template: string) => nameKey(template.replace('{metric}', ''));
    const t = MESSAGES[locale].LeagueCsv;
    roles.set(of(t.value), 'value');
    roles.set(of(t.reportDate), 'date');
    for (const computed of [t.target, t.milestone, t.pct, t.status]) roles.set(of(computed), 'computed');
  }
  for (const word of ['dự báo', 'forecast', 'kế hoạch', 'planned', '%', 'tỷ lệ', 'share']) roles.set(nameKey(word), 'computed');
  return roles;
})();

type Column = { at: number; header: string } & ({ kind: 'field'; field: Field } | { kind: 'metric'; metric: MetricKey; role: Role } | { kind: 'unknown' });

function column(header: string, at: number): Column {
  const key = nameKey(header);
  const field = byHeader.get(key);
  if (field) return { at, header, kind: 'field', field };
  const metric = metricByName(header);
  if (metric) return { at, header, kind: 'metric', metric, role: 'value' };
  const split = /^(.*\S)\s+[—–-]\s+(.+)$/.exec(header.trim());
  const role = split ? ROLES.get(nameKey(split[2])) : undefined;
  const named = split ? metricByName(split[1]) : null;
  if (named && role) return { at, header, kind: 'metric', metric: named, role };
  return { at, header, kind: 'unknown' };
}

const text = (c: Cell | undefined) => (typeof c === 'number' ? String(c) : (c ?? '').trim());
const problem = (row: number, field: FileProblem['field'], vi: string, en: string): FileProblem => ({ row, field, message: { vi, en } });
const ignoredBecause = (header: string, vi: string, en: string): IgnoredColumn => ({ header, message: { vi, en } });

interface Header {
  layout: 'long' | 'wide';
  fields: Partial<Record<Field, Column[]>>;
  metrics: Extract<Column, { kind: 'metric' }>[];
  unknown: Column[];
}

function recognise(row: readonly Cell[]): Header | null {
  const columns = row.map((c, i) => column(text(c), i)).filter((c) => c.header !== '');
  const fields: Header['fields'] = {};
  for (const c of columns) if (c.kind === 'field') (fields[c.field] ??= []).push(c);
  const metrics = columns.filter((c): c is Extract<Column, { kind: 'metric' }> => c.kind === 'metric');
  const unknown = columns.filter((c) => c.kind === 'unknown');
  const hasUnit = Boolean(fields.unit || fields.unitName || fields.commune);
  if (hasUnit && fields.metric && fields.value && fields.date) return { layout: 'long', fields, metrics, unknown };
  if (hasUnit && metrics.some((m) => m.role === 'value')) return { layout: 'wide', fields, metrics, unknown };
  return null;
}

/** Rows above the header a sheet may hold (an official form's title, merged across the columns). */
const MAX_TITLE_ROWS = 30;

/**
 * The rows of a sheet (CSV or a workbook's sheet), whichever layout, below its header. `ragged`:
 * a row may end before the last column, its missing cells are empty (a workbook's rows, as
 * lib/import/read-sheet.ts gives them); otherwise a short row is a problem (a CSV line cut short).
 */
export function rowsFromCells(cells: readonly (readonly Cell[])[], options: { ragged?: boolean } = {}): ReadResult {
  const first = cells.findIndex((r) => r.some((c) => text(c) !== ''));
  if (first < 0) return { rows: [], problems: [problem(0, 'file', 'Tệp rỗng.', 'The file is empty.')], more: null };
  let headerAt = first;
  let header: Header | null = null;
  for (let i = first; i < Math.min(cells.length, first + MAX_TITLE_ROWS) && !header; i++) {
    header = recognise(cells[i]);
    if (header) headerAt = i;
  }
  const line = headerAt + 1;
  if (!header) {
    const seen = new Set(cells[first].map((c) => byHeader.get(nameKey(text(c)))));
    const missing = COLUMNS.filter((c) => ['unit', 'metric', 'date', 'value'].includes(c.field) && !seen.has(c.field)).map((c) => `"${c.header}"`);
    return {
      rows: [],
      problems: [problem(first + 1, 'header', `Không nhận ra dòng tiêu đề. Thiếu cột ${missing.join(', ')}; hoặc, theo bảng ngang: cột "Mã" hoặc "Tỉnh, thành phố" và một cột cho mỗi chỉ tiêu (ví dụ "${METRICS[0].shortVi}").`, `No header row recognised. Missing column ${missing.join(', ')}; or, as a wide table: a "Mã" or "Tỉnh, thành phố" column and one column per metric (e.g. "${METRICS[0].shortEn}").`)],
      more: null,
    };
  }
  const problems = new ProblemList<FileProblem>();
  const ignoredColumns: IgnoredColumn[] = [];
  for (const [field, cols] of Object.entries(header.fields)) {
    if (cols.length > 1 && field !== 'region') {
      const both = cols.map((c) => `"${c.header}"`).join(', ');
      problems.push(problem(line, 'header', `Các cột ${both} cùng một nghĩa: chỉ giữ một cột.`, `Columns ${both} mean the same: keep only one.`));
    }
  }
  for (const c of header.fields.region ?? []) ignoredColumns.push(ignoredBecause(c.header, 'Vùng: không nhập, bỏ qua.', 'Region: not entered, skipped.'));
  if (header.layout === 'long') {
    for (const c of [...header.unknown, ...header.metrics]) ignoredColumns.push(ignoredBecause(c.header, 'Cột không thuộc mẫu báo cáo: bỏ qua.', 'Not a column of the report layout: skipped.'));
  } else {
    for (const c of header.unknown) {
      problems.push(problem(line, 'header', `Cột "${c.header}" không phải chỉ tiêu nào: đặt tên cột như bảng của hệ thống (ví dụ "${METRICS[0].shortVi}") hoặc xóa cột.`, `Column "${c.header}" is no metric: head it as the dashboard's tables do (e.g. "${METRICS[0].shortEn}") or remove it.`));
    }
    const seen = new Map<string, string>();
    for (const m of header.metrics) {
      if (m.role === 'computed') {
        ignoredColumns.push(ignoredBecause(m.header, 'Cột tính ra (chỉ tiêu, %, trạng thái, mốc, dự báo): không nhập, bỏ qua.', 'A computed column (target, %, status, milestone, forecast): not entered, skipped.'));
        continue;
      }
      const key = `${m.metric}|${m.role}`;
      if (seen.has(key)) problems.push(problem(line, 'header', `Các cột "${seen.get(key)}" và "${m.header}" cùng một chỉ tiêu: chỉ giữ một cột.`, `Columns "${seen.get(key)}" and "${m.header}" are the same metric: keep only one.`));
      else seen.set(key, m.header);
    }
    const values = header.metrics.filter((m) => m.role === 'value');
    const dated = new Set(header.metrics.filter((m) => m.role === 'date').map((m) => m.metric));
    if (!header.fields.date && values.some((m) => !dated.has(m.metric))) {
      problems.push(problem(line, 'header', 'Thiếu cột "Ngày báo cáo".', 'Missing column "Ngày báo cáo".'));
    }
  }
  if (problems.length > 0) return { rows: [], ...problems.result() };
  if (!cells.some((r, i) => i > headerAt && r.some((c) => text(c) !== ''))) {
    return { rows: [], problems: [problem(line, 'file', 'Tệp chỉ có dòng tiêu đề, không có số liệu.', 'The file has a header but no figures.')], more: null };
  }
  const at = (field: Field) => header.fields[field]?.[0]?.at;
  const fixed = (['unit', 'unitName', 'commune', 'metric', 'date', 'value'] as const).map(at).filter((i): i is number => i !== undefined);
  const needed = Math.max(...fixed) + 1;
  const get = (row: readonly Cell[], i: number | undefined): Cell => (i === undefined ? '' : typeof row[i] === 'number' ? row[i] : text(row[i]));
  const dateOf = new Map(header.metrics.filter((m) => m.role === 'date').map((m) => [m.metric, m.at]));
  const rows: RawRow[] = [];
  // Line numbers count every physical row, blank ones too, as a spreadsheet shows them.
  cells.forEach((cellsOfRow, i) => {
    if (i <= headerAt || cellsOfRow.every((c) => text(c) === '')) return;
    const n = i + 1;
    if (!options.ragged && cellsOfRow.length < needed) {
      problems.push(problem(n, 'row', `Dòng ${formatNumber(n, 'vi')} thiếu ô: có ${cellsOfRow.length}, cần ${needed}.`, `Row ${formatNumber(n, 'en')} is short: ${cellsOfRow.length} cells, ${needed} expected.`));
      return;
    }
    if (problems.length > 0) return; // the file is refused: its rows are not kept
    const code = text(get(cellsOfRow, at('unit')));
    const name = text(get(cellsOfRow, at('unitName')));
    const commune = text(get(cellsOfRow, at('commune')));
    const unit = commune
      ? { unit: commune, ...(code || name ? { province: code || name } : {}) }
      : { unit: code || name, ...(code && name ? { unitName: name } : {}) };
    const mapEdition = text(get(cellsOfRow, at('mapEdition')));
    const extra = mapEdition ? { mapEdition } : {};
    if (header.layout === 'long') {
      rows.push({ row: n, ...unit, metric: text(get(cellsOfRow, at('metric'))), date: get(cellsOfRow, at('date')), value: get(cellsOfRow, at('value')), correction: text(get(cellsOfRow, at('correction'))), ...extra });
      return;
    }
    for (const m of header.metrics) {
      if (m.role !== 'value') continue;
      const value = get(cellsOfRow, m.at);
      if (value === '') continue; // an empty cell is no figure, not zero
      const own = get(cellsOfRow, dateOf.get(m.metric));
      rows.push({ row: n, ...unit, metric: m.metric, date: own === '' ? get(cellsOfRow, at('date')) : own, value, correction: text(get(cellsOfRow, at('correction'))), ...extra, column: m.header });
    }
  });
  if (problems.length > 0) return { rows: [], ...problems.result() };
  return { rows, problems: [], more: null, layout: header.layout, ignoredColumns };
}
