// What changed between two dates: two reports of one edition (db/report.ts) compared figure by
// figure, with the lists a review meeting works from. Pure: the statuses come from the reports
// (lib/status.ts judged them), this file only compares.
//
// - Per unit and metric: value from → to and its change, % of target from → to (value / target,
//   1 = 100%, as pctOfTarget in the report), status from → to. A milestone's value is 0 or 1, so
//   its change is 1 when it was reached in between and its % is 0 or 1. A metric reported on only
//   one of the dates (districts before 1/7/2025, communes after) has null on the other side.
// - National: the reports' national figures (the sum over the selection, lib/report.ts).
// - Lagging: every figure behind or at risk on the later date (lib/status.ts isLagging).
// - Improved (India's delta ranking): a unit's score is the mean, over the metrics with a % of
//   target on both dates, of the change in % of target, each % capped at 100% (going further past
//   a target met is no progress towards it). Units with a score above 0, best first.
// - Slipped: units with at least one metric whose status got worse (lib/status.ts isWorse),
//   most slipped metrics first.
import type { Edition } from './editions';
import { METRIC_KEYS, type MetricKey } from './metrics';
import type { MetricProgress } from './progress';
import type { Report, ReportUnit } from './report';
import { isLagging, isWorse, type Status } from './status';

export interface MetricChange {
  from: number | null;
  to: number | null;
  change: number | null;
  pctFrom: number | null;
  pctTo: number | null;
  statusFrom: Status;
  statusTo: Status;
}

export interface NationalChange {
  from: number | null;
  to: number | null;
  change: number | null;
}

export interface UnitChanges {
  code: string;
  name: string;
  metrics: Partial<Record<MetricKey, MetricChange>>;
}

export interface LaggingItem extends MetricChange {
  code: string;
  name: string;
  metric: MetricKey;
  /** The target in force on the later date, and its due date. */
  target: number | null;
  dueDate: string | null;
}

export interface Improvement {
  code: string;
  name: string;
  /** Mean change of % of target (capped at 100%) over `metrics` metrics; 0.1 = 10 points. */
  score: number;
  metrics: number;
}

export interface Slip {
  code: string;
  name: string;
  metrics: { metric: MetricKey; statusFrom: Status; statusTo: Status }[];
}

export interface Changes {
  from: string;
  to: string;
  edition: Edition;
  /** The store's figures are illustrative (meta.illustrative): say so wherever they show. */
  illustrative: boolean;
  /** The metrics compared: those reported on either date, in catalogue order. */
  metrics: MetricKey[];
  national: Partial<Record<MetricKey, NationalChange>>;
  units: UnitChanges[];
  lagging: LaggingItem[];
  improved: Improvement[];
  slipped: Slip[];
}

const difference = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);

function compareMetric(before: MetricProgress | undefined, after: MetricProgress | undefined): MetricChange {
  const from = before?.value ?? null;
  const to = after?.value ?? null;
  return {
    from,
    to,
    change: difference(from, to),
    pctFrom: before?.pctOfTarget ?? null,
    pctTo: after?.pctOfTarget ?? null,
    statusFrom: before?.status ?? 'no_data',
    statusTo: after?.status ?? 'no_data',
  };
}

/** The change of one figure's % of target, each % capped at 100%; null without a % on both dates. */
export function pctDelta(m: MetricChange): number | null {
  return m.pctFrom !== null && m.pctTo !== null ? Math.min(m.pctTo, 1) - Math.min(m.pctFrom, 1) : null;
}

/** The delta-ranking score of a unit's changes, or null when no metric has a % on both dates. */
export function improvementScore(metrics: Partial<Record<MetricKey, MetricChange>>): { score: number; metrics: number } | null {
  const deltas = Object.values(metrics).flatMap((m) => {
    const d = m ? pctDelta(m) : null;
    return d === null ? [] : [d];
  });
  if (deltas.length === 0) return null;
  return { score: deltas.reduce((s, d) => s + d, 0) / deltas.length, metrics: deltas.length };
}

/**
 * Compares two reports of the same edition (`before` on the earlier date). `codes` restricts the
 * units listed (the reports' national figures are already those of the selection).
 */
export function compareReports(before: Report, after: Report, codes: readonly string[] | null = null): Changes {
  if (before.edition !== after.edition) throw new Error(`reports of different editions: ${before.edition}, ${after.edition}`);
  if (before.asOf > after.asOf) throw new Error(`reports out of order: ${before.asOf} after ${after.asOf}`);
  const metrics = METRIC_KEYS.filter((k) => before.metrics.includes(k) || after.metrics.includes(k));

  const national: Changes['national'] = {};
  for (const key of metrics) {
    const from = before.national[key] ?? null;
    const to = after.national[key] ?? null;
    national[key] = { from, to, change: difference(from, to) };
  }

  const earlier = new Map<string, ReportUnit>(before.units.map((u) => [u.code, u]));
  const units = after.units
    .filter((u) => !codes || codes.includes(u.code))
    .map((u): UnitChanges => {
      const was = earlier.get(u.code);
      const changes: UnitChanges['metrics'] = {};
      for (const key of metrics) {
        if (was?.metrics[key] || u.metrics[key]) changes[key] = compareMetric(was?.metrics[key], u.metrics[key]);
      }
      return { code: u.code, name: u.name, metrics: changes };
    });

  const afterUnits = new Map(after.units.map((u) => [u.code, u]));
  const lagging = units.flatMap((u) =>
    metrics.flatMap((metric): LaggingItem[] => {
      const change = u.metrics[metric];
      const progress = afterUnits.get(u.code)?.metrics[metric];
      if (!change || !progress || !isLagging(change.statusTo)) return [];
      return [{ code: u.code, name: u.name, metric, ...change, target: progress.target, dueDate: progress.dueDate }];
    }),
  );

  const improved = units
    .flatMap((u): Improvement[] => {
      const score = improvementScore(u.metrics);
      return score && score.score > 0 ? [{ code: u.code, name: u.name, ...score }] : [];
    })
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));

  const slipped = units
    .flatMap((u): Slip[] => {
      const worse = metrics.flatMap((metric) => {
        const m = u.metrics[metric];
        return m && isWorse(m.statusFrom, m.statusTo) ? [{ metric, statusFrom: m.statusFrom, statusTo: m.statusTo }] : [];
      });
      return worse.length ? [{ code: u.code, name: u.name, metrics: worse }] : [];
    })
    .sort((a, b) => b.metrics.length - a.metrics.length || a.code.localeCompare(b.code));

  return { from: before.asOf, to: after.asOf, edition: after.edition, illustrative: before.illustrative || after.illustrative, metrics, national, units, lagging, improved, slipped };
}
