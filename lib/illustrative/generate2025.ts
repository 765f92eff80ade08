// The 34 provinces from 1/7/2025: each opens with its predecessors' totals of their last
// report (so every trend runs on without a jump), then moves at its own pace.
import type { Point } from '../series';
import type { MetricKey } from '../metrics';
import type { SeriesByUnit } from './generate2024';
import { drawPace, PACE_MULTIPLIER, type Pace } from './pace';
import type { Random } from './random';
import { DATES_2025, LAST_2024_REPORT, weeksBetween } from './schedule';

export interface Unit2025 {
  code: string;
  population: number;
  communes: number;
  predecessors: string[];
}

export interface Generated2025 {
  series: SeriesByUnit;
  pace: Map<string, Partial<Record<MetricKey, Pace>>>;
}

/** The value of a series on its latest report on or before a date. */
export function valueOn(points: readonly Point[] | undefined, date: string): number | null {
  let value: number | null = null;
  for (const p of points ?? []) if (p.date <= date) value = p.value;
  return value;
}

const CUMULATIVE = ['health_book_records', 'judicial_record_applications', 'land_parcels_digitized'] as const;
const MILESTONES = ['judicial_record_live', 'civil_status_digitized'] as const;
/** The weekly pace carried over the merger is the one of the last eight weeks before it. */
const PACE_FROM = '2025-04-30';

export function generate2025(
  units: readonly Unit2025[],
  before: SeriesByUnit,
  districtsOf: (code2024: string) => number,
  neverLive: readonly string[],
  stream: (name: string) => Random,
): Generated2025 {
  const pace = new Map<string, Partial<Record<MetricKey, Pace>>>();
  const series: SeriesByUnit = new Map();
  const weeks = DATES_2025.map((d) => weeksBetween(DATES_2025[0], d));
  // A province that never issued certificates before the merger and still does not.
  const staysDark = units.find((u) => u.predecessors.every((c) => neverLive.includes(c)))?.code;

  // Per-person weekly pace of judicial-record applications just before the merger, for new
  // provinces that start issuing certificates only afterwards.
  const applicationsPerPerson = (() => {
    let pace = 0;
    let people = 0;
    for (const u of units) {
      for (const code of u.predecessors) {
        const points = before.get(code)?.judicial_record_applications;
        const now = valueOn(points, LAST_2024_REPORT);
        const then = valueOn(points, PACE_FROM);
        if (now !== null && then !== null) pace += (now - then) / 8;
      }
      people += u.population;
    }
    return pace / people;
  })();

  for (const u of units) {
    const own: Partial<Record<MetricKey, Point[]>> = {};
    const paces: Partial<Record<MetricKey, Pace>> = {};
    const sum = (metric: MetricKey, date: string): number | null => {
      const values = u.predecessors.map((c) => valueOn(before.get(c)?.[metric], date));
      return values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
    };

    const milestoneWeek: Partial<Record<MetricKey, number>> = {};
    for (const metric of MILESTONES) {
      const r = stream(`2025:${u.code}:${metric}`);
      const p = (paces[metric] = drawPace(stream(`2025:${u.code}:${metric}:pace`)));
      // A merged province counts as reached once every one of its predecessors had.
      const reached = sum(metric, LAST_2024_REPORT) === u.predecessors.length;
      const dark = metric === 'judicial_record_live' && u.code === staysDark;
      const week = reached ? 0 : dark || p === 'stalled' ? Infinity : r.int(2, p === 'behind' ? 90 : 60);
      milestoneWeek[metric] = week;
      own[metric] = DATES_2025.map((date, i) => ({ date, value: i >= week ? 1 : 0 }));
    }

    for (const metric of CUMULATIVE) {
      const r = stream(`2025:${u.code}:${metric}`);
      const p = (paces[metric] = drawPace(stream(`2025:${u.code}:${metric}:pace`)));
      const handover = sum(metric, LAST_2024_REPORT);
      let weekly = handover === null ? 0 : (handover - (sum(metric, PACE_FROM) ?? 0)) / 8;
      let start = 0;
      if (handover === null) {
        // Applications start when the province starts issuing certificates, if it ever does.
        start = metric === 'judicial_record_applications' ? milestoneWeek.judicial_record_live! : Infinity;
        if (!Number.isFinite(start)) {
          own[metric] = [];
          continue;
        }
        weekly = applicationsPerPerson * u.population;
      }
      const stallWeek = p === 'stalled' ? r.int(8, 40) : Infinity;
      let level = handover ?? 0;
      const points: Point[] = [];
      DATES_2025.forEach((date, i) => {
        if (i < start) return;
        if (i > start && i <= stallWeek) {
          const noise = Math.max(0, 1 + 0.2 * r.normal());
          level += weekly * PACE_MULTIPLIER[p] * (1 + 0.004 * weeks[i]) * noise;
        }
        points.push({ date, value: Math.floor(level) });
      });
      own[metric] = points;
    }

    {
      const metric = 'communes_digitized';
      const r = stream(`2025:${u.code}:${metric}`);
      const p = (paces[metric] = drawPace(stream(`2025:${u.code}:${metric}:pace`)));
      const digitized = sum('districts_digitized', LAST_2024_REPORT) ?? 0;
      const districts = u.predecessors.reduce((s, c) => s + districtsOf(c), 0);
      const share = digitized / districts;
      const speed = { fast: 0.06, on_track: 0.035, at_risk: 0.02, behind: 0.008, stalled: 0.02 }[p];
      const stallWeek = p === 'stalled' ? r.int(6, 30) : Infinity;
      own[metric] = DATES_2025.map((date, i) => ({
        date,
        value: Math.floor(u.communes * (1 - (1 - share) * Math.exp(-speed * Math.min(weeks[i], stallWeek)))),
      }));
    }

    series.set(u.code, own);
    pace.set(u.code, paces);
  }
  return { series, pace };
}
