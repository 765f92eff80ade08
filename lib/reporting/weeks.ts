// The reporting period: the ISO week, Monday to Sunday, in Asia/Ho_Chi_Minh (UTC+7, no daylight
// saving), written "2026-W48" in URLs and "Tuần 48/2026" on screen. Pure: "now" is passed in.
import { addDays, dayNumber, fromDayNumber, isIsoDate, vietnamDate } from '../dates';

export interface IsoWeek {
  /** The ISO week-numbering year (the year of the week's Thursday). */
  year: number;
  week: number;
  /** "2026-W48". */
  key: string;
  /** First and last day, ISO dates. */
  monday: string;
  sunday: string;
}

/** Monday = 0 … Sunday = 6 (1/1/1970 was a Thursday). */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

function build(mondayDay: number): IsoWeek {
  const thursday = fromDayNumber(mondayDay + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((mondayDay + 3 - dayNumber(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return { year, week, key: `${year}-W${String(week).padStart(2, '0')}`, monday: fromDayNumber(mondayDay), sunday: fromDayNumber(mondayDay + 6) };
}

/** The ISO week a calendar date falls in (2024-12-30 is in 2025-W01). */
export function weekOfDate(iso: string): IsoWeek {
  const day = dayNumber(iso);
  return build(day - weekday(day));
}

/** The week an instant falls in, on Vietnam's calendar. */
export function weekOfInstant(instant: Date): IsoWeek {
  return weekOfDate(vietnamDate(instant));
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

/** "2026-W48" → the week; null when it is not one (2026-W54, 2026-48, 2026-W5). */
export function parseWeek(text: string): IsoWeek | null {
  const m = WEEK_KEY.exec(text);
  if (!m) return null;
  const [year, week] = [Number(m[1]), Number(m[2])];
  if (week < 1 || !isIsoDate(`${m[1]}-01-04`)) return null;
  const jan4 = dayNumber(`${m[1]}-01-04`);
  const candidate = build(jan4 - weekday(jan4) + 7 * (week - 1));
  return candidate.year === year && candidate.week === week ? candidate : null;
}

export function nextWeek(w: IsoWeek, by = 1): IsoWeek {
  return weekOfDate(addDays(w.monday, 7 * by));
}

/** `count` weeks ending with `last`, oldest first. */
export function weeksEndingWith(last: IsoWeek, count: number): IsoWeek[] {
  return Array.from({ length: count }, (_, i) => nextWeek(last, i - count + 1));
}

/** Whether an ISO date lies inside the week. */
export function inWeek(w: IsoWeek, iso: string): boolean {
  return iso >= w.monday && iso <= w.sunday;
}

/** The week a report is asked about by default: the last one that has ended (Vietnam's calendar). */
export function lastEndedWeek(now: Date): IsoWeek {
  return nextWeek(weekOfInstant(now), -1);
}

/** Programme start's week (06/01/2022): no week before it is asked about. */
export const FIRST_REPORTING_WEEK = '2022-W01';

/** "Tuần 48/2026" / "Week 48, 2026" come from the catalogues; this is the reading of a ?week= value. */
export function readWeekParam(text: string, now: Date): { ok: true; week: IsoWeek } | { ok: false; message: { vi: string; en: string } } {
  const week = parseWeek(text.trim());
  if (!week) return { ok: false, message: { vi: 'phải là một tuần ISO viết YYYY-Www, ví dụ 2026-W48', en: 'must be an ISO week written YYYY-Www, e.g. 2026-W48' } };
  if (week.key < FIRST_REPORTING_WEEK) return { ok: false, message: { vi: 'phải từ tuần 2022-W01 (đầu Đề án 06)', en: 'must be 2022-W01 (the programme\'s start) or later' } };
  if (week.monday > weekOfInstant(now).monday) return { ok: false, message: { vi: 'không được là tuần tương lai', en: 'must not be a future week' } };
  return { ok: true, week };
}
