// When the illustrative provinces report: weekly, on Wednesdays (13/11/2024 and 2/10/2024,
// the dates of the public figures, are Wednesdays).
import { addDays, dayNumber } from '../dates';
import { MERGER_DATE } from '../editions';

export const FIRST_REPORT = '2023-01-04';
/** The last weekly report of the 63 provinces. */
export const LAST_2024_REPORT = '2025-06-25';
/** The 34 provinces open on 1/7/2025 with their predecessors' totals, then report weekly. */
export const HANDOVER_REPORT = MERGER_DATE;
export const FIRST_2025_WEEKLY = '2025-07-09';
/** Data is generated to here, whatever today is, then cut at today: same data every day. */
export const DESIGN_END = '2026-12-30';

export function weekly(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 7)) dates.push(d);
  return dates;
}

export const DATES_2024 = weekly(FIRST_REPORT, LAST_2024_REPORT);
export const DATES_2025 = [HANDOVER_REPORT, ...weekly(FIRST_2025_WEEKLY, DESIGN_END)];

/** Weeks from one date to another, as a real number. */
export function weeksBetween(from: string, to: string): number {
  return (dayNumber(to) - dayNumber(from)) / 7;
}
