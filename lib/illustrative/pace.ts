// How fast an illustrative province moves on a metric. The mix is chosen so that every status
// (done, on track, at risk, behind, and a few stalled provinces) shows on the dashboard.
import type { Random } from './random';

export type Pace = 'fast' | 'on_track' | 'at_risk' | 'behind' | 'stalled';

export const PACE_MIX: Record<Pace, number> = {
  fast: 0.2,
  on_track: 0.33,
  at_risk: 0.2,
  behind: 0.17,
  stalled: 0.1,
};

/** Growth-curve exponent: fast provinces start early, slow ones back-load their work. */
export const CURVE_EXPONENT: Record<Pace, number> = {
  fast: 0.8,
  on_track: 1,
  at_risk: 1.2,
  behind: 1.45,
  stalled: 1,
};

/** After the merger: the new province's weekly pace relative to its predecessors'. */
export const PACE_MULTIPLIER: Record<Pace, number> = {
  fast: 1.5,
  on_track: 1.15,
  at_risk: 0.85,
  behind: 0.55,
  stalled: 0.7,
};

/**
 * Where the illustrative target is set for a province at risk or behind: its actual value over
 * the expected one on the day the target is judged ([0.85, 1) is at risk, below it behind).
 */
export function targetRatio(pace: 'at_risk' | 'behind' | 'stalled', r: Random): number {
  switch (pace) {
    case 'at_risk':
      return r.uniform(0.89, 0.95);
    case 'behind':
      return r.uniform(0.55, 0.78);
    case 'stalled':
      return r.uniform(0.6, 0.8);
  }
}

export function drawPace(r: Random): Pace {
  return r.weighted(PACE_MIX);
}
