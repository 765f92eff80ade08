// The illustrative dataset: deterministic (fixed seed), weekly reports of the 63 provinces
// until the merger and of the 34 after it, with illustrative targets. Pure: db/seed/seed.ts writes it.
import type { Edition } from '../editions';
import type { Point } from '../series';
import { METRICS, metricsForEdition, type MetricKey } from '../metrics';
import { generate2024, type SeriesByUnit, type Unit2024 } from './generate2024';
import { generate2025, valueOn, type Unit2025 } from './generate2025';
import { generateCommunes, type IllustrativeCommune } from './communes';
import { drawPace, type Pace } from './pace';
import { randomStream } from './random';
import { communeMetricOf } from '../rollup';
import { DATES_2025 } from './schedule';
import { provinceArrivals, type Arrival } from './timeliness';
import { PHASE_2025, PHASES_2024, targetsFor, type GeneratedTarget, type Phase } from './targets';

export const ILLUSTRATIVE_SEED = 6;

export interface GeneratedSeries {
  edition: Edition;
  code: string;
  metric: MetricKey;
  points: Point[];
}

export interface IllustrativeData {
  series: GeneratedSeries[];
  targets: GeneratedTarget[];
  /** 2025 province code -> weekly report date -> when it arrived (the rest arrive on time: onTimeAt). */
  arrivals: Map<string, Map<string, Arrival>>;
}

export interface IllustrativeUnits {
  units2024: readonly Omit<Unit2024, 'soleSuccessor'>[];
  units2025: readonly Unit2025[];
  /** The 2025 edition's communes: their figures roll up exactly to their province's. */
  communes2025?: readonly IllustrativeCommune[];
}

function flatten(edition: Edition, byUnit: SeriesByUnit, until: string): GeneratedSeries[] {
  return [...byUnit].flatMap(([code, perMetric]) =>
    Object.entries(perMetric).map(([metric, points]) => ({
      edition,
      code,
      metric: metric as MetricKey,
      points: points.filter((p) => p.date <= until),
    })),
  );
}

/**
 * `until`: the last report date to keep (today); `now`: the seed's time. The figures before the
 * last weeks never depend on them; which provinces are late or missing in the last weeks, and
 * which communes report weekly, do (lib/illustrative/timeliness.ts).
 */
export function generateIllustrativeData(input: IllustrativeUnits, until: string, now: Date = new Date(`${until}T12:00:00+07:00`)): IllustrativeData {
  const stream = (name: string) => randomStream(ILLUSTRATIVE_SEED, name);
  const predecessorCount = new Map(input.units2025.map((u) => [u.code, u.predecessors.length]));
  const units2024 = input.units2024.map((u) => ({ ...u, soleSuccessor: predecessorCount.get(u.successor) === 1 }));
  const districtsOf = new Map(units2024.map((u) => [u.code, u.districts]));

  const g24 = generate2024(units2024, stream);
  const g25 = generate2025(input.units2025, g24.series, (c) => districtsOf.get(c)!, g24.neverLive, stream);

  const drawFor = (name: string) => drawPace(stream(name));
  const targets: GeneratedTarget[] = [];
  const addTargets = (
    edition: Edition,
    units: readonly { code: string; population: number; cap: (m: MetricKey) => number }[],
    byUnit: SeriesByUnit,
    phases: readonly Phase[],
    pace: (code: string, metric: MetricKey, phase: number) => Pace,
  ) => {
    for (const metric of metricsForEdition(edition)) {
      const key = metric.key as MetricKey;
      // What a province with nothing reported yet is asked for: the national rate per person.
      const perPerson = (phase: Phase) => {
        const total = units.reduce((s, u) => s + (valueOn(byUnit.get(u.code)?.[key], phase.judgedOn) ?? 0), 0);
        return total / units.reduce((s, u) => s + u.population, 0);
      };
      for (const u of units) {
        const points = byUnit.get(u.code)?.[key] ?? [];
        targets.push(
          ...targetsFor(edition, u.code, key, points, phases, (i) => pace(u.code, key, i), u.cap(key),
            u.population * perPerson(phases[0]), stream),
        );
      }
    }
  };

  addTargets(
    '2024',
    units2024.map((u) => ({ ...u, cap: (m) => (m === 'districts_digitized' ? u.districts : Infinity) })),
    g24.series,
    PHASES_2024,
    // Phase 1 follows the pace the curve was drawn with; phase 2 draws afresh.
    (code, metric, phase) =>
      phase === 0 ? (g24.pace.get(code)?.[metric] ?? drawFor(`2024:${code}:${metric}:pace`)) : drawFor(`2024:${code}:${metric}:pace:2`),
  );
  addTargets(
    '2025',
    input.units2025.map((u) => ({ ...u, cap: (m) => (m === 'communes_digitized' ? u.communes : Infinity) })),
    g25.series,
    [PHASE_2025],
    (code, metric) => g25.pace.get(code)?.[metric] ?? drawFor(`2025:${code}:${metric}:pace`),
  );

  // A province missing a week has no figures of its own that week; figures built from its
  // communes (lib/rollup.ts) come with its communes.
  const arrivals = provinceArrivals(input.units2025.map((u) => u.code), DATES_2025.filter((d) => d <= until), now, stream);
  const missing = (code: string, date: string) => arrivals.get(code)?.get(date)?.state === 'missing';
  const provinces2025 = flatten('2025', g25.series, until).map((s) =>
    communeMetricOf(s.metric) ? s : { ...s, points: s.points.filter((p) => !missing(s.code, p.date)) });
  return {
    series: [
      ...flatten('2024', g24.series, until),
      ...provinces2025,
      ...flatten('2025', generateCommunes(input.communes2025 ?? [], g25.series, stream, until), until),
    ].filter((s) =>
      METRICS.some((m) => m.key === s.metric && (m.editions as readonly Edition[]).includes(s.edition)),
    ),
    targets,
    arrivals,
  };
}
