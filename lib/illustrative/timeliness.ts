// When the illustrative reports arrive (the batches' times that lib/reporting judges): before the
// 34-province map, and on it until the last weeks, every province sends its report on the
// Thursday after its Wednesday report date; since 1/7/2025 some provinces are late some weeks
// and a few miss a week. The latest complete week (the last whose deadline has passed at the
// seed's `now`) always has at least one province missing and one late, so a fresh demo shows the
// list whatever day it is seeded. Communes of a few provinces leave weeks out (communes.ts).
import { addDays } from '../dates';
import { deadlineOf, DEFAULT_RULE } from '../reporting/rules';
import { weekOfDate } from '../reporting/weeks';
import type { Random } from './random';
import { FIRST_2025_WEEKLY } from './schedule';

export type Arrival = { state: 'onTime' | 'late'; receivedAt: string } | { state: 'missing' };

const HOUR = 3_600_000;
const P_MISSING = 0.03;
const P_LATE = 0.06;

/** The week of a report date is complete once its deadline (the default rule) has passed. */
export function isCompleteWeek(reportDate: string, now: Date): boolean {
  return Date.parse(deadlineOf(weekOfDate(reportDate), DEFAULT_RULE)) < now.getTime();
}

/** The latest complete week's report date among `dates` (ascending), or null. */
function latestComplete(dates: readonly string[], now: Date): string | null {
  for (let i = dates.length - 1; i >= 0; i--) if (isCompleteWeek(dates[i], now)) return dates[i];
  return null;
}

/**
 * code -> report date -> its arrival, for the 34 provinces' weekly report dates up to `until`
 * (earlier dates and the 63 provinces: on time, arrivals() below). Deterministic per date.
 */
export function provinceArrivals(codes: readonly string[], dates: readonly string[], now: Date, stream: (name: string) => Random): Map<string, Map<string, Arrival>> {
  const sorted = [...codes].sort();
  const weekly = dates.filter((d) => d >= FIRST_2025_WEEKLY);
  const forced = latestComplete(weekly, now);
  const result = new Map(sorted.map((c) => [c, new Map<string, Arrival>()]));
  for (const date of weekly) {
    const r = stream(`timeliness:${date}`);
    const deadline = Date.parse(deadlineOf(weekOfDate(date), DEFAULT_RULE));
    const drawn = sorted.map((code) => {
      const u = r.next();
      const kind: Arrival['state'] = u < P_MISSING ? 'missing' : u < P_MISSING + P_LATE ? 'late' : 'onTime';
      return { code, kind, hours: r.next() };
    });
    if (date === forced) {
      // Whatever the draw, this week shows who is missing and who was late.
      for (const kind of ['missing', 'late'] as const) {
        if (drawn.some((d) => d.kind === kind)) continue;
        const onTime = drawn.filter((d) => d.kind === 'onTime');
        const pick = onTime[Math.floor(r.next() * onTime.length)];
        drawn[drawn.indexOf(pick)] = { ...pick, kind };
      }
    }
    for (const d of drawn) {
      let arrival: Arrival;
      if (d.kind === 'missing') arrival = { state: 'missing' };
      else if (d.kind === 'late') {
        // 1 to 48 hours after the deadline; not yet, if the deadline has not passed at `now`.
        const at = deadline + (1 + Math.floor(d.hours * 47)) * HOUR;
        arrival = deadline >= now.getTime() ? { state: 'missing' }
          : { state: 'late', receivedAt: new Date(Math.min(at, (deadline + now.getTime()) / 2)).toISOString() };
      } else arrival = { state: 'onTime', receivedAt: onTimeAt(date, d.hours, now) };
      result.get(d.code)!.set(date, arrival);
    }
  }
  return result;
}

/**
 * When a report dated `date` arrives on time: from the Thursday after it, 09:00 in Vietnam, up to
 * 60 hours later (before the Monday noon deadline); never after `now` (this week's reports came in today).
 */
export function onTimeAt(date: string, hours01: number, now: Date): string {
  const at = Date.parse(`${addDays(date, 1)}T09:00:00+07:00`) + Math.floor(hours01 * 60) * HOUR;
  return new Date(Math.min(at, now.getTime())).toISOString();
}
