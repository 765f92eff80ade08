// The one validator of reported figures: import files, the entry form and the API all pass
// their rows through validateObservations. Every problem names the row, the field and the
// reason, in Vietnamese and English. Pure: what it needs from the store comes in `context`.
import { formatDate, formatNumber, readCount } from '../format';
import { PROGRAMME_START, readDate, type DateReading } from '../dates';
import { editionInForce, type Edition } from '../editions';
import { MAX_PROBLEMS, ProblemList, textTooLong, type MoreProblems } from '../limits';
import { METRICS, metricByKey, metricByName, type MetricKey, type UnitLevel } from '../metrics';
import { communeNameKey, directFigureProblems, mayWrite, outsideScope, type CommuneDirectory } from '../communes/rules';
import { readUnit, type UnitReading } from './unit-reading';
import { msg, type Message } from '../message';

export interface RowInput {
  row: number;
  /** A code (1 or 01) or a name, as people write them. */
  unit: string;
  /** The unit's name when the file gives it beside the code: the two must agree. */
  unitName?: string;
  /** For a commune given by name: its province (a code or a name), within which the name is read. */
  province?: string;
  /** A key, a name or a short label. */
  metric: string;
  /** dd/mm/yyyy, yyyy-mm-dd, or an Excel serial number. */
  date: string | number;
  value: string | number;
  correction?: string;
  /** The map edition the file says a figure belongs to (the history CSV's column), if any. */
  mapEdition?: string;
  /** The wide layout's column of the figure, named in its problems. */
  column?: string;
}

export type Field = 'unit' | 'metric' | 'date' | 'value' | 'correction' | 'row';

export interface RowProblem {
  row: number;
  field: Field;
  message: Message;
  /** The wide layout's column of the figure, as headed in the file. */
  column?: string;
}

export interface ValidObservation {
  row: number;
  edition: Edition;
  unit: string;
  /** A province, or a commune (2025) and its province. */
  level: UnitLevel;
  province?: string;
  metric: MetricKey;
  date: string;
  value: number;
  correction: string | null;
  /** What is stored for the unit and metric on or just before the date (the preview's "before"). */
  before: number | null;
}

/** A row left out on purpose (a computed figure), and why: shown in the preview. */
export interface IgnoredRow {
  row: number;
  message: Message;
}

export interface UnitFacts {
  districts: number | null;
  communes: number | null;
}

export interface ValidationContext {
  /** Reports dated after today are refused. */
  today: string;
  units: Record<Edition, ReadonlyMap<string, UnitFacts>>;
  /** The 2025 unit a 2024 unit became (74 -> 79). */
  successorOf(code: string): string | undefined;
  /** Each edition's units by name key (lib/names.ts unitNameKey): the codes. */
  unitsByName: Record<Edition, ReadonlyMap<string, string>>;
  /** The name of a unit of an edition, as the dashboard writes it. */
  unitName(edition: Edition, code: string): string;
  /** Units the writer may report for, as "edition:code"; null: every unit (lib/communes/rules.ts mayWrite). */
  scope: ReadonlySet<string> | null;
  /** The 2025 communes, by code and by name within their province; none when absent. */
  communes?: CommuneDirectory;
  /** The date of a province's first stored commune-level figure for a province metric built from communes. */
  firstCommune?(province: string, metric: MetricKey): string | null;
  /** The stored reports of the series around `date`: the latest before, the one on it, the earliest after. */
  neighbours(edition: Edition, unit: string, metric: MetricKey, date: string): Neighbours;
}

export interface StoredReport {
  date: string;
  value: number;
}

export interface Neighbours {
  previous: StoredReport | null;
  same: number | null;
  next: StoredReport | null;
}

/** The most a unit's value (or target) of a metric can be: its denominator, 1 for a milestone; null: no limit. */
export function valueCeiling(metric: MetricKey, facts: UnitFacts): number | null {
  const def = metricByKey(metric);
  return def.kind === 'milestone' ? 1 : def.denominator ? facts[def.denominator] : null;
}


/**
 * Checks every row; a file (or batch) with any problem writes nothing. Lists the first problems
 * by row (lib/limits.ts); `more` counts the rest by field.
 */
export function validateObservations(rows: readonly RowInput[], context: ValidationContext): { valid: ValidObservation[]; problems: RowProblem[]; more: MoreProblems | null; ignored: IgnoredRow[] } {
  const problems = new ProblemList<RowProblem>();
  const ignored: IgnoredRow[] = [];
  const valid: ValidObservation[] = [];
  const seen = new Map<string, number>();
  const storedOf = new Map<ValidObservation, Neighbours>();
  // A file repeats a few dates, provinces and metrics many thousand times: each distinct text is
  // read once per call (names are normalized, dates and codes parsed, once), not once per row.
  const dateOf = new Map<string | number, DateReading>();
  const unitOf = new Map<string, UnitReading>();
  const metricOf = new Map<string, MetricKey | null>();
  const readDateOnce = (text: string | number) => {
    let reading = dateOf.get(text);
    if (!reading) dateOf.set(text, (reading = readDate(text)));
    return reading;
  };
  const resolveUnitOnce = (text: string, edition: Edition | null, province = '') => {
    const key = `${edition}|${province}|${text}`;
    let reading = unitOf.get(key);
    if (!reading) unitOf.set(key, (reading = readUnit(text, province, edition, context)));
    return reading;
  };
  const metricOnce = (text: string) => {
    let key = metricOf.get(text);
    if (key === undefined) metricOf.set(text, (key = metricByName(text)));
    return key;
  };
  // One function for every row's problems (not one closure per row).
  let input: RowInput = rows[0];
  let found: RowProblem[] = [];
  const add = (field: Field, vi: string, en: string) => found.push({ row: input.row, field, message: msg(vi, en), ...(input.column ? { column: input.column } : {}) });
  for (input of rows) {
    found = [];
    const unitText = String(input.unit ?? '').trim();
    const metric = String(input.metric ?? '').trim();
    const correction = String(input.correction ?? '').trim();

    // The date decides the edition the unit must belong to.
    let edition: Edition | null = null;
    let date = '';
    const dateInput = typeof input.date === 'number' ? input.date : String(input.date ?? '').trim();
    if (dateInput === '') add('date', 'Thiếu ngày báo cáo.', 'The report date is missing.');
    else {
      const reading = readDateOnce(dateInput);
      if (!reading.ok) add('date', reading.message.vi, reading.message.en);
      else if (reading.date > context.today) add('date', `Ngày ${formatDate(reading.date, 'vi')} ở tương lai (hôm nay là ${formatDate(context.today, 'vi')}).`, `${formatDate(reading.date, 'en')} is in the future (today is ${formatDate(context.today, 'en')}).`);
      else if (reading.date < PROGRAMME_START) add('date', `Ngày ${formatDate(reading.date, 'vi')} trước khi Đề án 06 bắt đầu (${formatDate(PROGRAMME_START, 'vi')}).`, `${formatDate(reading.date, 'en')} is before Project 06 began (${formatDate(PROGRAMME_START, 'en')}).`);
      else {
        date = reading.date;
        edition = editionInForce(date);
      }
    }
    // A figure of a map not in force on its date (a 2025 province before 1/7/2025 is the sum of
    // its predecessors, as the history CSV shows it) is computed, not reported: left out, and said.
    const stated = String(input.mapEdition ?? '').trim();
    if (edition && stated !== '' && stated !== edition && found.length === 0) {
      ignored.push({ row: input.row, message: msg(`Số của bản đồ ${stated} ngày ${formatDate(date, 'vi')} là tổng các tỉnh trước sáp nhập (tính ra, không nhập): bỏ qua.`, `A ${stated} map figure on ${formatDate(date, 'en')} is the sum of the provinces before the merger (computed, not entered): skipped.`) });
      continue;
    }

    let unitFacts: UnitFacts | undefined;
    const provinceText = String(input.province ?? '').trim();
    const { code: unit, problem: unitProblem, level, province } = resolveUnitOnce(unitText, edition, provinceText);
    if (unitProblem) add('unit', unitProblem.vi, unitProblem.en);
    const named = String(input.unitName ?? '').trim();
    if (unit && named !== '' && unitText !== named) {
      // Beside a commune's code, its province's name or its own (within that province) agree.
      const other = level === 'commune' ? (resolveUnitOnce(named, '2025').code === province ? unit : context.communes?.byName.get(communeNameKey(province!, named))) : resolveUnitOnce(named, edition).code;
      if ((other && other !== unit) || (level === 'commune' && !other)) add('unit', `Mã ${unit} (${context.unitName(edition ?? '2025', unit)}) không khớp với tên "${named}".`, `Code ${unit} (${context.unitName(edition ?? '2025', unit)}) does not match the name "${named}".`);
    }
    if (unit && edition) {
      unitFacts = level === 'commune' ? context.communes?.communes.get(unit)?.facts : context.units[edition].get(unit);
      const written = { edition, level, code: unit, province };
      if (!mayWrite(context.scope, written)) {
        const refused = outsideScope(written);
        add('unit', refused.vi, refused.en);
        unitFacts = undefined;
      }
    }

    let metricKey: MetricKey | null = null;
    if (metric === '') add('metric', 'Thiếu chỉ tiêu.', 'The metric is missing.');
    else if (!metricOnce(metric)) add('metric', `Chỉ tiêu "${metric}" không tồn tại: dùng tên chỉ tiêu như trên bảng điều khiển, ví dụ "${METRICS[0].shortVi}".`, `Unknown metric "${metric}": use a metric's name as the dashboard shows it, e.g. "${METRICS[0].shortEn}".`);
    else {
      metricKey = metricOnce(metric)!;
      const applies = metricByKey(metricKey).editions as readonly Edition[];
      if (edition && !applies.includes(edition)) {
        add('metric', `Chỉ tiêu "${metricByKey(metricKey).nameVi}" không áp dụng cho ngày ${formatDate(date, 'vi')}.`, `Metric "${metricByKey(metricKey).nameEn}" does not apply on ${formatDate(date, 'en')}.`);
        metricKey = null;
      } else if (unit && !(metricByKey(metricKey).levels as readonly UnitLevel[]).includes(level)) {
        const def = metricByKey(metricKey);
        if (level === 'commune') add('metric', `Chỉ tiêu "${def.nameVi}" không báo cáo cấp xã: xã, phường chỉ báo cáo ${METRICS.filter((m) => (m.levels as readonly UnitLevel[]).includes('commune')).map((m) => `"${m.shortVi}"`).join(', ')}.`, `Metric "${def.nameEn}" is not reported by communes: a commune reports only ${METRICS.filter((m) => (m.levels as readonly UnitLevel[]).includes('commune')).map((m) => `"${m.shortEn}"`).join(', ')}.`);
        else add('metric', `Chỉ tiêu "${def.nameVi}" do từng xã, phường báo cáo, không báo cáo cho cả tỉnh.`, `Metric "${def.nameEn}" is reported by each commune, not for a whole province.`);
        metricKey = null;
      }
    }

    let value: number | null = null;
    const reading = readCount(typeof input.value === 'number' ? input.value : String(input.value ?? ''));
    if (!reading.ok) add('value', reading.message.vi, reading.message.en);
    else value = reading.value;

    let stored: Neighbours | null = null;
    if (value !== null && metricKey && unitFacts) {
      const denominator = valueCeiling(metricKey, unitFacts);
      if (denominator !== null && value > denominator) {
        add('value', `Giá trị ${formatNumber(value, 'vi')} lớn hơn mẫu số ${formatNumber(denominator, 'vi')} của đơn vị.`, `${formatNumber(value, 'en')} is more than the unit's ${formatNumber(denominator, 'en')}.`);
      }
      if (edition) stored = context.neighbours(edition, unit!, metricKey, date);
    }

    const tooLong = textTooLong(correction, { vi: 'Lý do điều chỉnh', en: 'The correction reason' });
    if (tooLong) add('correction', tooLong.vi, tooLong.en);

    if (edition && metricKey && unit) {
      const key = `${unit}|${metricKey}|${date}`;
      const first = seen.get(key);
      if (first !== undefined) add('row', `Trùng với dòng ${first}: cùng đơn vị, chỉ tiêu và ngày.`, `Repeats row ${first}: same unit, metric and date.`);
      else seen.set(key, input.row);
    }

    if (found.length > 0) problems.push(...found);
    else {
      const before = stored!.same ?? stored!.previous?.value ?? null;
      const v: ValidObservation = { row: input.row, edition: edition!, unit: unit!, level, ...(province ? { province } : {}), metric: metricKey!, date, value: value!, correction: correction || null, before };
      valid.push(v);
      storedOf.set(v, stored!);
    }
  }

  // A running total may not fall between two reports in either direction: each row is compared
  // with the report just before its date and the one just after, a row of the same file (which
  // replaces a stored report of its date) or a stored report. A correction reason allows it.
  const falling = new Set<ValidObservation>();
  // A province's own figure where its communes' roll-up stands (stored, or begun by this file's rows).
  for (const { v, message } of directFigureProblems(valid, context.firstCommune ?? (() => null), (v) => storedOf.get(v)?.same === v.value)) {
    falling.add(v);
    problems.push({ row: v.row, field: 'row', message });
  }
  const refuse = (v: ValidObservation, vi: string, en: string) => {
    falling.add(v);
    problems.push({ row: v.row, field: 'value', message: msg(vi, en) });
  };
  const bySeries = new Map<string, ValidObservation[]>();
  for (const v of valid) {
    // Lowering what is stored for the same date (a milestone back to not reached too) is a correction.
    const same = storedOf.get(v)!.same;
    if (same !== null && v.value < same && !v.correction) {
      if (metricByKey(v.metric).kind === 'milestone') refuse(v, `Đơn vị đã được ghi là đạt ngày ${v.date}: ghi lý do vào cột "Lý do điều chỉnh" nếu đây là điều chỉnh.`, `The unit is recorded as reached on ${v.date}: state a reason in "Lý do điều chỉnh" if this is a correction.`);
      else refuse(v, `Giá trị ${v.value} thấp hơn số đã ghi cho ngày ${v.date} (${same}): ghi lý do vào cột "Lý do điều chỉnh" nếu đây là điều chỉnh.`, `${v.value} is less than the ${same} stored for ${v.date}: state a reason in "Lý do điều chỉnh" if this is a correction.`);
    }
    if (metricByKey(v.metric).kind !== 'cumulative') continue;
    const key = `${v.edition}|${v.unit}|${v.metric}`;
    const series = bySeries.get(key);
    if (series) series.push(v);
    else bySeries.set(key, [v]);
  }
  for (const series of bySeries.values()) {
    series.sort((a, b) => a.date.localeCompare(b.date));
    const dates = new Set(series.map((v) => v.date));
    for (let i = 0; i < series.length; i++) {
      const r = series[i];
      if (r.correction) continue;
      const { previous, next } = storedOf.get(r)!;
      const before = series[i - 1];
      const fall = (vi: string, en: string) => refuse(r, vi, en);
      if (before && (!previous || before.date >= previous.date)) {
        if (r.value < before.value) fall(`Giá trị ${r.value} giảm so với dòng ${before.row} (${before.value}): ghi lý do nếu đây là điều chỉnh.`, `${r.value} is less than row ${before.row} (${before.value}): state a reason if this is a correction.`);
      } else if (previous && r.value < previous.value) {
        fall(`Giá trị ${r.value} giảm so với kỳ trước ngày ${previous.date} (${previous.value}): ghi lý do vào cột "Lý do điều chỉnh" nếu đây là điều chỉnh.`, `${r.value} is less than the previous report of ${previous.date} (${previous.value}): state a reason in "Lý do điều chỉnh" if this is a correction.`);
      }
      // The later stored report, unless a row of the file replaces it (then that row is checked against this one).
      if (next && !dates.has(next.date) && r.value > next.value) {
        fall(`Giá trị ${r.value} lớn hơn báo cáo sau đó ngày ${next.date} (${next.value}): số lũy kế không thể giảm; ghi lý do vào cột "Lý do điều chỉnh" nếu đây là điều chỉnh.`, `${r.value} is more than the later report of ${next.date} (${next.value}): a running total cannot fall; state a reason in "Lý do điều chỉnh" if this is a correction.`);
      }
    }
  }
  return { valid: valid.filter((v) => !falling.has(v)), ...problems.result(), ignored: ignored.slice(0, MAX_PROBLEMS) };
}
