// Who has reported, the one home of the rule (DHIS2's reporting rate and timeliness, counted the
// same way):
// - expected: every unit in force on the week's Sunday (valid from/to), for a metric it reports;
//   a province whose commune figures roll up is expected through its communes;
// - received: a figure of that unit (or, in the week of the merger, of a unit it was made of) and
//   metric dated inside the week; a reported 0 is a report, no row is not;
// - on time: first received (the time of the batch that first wrote it, not the figure's date) by
//   the deadline; late: after it; missing: not received.
// Rates are counted over the expected set only, so never above 100%, and carry their numerator
// and denominator. Pure: db/reporting.ts reads the rows.
import { daysBetween, vietnamDate } from '../dates';
import type { IsoWeek } from './weeks';

export type ReportState = 'onTime' | 'late' | 'missing';

export const REPORT_STATES: readonly ReportState[] = ['onTime', 'late', 'missing'];

export interface ReportingUnit {
  id: number;
  code: string;
  /** First and last day in force (the edition's, or the unit's own). */
  validFrom: string;
  validTo: string | null;
  /** Units it was made of: their figures dated inside a week count for it (the merger's week). */
  predecessorIds?: readonly number[];
}

/** A stored figure: its unit, its date and when it was first received (ISO instant). */
export interface Receipt {
  unitId: number;
  reportDate: string;
  receivedAt: string;
}

export interface UnitWeek {
  unitId: number;
  code: string;
  state: ReportState;
  /** When the week's first figure arrived; null when missing. */
  receivedAt: string | null;
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator / denominator, null when nothing is expected. */
  ratio: number | null;
}

export const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, ratio: denominator > 0 ? numerator / denominator : null });

/** Whether a unit must report in a week: in force on its Sunday. */
export function isExpected(unit: Pick<ReportingUnit, 'validFrom' | 'validTo'>, week: IsoWeek): boolean {
  return unit.validFrom <= week.sunday && (unit.validTo === null || unit.validTo >= week.sunday);
}

/** On time or late by the first receipt's time against the deadline (both ISO instants). */
export function stateOf(receivedAt: string | null, deadline: string): ReportState {
  if (receivedAt === null) return 'missing';
  return Date.parse(receivedAt) <= Date.parse(deadline) ? 'onTime' : 'late';
}

/**
 * Each expected unit's state for one metric and week. `receipts` may hold any figures: only those
 * dated inside the week, of the unit or its predecessors, count; the earliest receipt decides.
 */
export function classifyWeek(units: readonly ReportingUnit[], week: IsoWeek, receipts: Iterable<Receipt>, deadline: string): UnitWeek[] {
  // Each receipt's time is parsed once: a week of 3,321 communes has tens of thousands of them.
  const first = new Map<number, { t: number; at: string }>();
  for (const r of receipts) {
    if (r.reportDate < week.monday || r.reportDate > week.sunday) continue;
    const t = Date.parse(r.receivedAt);
    const known = first.get(r.unitId);
    if (known === undefined || t < known.t) first.set(r.unitId, { t, at: r.receivedAt });
  }
  const due = Date.parse(deadline);
  const result: UnitWeek[] = [];
  for (const u of units) {
    if (!isExpected(u, week)) continue;
    let best = first.get(u.id);
    for (const id of u.predecessorIds ?? []) {
      const at = first.get(id);
      if (at !== undefined && (best === undefined || at.t < best.t)) best = at;
    }
    result.push({ unitId: u.id, code: u.code, state: best === undefined ? 'missing' : best.t <= due ? 'onTime' : 'late', receivedAt: best?.at ?? null });
  }
  return result;
}

export interface Tally {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  /** received / expected and on time / expected. */
  receivedRate: Rate;
  onTimeRate: Rate;
}

export function tally(states: Iterable<{ state: ReportState }>): Tally {
  const n = { onTime: 0, late: 0, missing: 0 };
  for (const s of states) n[s.state]++;
  const expected = n.onTime + n.late + n.missing;
  const received = n.onTime + n.late;
  return { expected, received, ...n, receivedRate: rate(received, expected), onTimeRate: rate(n.onTime, expected) };
}

/**
 * One state out of several (a unit's metrics, or a province's communes): missing when any is,
 * else late when any is, else on time; null when nothing was expected. Its time is the last
 * receipt's: the report is whole when its last part arrives.
 */
export function combine(parts: readonly Pick<UnitWeek, 'state' | 'receivedAt'>[]): { state: ReportState; receivedAt: string | null } | null {
  if (parts.length === 0) return null;
  const state: ReportState = parts.some((p) => p.state === 'missing') ? 'missing' : parts.some((p) => p.state === 'late') ? 'late' : 'onTime';
  if (state === 'missing') return { state, receivedAt: null };
  let last = parts[0].receivedAt!;
  for (const p of parts) if (Date.parse(p.receivedAt!) > Date.parse(last)) last = p.receivedAt!;
  return { state, receivedAt: last };
}

/** Whole days past the deadline on Vietnam's calendar (0 until the day after it). */
export function daysOverdue(deadline: string, now: Date): number {
  if (now.getTime() <= Date.parse(deadline)) return 0;
  return Math.max(0, daysBetween(vietnamDate(new Date(deadline)), vietnamDate(now)));
}

/** Whether a week's deadline has passed at an instant. */
export function isPastDeadline(deadline: string, now: Date): boolean {
  return now.getTime() > Date.parse(deadline);
}
