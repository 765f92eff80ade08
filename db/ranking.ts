// Every unit on one metric, best first: the overview's ranking.
import type { Store } from './store/types';
import { resolveQuery, unitInputs, type ReportQuery } from './report';
import type { Edition } from '@/lib/editions';
import type { MetricKey } from '@/lib/metrics';
import { evaluateProgress, type MetricProgress } from '@/lib/progress';
import type { UnitMetricInput } from '@/lib/report';

export interface RankingRow {
  code: string;
  name: string;
  progress: MetricProgress;
}

export interface Ranking {
  asOf: string;
  edition: Edition;
  metric: MetricKey;
  available: boolean;
  rows: RankingRow[];
}

/**
 * Every unit on one metric, best first by % of target (units without data last). Only the
 * two latest reports are read: enough for value and change; no forecast in a ranking.
 */
export function getRanking(store: Store, query: ReportQuery & { metric: MetricKey }): Ranking {
  const r = resolveQuery(store, { ...query, metrics: [query.metric] });
  const { units, inputs } = unitInputs(store, r, 2);
  const rows = inputs.map((input, i) => {
    const m = input.metrics[query.metric] as UnitMetricInput | undefined;
    return {
      code: units[i].code,
      name: units[i].nameVi,
      progress: m ? evaluateProgress(m.series, m.plan, m.denominator, r.asOf, { forecast: false }) : null,
    };
  });
  const score = (p: MetricProgress | null) => p?.pctOfTarget ?? -1;
  return {
    asOf: r.asOf,
    edition: r.edition,
    metric: query.metric,
    available: r.available && r.metrics.length > 0,
    rows: rows
      .filter((row): row is RankingRow => row.progress !== null)
      .sort((a, b) => score(b.progress) - score(a.progress) || a.code.localeCompare(b.code)),
  };
}
