// When a weekly report is due: per metric, a number of days after the week's Sunday and a time of
// day in Vietnam (default: the Monday after the week, 12:00), and whether the metric is reported
// every week at all. Administrators change them (stored in `reporting_rules`, db/reporting.ts);
// these are the defaults, the reader of a setting, and the deadline as an instant.
import { addDays } from '../dates';
import { METRICS, type MetricKey } from '../metrics';
import type { Message } from '../message';
import type { IsoWeek } from './weeks';

export interface ReportingRule {
  /** Days after the week's Sunday (1: the Monday after it). */
  deadlineDays: number;
  /** Time of day in Vietnam, "HH:MM". */
  deadlineTime: string;
  /** Whether every unit is expected to report the metric each week. */
  weekly: boolean;
}

export const DEFAULT_RULE: ReportingRule = { deadlineDays: 1, deadlineTime: '12:00', weekly: true };

/**
 * The defaults per metric. A commune's land-data milestone is reported once, when it is reached,
 * not weekly; every other metric is a weekly report.
 */
export function defaultRule(metric: MetricKey): ReportingRule {
  return metric === 'land_data_digitized' ? { ...DEFAULT_RULE, weekly: false } : DEFAULT_RULE;
}

/** Every metric's rule: the stored ones over the defaults. */
export function rulesOf(stored: ReadonlyMap<string, ReportingRule>): Map<MetricKey, ReportingRule> {
  return new Map(METRICS.map((m) => [m.key, stored.get(m.key) ?? defaultRule(m.key)]));
}

/** The deadline of a week's report as an instant (ISO, UTC): the Sunday + days, at the time in Vietnam. */
export function deadlineOf(week: IsoWeek, rule: Pick<ReportingRule, 'deadlineDays' | 'deadlineTime'>): string {
  return new Date(`${addDays(week.sunday, rule.deadlineDays)}T${rule.deadlineTime}:00+07:00`).toISOString();
}

export const MAX_DEADLINE_DAYS = 28;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type RuleReading = { ok: true; rule: ReportingRule } | { ok: false; errors: { field: keyof ReportingRule; message: Message }[] };

/** An administrator's setting, as typed: days 0-28 (whole), a time HH:MM, weekly yes/no. */
export function readRule(input: { deadlineDays: unknown; deadlineTime: unknown; weekly: unknown }): RuleReading {
  const errors: { field: keyof ReportingRule; message: Message }[] = [];
  const daysText = String(input.deadlineDays ?? '').trim();
  const days = /^\d{1,2}$/.test(daysText) ? Number(daysText) : NaN;
  if (!(days >= 0 && days <= MAX_DEADLINE_DAYS)) {
    errors.push({ field: 'deadlineDays', message: {
      vi: `Số ngày sau Chủ nhật phải là số nguyên từ 0 đến ${MAX_DEADLINE_DAYS}.`,
      en: `Days after Sunday must be a whole number from 0 to ${MAX_DEADLINE_DAYS}.`,
    } });
  }
  const time = String(input.deadlineTime ?? '').trim();
  if (!TIME.test(time)) errors.push({ field: 'deadlineTime', message: { vi: 'Giờ phải viết HH:MM, ví dụ 12:00.', en: 'Write the time as HH:MM, e.g. 12:00.' } });
  const weekly = input.weekly === true || input.weekly === 'true' || input.weekly === 'on' ? true
    : input.weekly === false || input.weekly === 'false' || input.weekly === undefined || input.weekly === null || input.weekly === '' ? false : null;
  if (weekly === null) errors.push({ field: 'weekly', message: { vi: 'Báo cáo hằng tuần: có hoặc không.', en: 'Weekly: yes or no.' } });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rule: { deadlineDays: days, deadlineTime: time, weekly: weekly! } };
}
