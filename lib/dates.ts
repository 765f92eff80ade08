// Calendar dates as ISO text (YYYY-MM-DD), computed in UTC day numbers so that time zones and
// daylight saving never shift a report date. Pure: "today" is always passed in.
// readDate is the one reader of a date as people write it (files, the form, the API).
import type { Message } from './message';

/** Decision 06/QĐ-TTg (6/1/2022) started the programme: no report or target date comes before it. */
export const PROGRAMME_START = '2022-01-06';
/** The latest date a target may name (baseline or due date). */
export const PROGRAMME_END = '2035-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// Reports fall on a few hundred distinct dates, read many thousand times per page: remember them.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01. Throws on text that is not a calendar date. */
export function dayNumber(iso: string): number {
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  if (!isIsoDate(iso)) throw new RangeError(`not a date (YYYY-MM-DD): ${iso}`);
  const day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
  if (dayNumbers.size < 100_000) dayNumbers.set(iso, day);
  return day;
}

export function fromDayNumber(day: number): string {
  return new Date(Math.round(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** The same day `years` later (29 February becomes 28 February in a common year). */
export function addYears(iso: string, years: number): string {
  dayNumber(iso); // throws on text that is not a date
  const year = Number(iso.slice(0, 4)) + years;
  const candidate = `${String(year).padStart(4, '0')}${iso.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date of an instant in Vietnam (UTC+7, no daylight saving). */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Days from Excel's epoch (30/12/1899) to 1/1/1970: an Excel date serial = dayNumber + this. */
export const EXCEL_EPOCH_OFFSET = 25569;

/** The date an Excel serial number stands for (45622 → 2024-11-27); null if it is none. */
export function fromExcelSerial(serial: number): string | null {
  return Number.isInteger(serial) && serial >= 1 && serial <= 2_958_465 ? fromDayNumber(serial - EXCEL_EPOCH_OFFSET) : null;
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

export type DateReading = { ok: true; date: string } | { ok: false; message: Message };

const notDate = (text: string): DateReading => ({
  ok: false,
  message: { vi: `"${text}" không phải là ngày: viết dd/mm/yyyy, ví dụ 27/11/2024.`, en: `"${text}" is not a date: write dd/mm/yyyy, e.g. 27/11/2024.` },
});

/**
 * A date as people write it: dd/mm/yyyy and d/m/yyyy (also with "." or "-"), yyyy-mm-dd, a
 * spreadsheet's date cell (an ISO text by then) or an Excel serial number (a number, or five
 * digits). Refused with the reason: an impossible date (30/02/2025), a two-digit year, a date
 * that is only valid as mm/dd. Whether it is in the future is the caller's rule (today is passed there).
 */
export function readDate(input: string | number): DateReading {
  if (typeof input === 'number') {
    const date = fromExcelSerial(input);
    return date ? { ok: true, date } : notDate(String(input));
  }
  const text = input.trim();
  if (/^\d{5}$/.test(text)) return readDate(Number(text));
  if (ISO_DATE.test(text)) {
    if (isIsoDate(text)) return { ok: true, date: text };
    return { ok: false, message: { vi: `Ngày "${text}" không có thật.`, en: `"${text}" is not a real date.` } };
  }
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m) return notDate(text);
  if (m[3].length !== 4) {
    return { ok: false, message: { vi: `Ngày "${text}": năm phải đủ 4 chữ số (dd/mm/yyyy).`, en: `"${text}": write the year with 4 digits (dd/mm/yyyy).` } };
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), m[3]];
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  if (isIsoDate(iso)) return { ok: true, date: iso };
  if (isIsoDate(`${year}-${pad2(day)}-${pad2(month)}`)) {
    return { ok: false, message: { vi: `Ngày "${text}" viết theo kiểu tháng/ngày: hãy viết ngày/tháng/năm (dd/mm/yyyy).`, en: `"${text}" reads as month/day: write day/month/year (dd/mm/yyyy).` } };
  }
  return { ok: false, message: { vi: `Ngày "${text}" không có thật.`, en: `"${text}" is not a real date.` } };
}
