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
  /** The latest stored value strictly before `date`, or null. */
  previousValue(edition: Edition, unit: string, metric: MetricKey, date: string): number | null;
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

    if (value !== null && metricKey && unitFacts) {
      const def = metricByKey(metricKey);
      const denominator = def.kind === 'milestone' ? 1 : def.denominator ? unitFacts[def.denominator] : null;
      if (denominator !== null && value > denominator) {
        add('value', `Giá trị ${value} lớn hơn mẫu số ${denominator} của đơn vị.`, `${value} is more than the unit's ${denominator}.`);
      }
      if (def.kind === 'cumulative' && edition && !correction) {
        const previous = context.previousValue(edition, unit, metricKey, date);
        if (previous !== null && value < previous) {
          add('value', `Giá trị ${value} giảm so với kỳ trước (${previous}): ghi lý do vào cột "Lý do điều chỉnh" nếu đây là điều chỉnh.`, `${value} is less than the previous report (${previous}): state a reason in "Lý do điều chỉnh" if this is a correction.`);
        }
      }
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
    else valid.push({ row: input.row, edition: edition!, unit, metric: metricKey!, date, value: value!, correction: correction || null });
  }

  // A cumulative figure must not fall within the file either (the store's check sees only
  // what is already stored): compare each row with the latest earlier row of the same series.
  const bySeries = new Map<string, ValidObservation[]>();
  for (const v of valid) {
    if (metricByKey(v.metric).kind !== 'cumulative') continue;
    const key = `${v.edition}|${v.unit}|${v.metric}`;
    const series = bySeries.get(key);
    if (series) series.push(v);
    else bySeries.set(key, [v]);
  }
  const falling = new Set<ValidObservation>();
  for (const series of bySeries.values()) {
    series.sort((a, b) => a.date.localeCompare(b.date));
    for (let i = 1; i < series.length; i++) {
      if (!series[i].correction && series[i].value < series[i - 1].value) {
        falling.add(series[i]);
        problems.push({
          row: series[i].row,
          field: 'value',
          message: msg(
            `Giá trị ${series[i].value} giảm so với dòng ${series[i - 1].row} (${series[i - 1].value}): ghi lý do nếu đây là điều chỉnh.`,
            `${series[i].value} is less than row ${series[i - 1].row} (${series[i - 1].value}): state a reason if this is a correction.`,
          ),
        });
      }
    }
  }
  return { valid: valid.filter((v) => !falling.has(v)), ...problems.result() };
}
