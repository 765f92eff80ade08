// Adding units up: a 2025 unit before 1/7/2025 is the sum of its predecessors, and the country
// is the sum of its units. Numerators and denominators are summed; percentages never averaged.
import { MERGER_DATE } from './editions';
import type { Point } from './forecast';

/** The reports of one unit for one metric, ascending, all on or before the report date. */
export interface UnitSeries {
  points: Point[];
  /**
   * True when `points` holds every report on or before the report date. Windows fetched with
   * a limit are incomplete once the limit is hit; a sum is only known from where every
   * incomplete window has started.
   */
  complete: boolean;
}

export const EMPTY_SERIES: UnitSeries = { points: [], complete: true };

/**
 * The sum of several units' series on every report date any of them has. On each date each unit
 * contributes its latest report on or before it (a unit reporting less often still counts);
 * a unit with no report yet contributes nothing. Dates before the start of an incomplete window
 * are left out, since that unit's value there is not known.
 */
export function sumSeries(list: readonly UnitSeries[]): UnitSeries {
  if (list.length === 1) return list[0];
  let from = '';
  for (const s of list) {
    if (!s.complete && s.points.length > 0 && s.points[0].date > from) from = s.points[0].date;
  }
  const dates = [...new Set(list.flatMap((s) => s.points.map((p) => p.date)))]
    .filter((d) => d >= from)
    .sort();
  const cursors = list.map(() => -1);
  const points: Point[] = [];
  for (const date of dates) {
    let sum = 0;
    list.forEach((s, i) => {
      while (cursors[i] + 1 < s.points.length && s.points[cursors[i] + 1].date <= date) cursors[i]++;
      if (cursors[i] >= 0) sum += s.points[cursors[i]].value;
    });
    points.push({ date, value: sum });
  }
  return { points, complete: list.every((s) => s.complete) };
}

/**
 * A 2025 unit's series continued back across the merger: its predecessors' sum before
 * 1/7/2025, then its own reports. `limit` keeps the latest reports only.
 */
export function acrossMerger(predecessorsSum: UnitSeries, own: UnitSeries, limit = Infinity): UnitSeries {
  if (!own.complete) return own; // the window is full of the unit's own reports already
  const before = predecessorsSum.points.filter((p) => p.date < MERGER_DATE);
  const points = [...before, ...own.points];
  const kept = points.slice(-limit);
  return { points: kept, complete: predecessorsSum.complete && kept.length === points.length };
}

export function sumNullable(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0);
}

/**
 * A milestone of a merged unit before the merger: reached once every one of its `count`
 * predecessors had reached it (1), else 0. So the 2025 edition counts its own 34 units on both
 * sides of 1/7/2025, and its trend runs on without a jump.
 */
export function allReached(sum: UnitSeries, count: number): UnitSeries {
  return { ...sum, points: sum.points.map((p) => ({ date: p.date, value: p.value >= count ? 1 : 0 })) };
}
