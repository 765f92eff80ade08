// Illustrative commune figures (2025 edition), drawn from the province series so that on every
// report date since 1/7/2025 the roll-up of a province's communes (lib/rollup.ts) is exactly its
// communes_digitized and land_parcels_digitized: the province figures, and so the national
// ones, are those of the province generator, unchanged.
import { addDays } from '../dates';
import type { Point } from '../series';
import type { MetricKey } from '../metrics';
import { apportion } from './apportion';
import type { SeriesByUnit } from './generate2024';
import type { Random } from './random';

export interface IllustrativeCommune {
  code: string;
  province: string;
}

/** Communes report their parcels in turn: each every ROTATION-th week, all on the first date. */
export const ROTATION = 4;
/** In the last WEEKLY_WEEKS weeks before `until` every commune reports every week ... */
export const WEEKLY_WEEKS = 13;
/** ... except, in INCOMPLETE_PROVINCES provinces, some communes some weeks (their share goes to the others). */
export const INCOMPLETE_PROVINCES = 3;
const P_COMMUNE_MISSING = 0.12;

/**
 * commune code -> its land_data_digitized (0 or 1 on the first date, then 1 on the date it is
 * reached) and land_parcels_digitized (its running count, on the first date and every
 * ROTATION-th report date after).
 */
export function generateCommunes(
  communes: readonly IllustrativeCommune[],
  provinces: SeriesByUnit,
  stream: (name: string) => Random,
  until?: string,
): SeriesByUnit {
  const result: SeriesByUnit = new Map();
  const byProvince = new Map<string, string[]>();
  for (const c of communes) byProvince.set(c.province, [...(byProvince.get(c.province) ?? []), c.code]);
  const pick = stream('communes:incomplete');
  const incomplete = new Set([...byProvince.keys()].sort().map((code) => ({ code, key: pick.next() })).sort((a, b) => a.key - b.key)
    .slice(0, INCOMPLETE_PROVINCES).map((x) => x.code));
  const weeklyFrom = until ? addDays(until, -7 * WEEKLY_WEEKS) : null;
  for (const [province, codes] of byProvince) {
    codes.sort();
    const own = new Map(codes.map((c) => [c, {} as Partial<Record<MetricKey, Point[]>>]));
    const series = provinces.get(province) ?? {};
    landData(codes, series.communes_digitized ?? [], stream(`communes:${province}:land_data`), own);
    const gaps = incomplete.has(province) ? stream(`communes:${province}:gaps`) : null;
    const reports = (k: number, date: string): number[] => {
      if (weeklyFrom === null || date <= weeklyFrom) return codes.map((_, i) => i).filter((i) => i % ROTATION === k % ROTATION);
      const all = codes.map((_, i) => i);
      if (!gaps) return all;
      const some = all.filter(() => gaps.next() >= P_COMMUNE_MISSING);
      return some.length > 0 ? some : all;
    };
    parcels(codes, series.land_parcels_digitized ?? [], stream(`communes:${province}:parcels`), own, reports);
    for (const [code, perMetric] of own) result.set(code, perMetric);
  }
  return result;
}

/** Communes reach the milestone in a drawn order, as many by each date as the province counts. */
function landData(codes: readonly string[], counts: readonly Point[], r: Random, own: Map<string, Partial<Record<MetricKey, Point[]>>>): void {
  if (counts.length === 0) return;
  const order = codes.map((code) => ({ code, key: r.next() })).sort((a, b) => a.key - b.key).map((x) => x.code);
  const points = (code: string) => (own.get(code)!.land_data_digitized ??= []);
  const first = counts[0];
  order.forEach((code, rank) => points(code).push({ date: first.date, value: rank < first.value ? 1 : 0 }));
  let reached = first.value;
  for (const { date, value } of counts.slice(1)) {
    if (value < reached || value > codes.length) throw new RangeError(`communes_digitized ${value} on ${date} cannot be rolled up`);
    for (; reached < value; reached++) points(order[reached]).push({ date, value: 1 });
  }
}

/** Each date's new parcels are shared among the communes reporting that week. */
function parcels(
  codes: readonly string[],
  totals: readonly Point[],
  r: Random,
  own: Map<string, Partial<Record<MetricKey, Point[]>>>,
  reports: (k: number, date: string) => number[],
): void {
  if (totals.length === 0) return;
  const weight = codes.map(() => r.uniform(0.4, 1.6));
  const level = apportion(weight, totals[0].value).parts;
  codes.forEach((code, i) => ((own.get(code)!.land_parcels_digitized ??= []).push({ date: totals[0].date, value: level[i] })));
  for (let k = 1; k < totals.length; k++) {
    const added = totals[k].value - totals[k - 1].value;
    if (added < 0) throw new RangeError(`land_parcels_digitized falls on ${totals[k].date}: cannot be rolled up`);
    const reporting = reports(k, totals[k].date);
    const parts = apportion(reporting.map((i) => weight[i]), added).parts;
    reporting.forEach((i, j) => {
      level[i] += parts[j];
      own.get(codes[i])!.land_parcels_digitized!.push({ date: totals[k].date, value: level[i] });
    });
  }
}
