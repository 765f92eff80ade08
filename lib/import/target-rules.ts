// Checking targets set by administrators (file or form): one place for the rules, every problem
// with its row, field and reason in Vietnamese and English.
import { isIsoDate, PROGRAMME_END, PROGRAMME_START } from '../dates';
import { editionInForce, type Edition } from '../editions';
import { formatDate } from '../format';
import { ProblemList, textTooLong, type MoreProblems } from '../limits';
import { isMetricKey, metricByKey, type MetricKey } from '../metrics';
import { valueCeiling, type UnitFacts } from './observation-rules';
import type { Message } from '../message';

export interface TargetRowInput {
  row: number;
  unit: string;
  metric: string;
  baselineDate: string;
  baselineValue: string;
  dueDate: string;
  targetValue: string;
  note: string;
}

export interface ValidTarget {
  row: number;
  edition: Edition;
  unit: string;
  metric: MetricKey;
  baselineDate: string;
  baselineValue: number;
  dueDate: string;
  targetValue: number;
  note: string | null;
}

export interface TargetProblem {
  row: number;
  field: string;
  message: Message;
}

export const TARGET_COLUMNS = [
  { header: 'Mã đơn vị', field: 'unit' },
  { header: 'Chỉ tiêu theo dõi', field: 'metric' },
  { header: 'Ngày gốc', field: 'baselineDate' },
  { header: 'Giá trị gốc', field: 'baselineValue' },
  { header: 'Hạn hoàn thành', field: 'dueDate' },
  { header: 'Giá trị mục tiêu', field: 'targetValue' },
  { header: 'Ghi chú', field: 'note' },
] as const;

const count = (text: string) => (/^\d+$/.test(text.trim()) && Number.isSafeInteger(Number(text)) ? Number(text) : null);

/** A target's dates lie within the programme: null when `date` does, else the reason. */
function outsideProgramme(date: string): { vi: string; en: string } | null {
  if (date >= PROGRAMME_START && date <= PROGRAMME_END) return null;
  const [from, to] = [formatDate(PROGRAMME_START, 'vi'), formatDate(PROGRAMME_END, 'vi')];
  return { vi: `Ngày ${date} nằm ngoài khoảng ${from}–${to}.`, en: `${date} is outside ${from}–${to}.` };
}

export function validateTargets(rows: readonly TargetRowInput[], units: Record<Edition, ReadonlyMap<string, UnitFacts>>): { valid: ValidTarget[]; problems: TargetProblem[]; more: MoreProblems | null } {
  const valid: ValidTarget[] = [];
  const problems = new ProblemList<TargetProblem>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const found: TargetProblem[] = [];
    const add = (field: string, vi: string, en: string) => found.push({ row: r.row, field, message: { vi, en } });
    const edition = isIsoDate(r.baselineDate) ? editionInForce(r.baselineDate) : null;
    if (!edition) add('baselineDate', `Ngày gốc "${r.baselineDate}" không hợp lệ (YYYY-MM-DD).`, `Baseline date "${r.baselineDate}" is not a date (YYYY-MM-DD).`);
    if (!isIsoDate(r.dueDate)) add('dueDate', `Hạn "${r.dueDate}" không hợp lệ (YYYY-MM-DD).`, `Due date "${r.dueDate}" is not a date (YYYY-MM-DD).`);
    else if (isIsoDate(r.baselineDate) && r.dueDate <= r.baselineDate) add('dueDate', 'Hạn phải sau ngày gốc.', 'The due date must come after the baseline date.');
    for (const field of ['baselineDate', 'dueDate'] as const) {
      const outside = isIsoDate(r[field]) ? outsideProgramme(r[field]) : null;
      if (outside) add(field, outside.vi, outside.en);
    }
    const noteTooLong = textTooLong(r.note, { vi: 'Ghi chú', en: 'The note' });
    if (noteTooLong) add('note', noteTooLong.vi, noteTooLong.en);
    const facts = edition ? units[edition].get(r.unit) : undefined;
    if (edition && !facts) add('unit', `Mã ${r.unit} không phải đơn vị có hiệu lực ngày ${r.baselineDate}.`, `${r.unit} is not a unit in force on ${r.baselineDate}.`);
    const metric = isMetricKey(r.metric) ? r.metric : null;
    if (!metric) add('metric', `Chỉ tiêu "${r.metric}" không tồn tại.`, `Unknown metric "${r.metric}".`);
    else if (edition && !(metricByKey(metric).editions as readonly Edition[]).includes(edition)) add('metric', `Chỉ tiêu ${r.metric} không áp dụng cho ngày ${r.baselineDate}.`, `${r.metric} does not apply on ${r.baselineDate}.`);
    const baseline = count(r.baselineValue);
    const target = count(r.targetValue);
    if (baseline === null) add('baselineValue', `Giá trị gốc "${r.baselineValue}" phải là số nguyên không âm.`, `Baseline "${r.baselineValue}" must be a whole number, zero or more.`);
    if (target === null) add('targetValue', `Giá trị mục tiêu "${r.targetValue}" phải là số nguyên không âm.`, `Target "${r.targetValue}" must be a whole number, zero or more.`);
    // The same ceiling as reported figures: a share's denominator, 1 for a milestone.
    const ceiling = metric && facts ? valueCeiling(metric, facts) : null;
    if (ceiling !== null && baseline !== null && baseline > ceiling) add('baselineValue', `Giá trị gốc ${baseline} lớn hơn mẫu số ${ceiling} của đơn vị.`, `Baseline ${baseline} is more than the unit's ${ceiling}.`);
    if (ceiling !== null && target !== null && target > ceiling) add('targetValue', `Mục tiêu ${target} lớn hơn mẫu số ${ceiling} của đơn vị.`, `Target ${target} is more than the unit's ${ceiling}.`);
    const key = `${r.unit}|${r.metric}|${r.baselineDate}`;
    if (seen.has(key)) add('row', `Trùng với dòng ${seen.get(key)}.`, `Repeats row ${seen.get(key)}.`);
    else seen.set(key, r.row);
    if (found.length) problems.push(...found);
    else valid.push({ row: r.row, edition: edition!, unit: r.unit, metric: metric!, baselineDate: r.baselineDate, baselineValue: baseline!, dueDate: r.dueDate, targetValue: target!, note: r.note || null });
  }
  return { valid, ...problems.result() };
}
