// The report on one date: every unit's progress on every metric, and the country's as their sum.
// Pure: db/report.ts gathers the reports and targets, lib/rollup.ts combines merged units, this
// file does the arithmetic.
import type { Edition } from './editions';
import type { Point } from './series';
import type { MetricDefinition, MetricKey } from './metrics';
import { sumPlans, type PlanAt } from './plan';
import { evaluateProgress, type MetricProgress } from './progress';
import { sumNullable, sumSeries, type UnitSeries } from './rollup';

export type UnitKind = 'city' | 'province' | 'commune' | 'ward' | 'special_zone';

export interface UnitMetricInput {
  series: UnitSeries;
  plan: PlanAt | null;
  denominator: number | null;
}

export interface ReportUnitInput {
  code: string;
  nameVi: string;
  nameAscii: string;
  kind: UnitKind;
  region: string | null;
  metrics: Partial<Record<MetricKey, UnitMetricInput>>;
}

export interface ReportInput {
  asOf: string;
  edition: Edition;
  /** The edition whose units reported on the date (2024 before 1/7/2025). */
  sourceEdition: Edition;
  /** False for the 2024 edition after 30/6/2025: its figures are never invented. */
  available: boolean;
  illustrative: boolean;
  metrics: readonly MetricDefinition[];
  units: readonly ReportUnitInput[];
  /** Codes whose sum is the "national" figure (a region or meeting group); all when absent. */
  selection?: readonly string[];
}

export interface ReportUnit {
  code: string;
  name: string;
  nameAscii: string;
  kind: UnitKind;
  region: string | null;
  metrics: Partial<Record<MetricKey, MetricProgress>>;
}

export interface Report {
  asOf: string;
  edition: Edition;
  sourceEdition: Edition;
  available: boolean;
  illustrative: boolean;
  metrics: MetricKey[];
  /** The national value of each metric (the sum of the units), null where there is none. */
  national: Partial<Record<MetricKey, number | null>>;
  nationalDetail: Partial<Record<MetricKey, MetricProgress>>;
  /** The recent reports the national figures were judged from, oldest first. */
  nationalSeries: Partial<Record<MetricKey, Point[]>>;
  units: ReportUnit[];
}

export function buildReport(input: ReportInput): Report {
  const keys = input.available ? input.metrics.map((m) => m.key as MetricKey) : [];
  const units: ReportUnit[] = input.units.map((u) => {
    const metrics: Partial<Record<MetricKey, MetricProgress>> = {};
    for (const key of keys) {
      const m = u.metrics[key];
      if (m) metrics[key] = evaluateProgress(m.series, m.plan, m.denominator, input.asOf);
    }
    return { code: u.code, name: u.nameVi, nameAscii: u.nameAscii, kind: u.kind, region: u.region, metrics };
  });

  const national: Report['national'] = {};
  const nationalDetail: Report['nationalDetail'] = {};
  const nationalSeries: Report['nationalSeries'] = {};
  const selected = input.selection ? input.units.filter((u) => input.selection!.includes(u.code)) : input.units;
  for (const key of keys) {
    const parts = selected.map((u) => u.metrics[key]).filter((m): m is UnitMetricInput => !!m);
    const series = sumSeries(parts.map((p) => p.series));
    const progress = evaluateProgress(
      series,
      sumPlans(parts.map((p) => p.plan)),
      sumNullable(parts.map((p) => p.denominator)),
      input.asOf,
    );
    national[key] = progress.value;
    nationalDetail[key] = progress;
    nationalSeries[key] = series.points;
  }

  return {
    asOf: input.asOf,
    edition: input.edition,
    sourceEdition: input.sourceEdition,
    available: input.available,
    illustrative: input.illustrative,
    metrics: keys,
    national,
    nationalDetail,
    nationalSeries,
    units,
  };
}
