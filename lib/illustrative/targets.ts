// Illustrative targets. Per-province targets are not public, so these are set from each
// province's own illustrative curve and pace, on a date chosen per phase, so that the statuses
// spread over done, on track, at risk and behind. They are labelled illustrative everywhere.
import { daysBetween } from '../dates';
import { LAST_DAY_OF_2024_MAP, type Edition } from '../editions';
import type { Point } from '../series';
import { metricByKey, type MetricKey } from '../metrics';
import { CALIBRATION_DATE } from './calibration';
import { valueOn } from './generate2025';
import { targetRatio, type Pace } from './pace';
import type { Random } from './random';
import { FIRST_REPORT, HANDOVER_REPORT } from './schedule';

export interface GeneratedTarget {
  edition: Edition;
  code: string;
  metric: MetricKey;
  baselineDate: string;
  baselineValue: number;
  dueDate: string;
  targetValue: number;
  note: string;
}

export const TARGET_NOTE = 'Chỉ tiêu minh họa (không phải chỉ tiêu chính thức) / Illustrative target, not official';

/** A phase: targets set from a baseline to a due date, judged on one date. */
export interface Phase {
  baselineDate: string;
  dueDate: string;
  judgedOn: string;
}

export const PHASES_2024: Phase[] = [
  { baselineDate: FIRST_REPORT, dueDate: '2024-12-31', judgedOn: CALIBRATION_DATE },
  { baselineDate: '2025-01-01', dueDate: '2025-06-30', judgedOn: '2025-05-28' },
];
export const PHASE_2025: Phase = { baselineDate: HANDOVER_REPORT, dueDate: '2026-12-31', judgedOn: '2026-11-25' };

/** Judicial-record applications only began with the VNeID service in 2024. */
const APPLICATIONS_BASELINE = '2024-10-02';

/** Rounds to three significant figures: targets are round numbers. */
export function roundSignificant(x: number, digits = 3): number {
  if (x <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(x)) + 1 - digits);
  return Math.round(x / step) * step;
}

interface TargetInput {
  points: readonly Point[];
  phase: Phase;
  pace: Pace;
  /** Highest sensible target (a share metric's denominator). */
  cap: number;
  /** A target for a province with nothing reported yet. */
  fallback: number;
  r: Random;
}

/**
 * A linear target whose expected value on the judging date sits where the pace says: a fast
 * province has passed its target; one on track is between the expected value and the target;
 * one at risk or behind is below the expected value by its pace's ratio.
 */
export function linearTarget({ points, phase, pace, cap, fallback, r }: TargetInput): [number, number] {
  const b = valueOn(points, phase.baselineDate) ?? 0;
  const a = valueOn(points, phase.judgedOn);
  const bounded = (t: number) => Math.min(cap, Math.max(b + 1, roundSignificant(t)));
  if (a === null || a <= b) return [b, bounded(fallback)];
  // Passed already: at most 97% of the actual, so rounding to three figures cannot lift it above.
  if (pace === 'fast') return [b, Math.min(cap, Math.max(b + 1, roundSignificant(a * r.uniform(0.85, 0.97))))];
  const elapsed = daysBetween(phase.baselineDate, phase.judgedOn) / daysBetween(phase.baselineDate, phase.dueDate);
  // actual / expected when the target equals the actual: the most "on track" can be.
  const ceiling = a / (b + (a - b) * elapsed);
  const ratio = pace === 'on_track' ? 1 + r.uniform(0.25, 0.75) * (ceiling - 1) : targetRatio(pace, r);
  return [b, bounded(b + (a / ratio - b) / elapsed)];
}

/** A milestone's due date: passed for the slow, near for those at risk, later for the rest. */
function milestoneDue(pace: Pace, phase: Phase, early: string, late: string): string {
  if (pace === 'behind' || pace === 'stalled') return early;
  if (pace === 'at_risk') return phase.dueDate;
  return late;
}

export function targetsFor(
  edition: Edition,
  code: string,
  metric: MetricKey,
  points: readonly Point[],
  phases: readonly Phase[],
  pace: (phase: number) => Pace,
  cap: number,
  fallback: number,
  stream: (name: string) => Random,
): GeneratedTarget[] {
  const kind = metricByKey(metric).kind;
  return phases.map((phase, i) => {
    const r = stream(`${edition}:${code}:${metric}:target:${i}`);
    const p = pace(i);
    let baselineDate = phase.baselineDate;
    if (metric === 'judicial_record_applications' && i === 0 && edition === '2024') baselineDate = APPLICATIONS_BASELINE;
    if (kind === 'milestone') {
      const early = edition === '2024' ? (i === 0 ? '2024-09-30' : '2025-03-31') : '2026-06-30';
      const late = edition === '2024' ? LAST_DAY_OF_2024_MAP : '2027-06-30';
      return {
        edition, code, metric, baselineDate,
        baselineValue: valueOn(points, baselineDate) ?? 0,
        dueDate: milestoneDue(p, phase, early, late),
        targetValue: 1,
        note: TARGET_NOTE,
      };
    }
    const [baselineValue, targetValue] = linearTarget({ points, phase: { ...phase, baselineDate }, pace: p, cap, fallback, r });
    return { edition, code, metric, baselineDate, baselineValue, dueDate: phase.dueDate, targetValue, note: TARGET_NOTE };
  });
}
