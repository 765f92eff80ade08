// The one rule that says whether a pilot (mô hình điểm) changed anything: its indicator since
// the start in the host units against comparison units. Pure: the series come in, already
// read from the store (db/pilots.ts). The README's "Pilots" section states the same rule.
//
// 1. The window runs from the pilot's start to its end (or the date asked, if earlier).
// 2. Each unit's change is its latest report in the window minus its latest report on or before
//    the start (the baseline), in comparable terms: a count per 1,000 inhabitants, a share in
//    points of per cent of its denominator, an own indicator as reported. Several host units
//    count as one: their values and their scales are summed (never averaged).
// 3. "chưa đủ số liệu" (insufficient) when the hosts have no baseline, or fewer than
//    MIN_REPORTS reports after the start (the fewest of any host), or when comparison units
//    exist but fewer than MIN_COMPARISON of them have a baseline and a report in the window.
// 4. Without comparison units (an own indicator only the hosts report) the verdict is never
//    "clear": there is nothing to tell the pilot from the general trend. It is "chưa rõ", said
//    so, and the path is shown against the target.
// 5. "kết quả rõ nét" (clear) when the hosts' change is above 0 and exceeds the comparison's
//    median change by more than the comparison's spread (the interquartile range, Q3 − Q1).
//    Otherwise "chưa rõ" (unclear).
// The hosts' rank among all units (hosts as one unit, 1 = the largest change) and the numbers
// above are returned with the verdict: the verdict is never shown without them.

export const MIN_REPORTS = 3;
export const MIN_COMPARISON = 3;

export type Verdict = 'clear' | 'unclear' | 'insufficient';

export interface Report {
  date: string;
  value: number;
}

export interface UnitSeries {
  code: string;
  /** Reports in date order (any order is accepted). */
  reports: readonly Report[];
  /**
   * What a value is divided by to compare units of different sizes: population / 1,000 for a
   * count, denominator / 100 for a share, 1 for an own indicator. Above 0.
   */
  scale: number;
}

export interface UnitChange {
  code: string;
  baseline: Report;
  latest: Report;
  /** (latest − baseline) / scale. */
  change: number;
  /** Reports dated after the start, up to the window's end. */
  reportsSince: number;
}

export type Reason =
  | { kind: 'no-baseline' }
  | { kind: 'few-reports'; reports: number; needed: number }
  | { kind: 'few-comparison'; units: number; needed: number }
  | { kind: 'no-comparison' }
  | { kind: 'above-spread' }
  | { kind: 'not-above-spread' }
  | { kind: 'not-rising' };

export interface Spread {
  units: number;
  median: number;
  q1: number;
  q3: number;
  /** Q3 − Q1. */
  iqr: number;
  min: number;
  max: number;
}

export interface VerdictResult {
  verdict: Verdict;
  reason: Reason;
  /** The window: start and its last day. */
  start: string;
  until: string;
  /** The hosts as one unit; null without a baseline. */
  host: { baseline: number; latest: number; change: number; reportsSince: number; latestDate: string } | null;
  comparison: Spread | null;
  /** Comparison units asked for that had no baseline or no report in the window. */
  comparisonWithoutData: number;
  /** The hosts' place among hosts + comparison units by change, 1 = the largest; ties share the better place. */
  rank: { position: number; of: number } | null;
  /** Every comparison unit's change, largest first. */
  units: UnitChange[];
}

/** Linear interpolation between order statistics (the spreadsheet's QUARTILE.INC). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of nothing');
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function spreadOf(changes: readonly number[]): Spread | null {
  if (changes.length === 0) return null;
  const sorted = [...changes].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return { units: sorted.length, median: quantile(sorted, 0.5), q1, q3, iqr: q3 - q1, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** A unit's baseline (latest on or before the start) and latest report in (start, until]. */
function changeOf(series: UnitSeries, start: string, until: string): UnitChange | null {
  let baseline: Report | null = null;
  let latest: Report | null = null;
  let reportsSince = 0;
  for (const r of series.reports) {
    if (r.date <= start) {
      if (!baseline || r.date > baseline.date) baseline = r;
    } else if (r.date <= until) {
      reportsSince++;
      if (!latest || r.date > latest.date) latest = r;
    }
  }
  if (!baseline || !latest) return null;
  return { code: series.code, baseline, latest, change: (latest.value - baseline.value) / series.scale, reportsSince };
}

export interface VerdictInput {
  start: string;
  /** The pilot's end, if it has one. */
  end?: string | null;
  /** The date the verdict is for (today, or a past date). */
  asOf: string;
  hosts: readonly UnitSeries[];
  /** Empty: no comparison units (an own indicator only the hosts report). */
  comparison: readonly UnitSeries[];
}

export function pilotVerdict(input: VerdictInput): VerdictResult {
  const { start, asOf } = input;
  const until = input.end && input.end < asOf ? input.end : asOf;
  const base = { start, until, comparisonWithoutData: 0, units: [] as UnitChange[] };

  const hostChanges = input.hosts.map((h) => changeOf(h, start, until));
  const reportsSince = Math.min(...input.hosts.map((h) => h.reports.filter((r) => r.date > start && r.date <= until).length));
  if (input.hosts.length === 0 || hostChanges.some((c) => c === null)) {
    const reason: Reason = input.hosts.length > 0 && input.hosts.every((h) => h.reports.some((r) => r.date <= start)) ? { kind: 'few-reports', reports: reportsSince, needed: MIN_REPORTS } : { kind: 'no-baseline' };
    return { ...base, verdict: 'insufficient', reason, host: null, comparison: null, rank: null };
  }
  const changes = hostChanges as UnitChange[];
  const scale = input.hosts.reduce((s, h) => s + h.scale, 0);
  const baselineSum = changes.reduce((s, c) => s + c.baseline.value, 0);
  const latestSum = changes.reduce((s, c) => s + c.latest.value, 0);
  const host = {
    baseline: baselineSum,
    latest: latestSum,
    change: (latestSum - baselineSum) / scale,
    reportsSince,
    latestDate: changes.map((c) => c.latest.date).sort().at(-1)!,
  };

  const compared = input.comparison.map((u) => changeOf(u, start, until)).filter((c): c is UnitChange => c !== null);
  const units = compared.sort((a, b) => b.change - a.change);
  const comparisonWithoutData = input.comparison.length - compared.length;
  const comparison = spreadOf(units.map((u) => u.change));
  const rank = input.comparison.length === 0 ? null : { position: 1 + units.filter((u) => u.change > host.change).length, of: units.length + 1 };
  const result = { ...base, host, comparison, comparisonWithoutData, rank, units };

  if (reportsSince < MIN_REPORTS) return { ...result, verdict: 'insufficient', reason: { kind: 'few-reports', reports: reportsSince, needed: MIN_REPORTS } };
  if (input.comparison.length === 0) return { ...result, verdict: 'unclear', reason: { kind: 'no-comparison' } };
  if (units.length < MIN_COMPARISON) return { ...result, verdict: 'insufficient', reason: { kind: 'few-comparison', units: units.length, needed: MIN_COMPARISON } };
  if (host.change <= 0) return { ...result, verdict: 'unclear', reason: { kind: 'not-rising' } };
  if (host.change - comparison!.median > comparison!.iqr) return { ...result, verdict: 'clear', reason: { kind: 'above-spread' } };
  return { ...result, verdict: 'unclear', reason: { kind: 'not-above-spread' } };
}

/** What a unit's values are divided by (rule 2): a count per 1,000 inhabitants, a share in points of per cent, an own indicator as reported. */
export function scaleOf(kind: 'cumulative' | 'share' | 'own', unit: { population: number; districts: number | null; communes: number | null }, denominator: 'districts' | 'communes' | null = null): number {
  if (kind === 'own') return 1;
  if (kind === 'share') return Math.max(1, denominator ? (unit[denominator] ?? 0) : 0) / 100;
  return Math.max(1, unit.population) / 1000;
}
