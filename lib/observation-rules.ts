// The one validator of reported figures: import files, the entry form and the API all pass
// their rows through validateObservations. Every problem names the row, the field and the
// reason, in Vietnamese and English. Pure: what it needs from the store comes in `context`.
import { formatDate } from './format';
import { isIsoDate, PROGRAMME_START } from './dates';
import { editionInForce, type Edition } from './editions';
import { ProblemList, textTooLong, type MoreProblems } from './limits';
import { isMetricKey, metricByKey, type MetricKey } from './metrics';

export interface Message {
  vi: string;
  en: string;
}

export interface RowInput {
  row: number;
  unit: string;
  metric: string;
  date: string;
  value: string | number;
  correction?: string;
}

export type Field = 'unit' | 'metric' | 'date' | 'value' | 'correction' | 'row';

export interface RowProblem {
  row: number;
  field: Field;
  message: Message;
}

export interface ValidObservation {
  row: number;
  edition: Edition;
  unit: string;
  metric: MetricKey;
  date: string;
  value: number;
  correction: string | null;
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
  /** Units the writer may report for, as "edition:code"; null: every unit. */
  scope: ReadonlySet<string> | null;
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

const msg = (vi: string, en: string): Message => ({ vi, en });

/**
 * Checks every row; a file (or batch) with any problem writes nothing. Lists the first problems
 * by row (lib/limits.ts); `more` counts the rest by field.
 */
export function validateObservations(rows: readonly RowInput[], context: ValidationContext): { valid: ValidObservation[]; problems: RowProblem[]; more: MoreProblems | null } {
  const problems = new ProblemList<RowProblem>();
  const valid: ValidObservation[] = [];
  const seen = new Map<string, number>();
  const storedOf = new Map<ValidObservation, Neighbours>();
  for (const input of rows) {
    const found: RowProblem[] = [];
    const add = (field: Field, vi: string, en: string) => found.push({ row: input.row, field, message: msg(vi, en) });
    const unit = String(input.unit ?? '').trim();
    const metric = String(input.metric ?? '').trim();
    const date = String(input.date ?? '').trim();
    const correction = String(input.correction ?? '').trim();

    // The date decides the edition the unit must belong to.
    let edition: Edition | null = null;
    if (date === '') add('date', 'Thiếu ngày báo cáo.', 'The report date is missing.');
    else if (!isIsoDate(date)) add('date', `Ngày "${date}" không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2026-11-25.`, `"${date}" is not a date: write YYYY-MM-DD, e.g. 2026-11-25.`);
    else if (date > context.today) add('date', `Ngày ${date} ở tương lai (hôm nay là ${context.today}).`, `${date} is in the future (today is ${context.today}).`);
    else if (date < PROGRAMME_START) add('date', `Ngày ${date} trước khi Đề án 06 bắt đầu (${formatDate(PROGRAMME_START, 'vi')}).`, `${date} is before Project 06 began (${formatDate(PROGRAMME_START, 'en')}).`);
    else edition = editionInForce(date);

    let unitFacts: UnitFacts | undefined;
    if (unit === '') add('unit', 'Thiếu mã đơn vị.', 'The unit code is missing.');
    else if (!/^\d{2}$/.test(unit) || (!context.units['2024'].has(unit) && !context.units['2025'].has(unit))) {
      add('unit', `Mã đơn vị "${unit}" không tồn tại.`, `Unknown unit code "${unit}".`);
    } else if (edition) {
      unitFacts = context.units[edition].get(unit);
      if (!unitFacts) {
        const successor = edition === '2025' ? context.successorOf(unit) : undefined;
        add(
          'unit',
          `Mã ${unit} không còn hiệu lực ngày ${date} (sau 01/07/2025)${successor ? `: dùng mã ${successor}` : ''}.`,
          `Code ${unit} is not in force on ${date} (after 01/07/2025)${successor ? `: use ${successor}` : ''}.`,
        );
      } else if (context.scope && !context.scope.has(`${edition}:${unit}`)) {
        add('unit', `Bạn không được giao báo cáo cho đơn vị ${unit}.`, `You are not assigned to report for unit ${unit}.`);
      }
    }

    let metricKey: MetricKey | null = null;
    if (metric === '') add('metric', 'Thiếu chỉ tiêu.', 'The metric is missing.');
    else if (!isMetricKey(metric)) add('metric', `Chỉ tiêu "${metric}" không tồn tại.`, `Unknown metric "${metric}".`);
    else {
      metricKey = metric;
      const applies = metricByKey(metric).editions as readonly Edition[];
      if (edition && !applies.includes(edition)) {
        add('metric', `Chỉ tiêu ${metric} không áp dụng cho ngày ${date}.`, `Metric ${metric} does not apply on ${date}.`);
        metricKey = null;
      }
    }

    const text = typeof input.value === 'number' ? String(input.value) : String(input.value ?? '').trim();
    let value: number | null = null;
    if (text === '') add('value', 'Thiếu giá trị.', 'The value is missing.');
    else if (!/^-?\d+(\.\d+)?$/.test(text)) add('value', `Giá trị "${text}" không phải là số (viết liền, không dấu phân cách, ví dụ 24887).`, `"${text}" is not a number (digits only, no separators, e.g. 24887).`);
    else if (Number(text) < 0) add('value', `Giá trị ${text} âm.`, `${text} is negative.`);
    else if (!Number.isInteger(Number(text))) add('value', `Giá trị ${text} phải là số nguyên (số đếm).`, `${text} must be a whole number (a count).`);
    else if (!Number.isSafeInteger(Number(text))) add('value', `Giá trị ${text} quá lớn.`, `${text} is too large.`);
    else value = Number(text);

    let stored: Neighbours | null = null;
    if (value !== null && metricKey && unitFacts) {
      const denominator = valueCeiling(metricKey, unitFacts);
      if (denominator !== null && value > denominator) {
        add('value', `Giá trị ${value} lớn hơn mẫu số ${denominator} của đơn vị.`, `${value} is more than the unit's ${denominator}.`);
      }
      if (edition) stored = context.neighbours(edition, unit, metricKey, date);
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
      const v: ValidObservation = { row: input.row, edition: edition!, unit, metric: metricKey!, date, value: value!, correction: correction || null };
      valid.push(v);
      storedOf.set(v, stored!);
    }
  }

  // A running total may not fall between two reports in either direction: each row is compared
  // with the report just before its date and the one just after, a row of the same file (which
  // replaces a stored report of its date) or a stored report. A correction reason allows it.
  const falling = new Set<ValidObservation>();
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
  return { valid: valid.filter((v) => !falling.has(v)), ...problems.result() };
}
