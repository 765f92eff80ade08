// The 63 provinces, weekly from January 2023 to June 2025, calibrated so that the national
// totals on 13/11/2024 are exactly the public figures.
import { dayNumber } from '../dates';
import type { Point } from '../series';
import type { MetricKey } from '../metrics';
import { apportion } from './apportion';
import {
  CALIBRATION_DATE,
  JUDICIAL_LIVE_EARLY,
  LAND_PARCELS_ON_CALIBRATION_DATE,
  PUBLIC_FIGURES,
} from './calibration';
import { CURVE_EXPONENT, drawPace, type Pace } from './pace';
import type { Random } from './random';
import { DATES_2024, FIRST_REPORT, LAST_2024_REPORT, weekly } from './schedule';

export interface Unit2024 {
  code: string;
  kind: 'city' | 'province';
  population: number;
  districts: number;
  /** Code of the 2025 unit it became. */
  successor: string;
  /** Whether that 2025 unit has this one as its only predecessor. */
  soleSuccessor: boolean;
}

export type SeriesByUnit = Map<string, Partial<Record<MetricKey, Point[]>>>;

export interface Generated2024 {
  series: SeriesByUnit;
  /** The pace each province's curve was drawn with (its targets follow it). */
  pace: Map<string, Partial<Record<MetricKey, Pace>>>;
  /** Provinces that never issue judicial-record certificates on VNeID before the merger. */
  neverLive: string[];
}

const D = dayNumber(CALIBRATION_DATE);
const FIRST = dayNumber(FIRST_REPORT);
/** The two localities of the judicial-record pilot on VNeID (illustrative choice). */
const PILOTS = ['01', '46'];
const PILOT_START = '2024-04-03';

interface Curve {
  code: string;
  /** Report dates (a province reports from its start onwards). */
  dates: string[];
  /** The uncalibrated level on a day number; non-decreasing. */
  f: (day: number) => number;
  cap?: number;
}

/**
 * Scales the curves so that they add up to `total` on the calibration date, to the unit, and
 * turns them into whole, non-decreasing weekly values.
 */
function calibrate(curves: readonly Curve[], total: number): Map<string, Point[]> {
  const { parts, scale } = apportion(
    curves.map((c) => c.f(D)),
    total,
    curves.map((c) => c.cap ?? Infinity),
  );
  const result = new Map<string, Point[]>();
  curves.forEach((c, i) => {
    const atD = parts[i];
    const level = (day: number) => Math.floor(Math.min(c.cap ?? Infinity, scale * c.f(day)));
    result.set(
      c.code,
      c.dates.map((date) => {
        const day = dayNumber(date);
        const value = day < D ? Math.min(atD, level(day)) : day === D ? atD : Math.max(atD, level(day));
        return { date, value };
      }),
    );
  });
  return result;
}

/** Where a curve stands, 0 at its start and 1 on the calibration date (beyond 1 after it). */
function progress(day: number, start: number, stallDay: number | null): number {
  const t = stallDay === null ? day : Math.min(day, stallDay);
  return Math.max(0, (t - start) / (D - start));
}

function stallDayFor(pace: Pace, r: Random): number | null {
  return pace === 'stalled' ? D - 7 * r.int(4, 20) : null;
}

function rank<T>(items: readonly T[], score: (item: T) => number): T[] {
  return [...items].sort((a, b) => score(b) - score(a));
}

const pickWeek = (r: Random, from: string, to: string) => r.pick(weekly(from, to));

function milestoneSeries(date: string | null): Point[] {
  return DATES_2024.map((d) => ({ date: d, value: date !== null && d >= date ? 1 : 0 }));
}

export function generate2024(units: readonly Unit2024[], stream: (name: string) => Random): Generated2024 {
  const pace = new Map<string, Partial<Record<MetricKey, Pace>>>();
  const paceOf = (code: string, metric: MetricKey): Pace => {
    const own = pace.get(code) ?? {};
    own[metric] ??= drawPace(stream(`2024:${code}:${metric}:pace`));
    pace.set(code, own);
    return own[metric];
  };
  const capacity = new Map(
    units.map((u) => [u.code, Math.exp(0.35 * stream(`${u.code}:capacity`).normal()) * (u.kind === 'city' ? 1.3 : 1)]),
  );
  const cap = (code: string) => capacity.get(code)!;

  // Judicial-record certificates on VNeID: 2 pilots, 45 more by 13/11/2024, the rest later,
  // and three provinces that never start before the merger.
  const others = units.filter((u) => !PILOTS.includes(u.code));
  const byReadiness = rank(others, (u) => cap(u.code) * Math.exp(0.3 * stream(`${u.code}:judicial:rank`).normal()));
  const neverLive = byReadiness.filter((u) => u.soleSuccessor).slice(-3).map((u) => u.code);
  const ready = byReadiness.filter((u) => !neverLive.includes(u.code));
  const liveDate = new Map<string, string | null>(PILOTS.map((c) => [c, PILOT_START]));
  const lateStarters = PUBLIC_FIGURES.judicial_record_live - JUDICIAL_LIVE_EARLY.value;
  ready.forEach((u, i) => {
    const r = stream(`${u.code}:judicial:live`);
    liveDate.set(u.code, i < lateStarters ? pickWeek(r, '2024-10-09', CALIBRATION_DATE) : pickWeek(r, '2024-11-20', '2025-06-18'));
  });
  for (const code of neverLive) liveDate.set(code, null);

  // Civil-status digitization completed: 15 provinces by 13/11/2024, 25 more before the merger.
  const civilOrder = rank(units, (u) => cap(u.code) * Math.exp(0.5 * stream(`${u.code}:civil:rank`).normal()));
  const civilDate = new Map<string, string | null>();
  civilOrder.forEach((u, i) => {
    const r = stream(`${u.code}:civil:date`);
    const done = PUBLIC_FIGURES.civil_status_digitized;
    civilDate.set(u.code, i < done ? pickWeek(r, '2023-08-02', CALIBRATION_DATE) : i < done + 25 ? pickWeek(r, '2024-11-20', LAST_2024_REPORT) : null);
  });

  const health = calibrate(
    units.map((u) => {
      const r = stream(`${u.code}:health`);
      const p = paceOf(u.code, 'health_book_records');
      const startDate = pickWeek(r, FIRST_REPORT, u.kind === 'city' ? '2023-02-01' : '2023-07-05');
      const start = dayNumber(startDate);
      const stall = stallDayFor(p, r);
      // Hà Nội led: 1,994,045 records on 9/4/2024 (public figure, used for plausibility only).
      const weight = u.population * cap(u.code) * (u.code === '01' ? 2.4 : 1);
      return {
        code: u.code,
        dates: DATES_2024.filter((d) => d >= startDate),
        f: (day: number) => (day < start ? 0 : weight * progress(day, start, stall) ** CURVE_EXPONENT[p]),
      };
    }),
    PUBLIC_FIGURES.health_book_records,
  );

  const applications = calibrate(
    units.flatMap((u) => {
      const live = liveDate.get(u.code);
      if (!live) return [];
      const r = stream(`${u.code}:applications`);
      const start = dayNumber(live);
      const stall = stallDayFor(paceOf(u.code, 'judicial_record_applications'), r);
      const rate = u.population * cap(u.code) * (PILOTS.includes(u.code) ? 1.5 : 1);
      return [{
        code: u.code,
        dates: DATES_2024.filter((d) => d >= live),
        f: (day: number) => {
          const t = stall === null ? day : Math.max(start, Math.min(day, stall));
          return day < start ? 0 : rate * ((t - start) / 7 + 1) ** 1.15;
        },
      }];
    }),
    PUBLIC_FIGURES.judicial_record_applications,
  );

  const land = calibrate(
    units.map((u) => {
      const r = stream(`${u.code}:land`);
      const p = paceOf(u.code, 'land_parcels_digitized');
      const base = r.uniform(0.3, 0.55);
      const stall = stallDayFor(p, r);
      // Rural provinces have more parcels per person than the centrally-run cities.
      const weight = u.population ** 0.85 * (u.kind === 'city' ? 0.6 : 1.3) * Math.sqrt(cap(u.code));
      return {
        code: u.code,
        dates: DATES_2024,
        f: (day: number) => weight * (base + (1 - base) * progress(day, FIRST, stall) ** CURVE_EXPONENT[p]),
      };
    }),
    LAND_PARCELS_ON_CALIBRATION_DATE,
  );

  const shareOnD: Record<Pace, [number, number]> = {
    fast: [0.9, 1],
    on_track: [0.7, 0.88],
    at_risk: [0.5, 0.68],
    behind: [0.25, 0.45],
    stalled: [0.15, 0.35],
  };
  const districts = calibrate(
    units.map((u) => {
      const r = stream(`${u.code}:districts`);
      const p = paceOf(u.code, 'districts_digitized');
      const onD = r.uniform(...shareOnD[p]);
      const base = onD * r.uniform(0.05, 0.3);
      const stall = stallDayFor(p, r);
      return {
        code: u.code,
        dates: DATES_2024,
        cap: u.districts,
        f: (day: number) => u.districts * (base + (onD - base) * progress(day, FIRST, stall)),
      };
    }),
    PUBLIC_FIGURES.districts_digitized,
  );

  const series: SeriesByUnit = new Map();
  for (const u of units) {
    series.set(u.code, {
      health_book_records: health.get(u.code)!,
      judicial_record_applications: applications.get(u.code) ?? [],
      judicial_record_live: milestoneSeries(liveDate.get(u.code) ?? null),
      districts_digitized: districts.get(u.code)!,
      land_parcels_digitized: land.get(u.code)!,
      civil_status_digitized: milestoneSeries(civilDate.get(u.code) ?? null),
    });
  }
  return { series, pace, neverLive };
}
