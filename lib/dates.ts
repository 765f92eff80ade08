// Calendar dates as ISO text (YYYY-MM-DD), computed in UTC day numbers so that time zones and
// daylight saving never shift a report date. Pure: "today" is always passed in.

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
