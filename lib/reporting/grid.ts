// Who reported, week by week: the provinces' grid, the communes' completeness and the national
// tallies, for one metric or for a province's whole weekly report. Pure: db/reporting.ts reads
// the units, the rules and the receipts; lib/reporting/completeness.ts holds the rule.
import { dayNumber } from '../dates';
import { editionInForce, type Edition } from '../editions';
import { metricsForEdition, type MetricKey } from '../metrics';
import { communeMetricOf } from '../rollup';
import { classifyWeek, combine, tally, type Receipt, type ReportingUnit, type ReportState, type Tally, type UnitWeek } from './completeness';
import { deadlineOf, type ReportingRule } from './rules';
import type { IsoWeek } from './weeks';

export interface GridProvince extends ReportingUnit {
  edition: Edition;
  nameVi: string;
}

export interface GridCommune extends ReportingUnit {
  parentId: number;
}

/** What a week's report is made of, on an edition's map. */
export interface ReportPlan {
  /** Metrics each province reports itself. */
  direct: MetricKey[];
  /** Metrics each commune reports (its province is expected through them). */
  commune: MetricKey[];
  /** Whether a province's state is its communes' (a commune-level metric was asked for). */
  throughCommunes: boolean;
}

/**
 * The metrics due in a week of an edition: without a metric, a province's own weekly report (its
 * communes' counted apart); with a metric that rolls up from communes (or a commune metric), the
 * province through its communes. A metric not reported weekly (rules) is expected of no one.
 */
export function planOf(edition: Edition, metric: MetricKey | null, rules: ReadonlyMap<MetricKey, ReportingRule>): ReportPlan {
  const weekly = (k: MetricKey) => rules.get(k)?.weekly ?? true;
  const communeKeys = edition === '2025' ? metricsForEdition('2025', 'commune').map((m) => m.key as MetricKey) : [];
  const rolled = (k: MetricKey) => edition === '2025' && communeMetricOf(k) !== null;
  const own = metricsForEdition(edition, 'province').map((m) => m.key as MetricKey).filter((k) => !rolled(k));
  if (metric === null) return { direct: own.filter(weekly), commune: communeKeys.filter(weekly), throughCommunes: false };
  const viaCommunes = rolled(metric) ? (communeMetricOf(metric) as MetricKey) : communeKeys.includes(metric) ? metric : null;
  if (viaCommunes) return { direct: [], commune: weekly(viaCommunes) ? [viaCommunes] : [], throughCommunes: true };
  return { direct: own.includes(metric) && weekly(metric) ? [metric] : [], commune: [], throughCommunes: false };
}

export interface GridCell {
  /** null: not expected that week (not in force, or nothing due). */
  state: ReportState | null;
  receivedAt: string | null;
  /** The province's communes that week (the 34-province map). */
  communes: Tally | null;
}

export interface GridWeek {
  week: IsoWeek;
  edition: Edition;
  /** The latest deadline of the metrics due (ISO instant); null when nothing is due. */
  deadline: string | null;
  provinces: Tally;
  communes: Tally | null;
}

export interface GridRow {
  id: number;
  code: string;
  nameVi: string;
  cells: GridCell[];
}

export interface ReportingGrid {
  metric: MetricKey | null;
  weeks: GridWeek[];
  /** The provinces of the last week's map; in a week of the other map, a 2025 province stands for its predecessors. */
  rows: GridRow[];
}

export interface GridInput {
  weeks: readonly IsoWeek[];
  metric: MetricKey | null;
  rules: ReadonlyMap<MetricKey, ReportingRule>;
  /** Provinces of both editions; a 2025 one lists its predecessors. */
  provinces: readonly GridProvince[];
  communes: readonly GridCommune[];
  /** metric -> its receipts over the weeks (provinces' and communes'). */
  receipts: ReadonlyMap<MetricKey, readonly Receipt[]>;
}

/** Receipts bucketed by week index (weeks consecutive, oldest first). */
function byWeek(weeks: readonly IsoWeek[], receipts: readonly Receipt[]): Receipt[][] {
  const buckets: Receipt[][] = weeks.map(() => []);
  if (weeks.length === 0) return buckets;
  const first = dayNumber(weeks[0].monday);
  for (const r of receipts) {
    const i = Math.floor((dayNumber(r.reportDate) - first) / 7);
    if (i >= 0 && i < weeks.length) buckets[i].push(r);
  }
  return buckets;
}

export function buildGrid(input: GridInput): ReportingGrid {
  const { weeks } = input;
  const bucketed = new Map([...input.receipts].map(([k, list]) => [k, byWeek(weeks, list)]));
  const lastEdition = weeks.length > 0 ? editionInForce(weeks[weeks.length - 1].sunday) : '2025';
  const rowUnits = input.provinces.filter((p) => p.edition === lastEdition);
  const cellsByRow = new Map(rowUnits.map((u) => [u.id, [] as GridCell[]]));
  const gridWeeks: GridWeek[] = weeks.map((week, w) => {
    const edition = editionInForce(week.sunday);
    const plan = planOf(edition, input.metric, input.rules);
    const deadlines: string[] = [];
    const states = (units: readonly ReportingUnit[], metric: MetricKey): UnitWeek[] => {
      const deadline = deadlineOf(week, input.rules.get(metric)!);
      deadlines.push(deadline);
      return classifyWeek(units, week, bucketed.get(metric)?.[w] ?? [], deadline);
    };
    const provinces = input.provinces.filter((p) => p.edition === edition);
    // Each province's own metrics, combined into its weekly report.
    const own = new Map<number, UnitWeek[]>();
    const add = (map: Map<number, UnitWeek[]>, key: number, s: UnitWeek) => {
      const list = map.get(key);
      if (list) list.push(s);
      else map.set(key, [s]);
    };
    for (const metric of plan.direct) for (const s of states(provinces, metric)) add(own, s.unitId, s);
    // Each commune's metrics, combined; then per province.
    const communeOf = new Map<number, UnitWeek[]>();
    const communes = edition === '2025' ? input.communes : [];
    for (const metric of plan.commune) for (const s of states(communes, metric)) add(communeOf, s.unitId, s);
    const communeStates = new Map<number, UnitWeek[]>();
    const parentOf = new Map(communes.map((c) => [c.id, c.parentId]));
    for (const [id, parts] of communeOf) {
      const c = parts.length === 1 ? parts[0] : { unitId: id, code: '', ...combine(parts)! };
      add(communeStates, parentOf.get(id)!, c);
    }
    const cellOf = new Map<number, GridCell>();
    for (const p of provinces) {
      const communeTally = communeStates.has(p.id) ? tally(communeStates.get(p.id)!) : null;
      const mine = plan.throughCommunes ? combine(communeStates.get(p.id) ?? []) : combine(own.get(p.id) ?? []);
      cellOf.set(p.id, { state: mine?.state ?? null, receivedAt: mine?.receivedAt ?? null, communes: communeTally });
    }
    for (const u of rowUnits) {
      let cell = cellOf.get(u.id);
      if (!cell) {
        // A week of the other map: the province as its predecessors (or the one it became).
        const parts = (u.predecessorIds ?? []).map((id) => cellOf.get(id)).filter((c): c is GridCell => !!c && c.state !== null);
        const c = combine(parts.map((p) => ({ state: p.state!, receivedAt: p.receivedAt })));
        cell = { state: c?.state ?? null, receivedAt: c?.receivedAt ?? null, communes: null };
      }
      cellsByRow.get(u.id)!.push(cell);
    }
    const provinceStates = [...cellOf.values()].filter((c) => c.state !== null).map((c) => ({ state: c.state! }));
    const allCommunes = [...communeStates.values()].flat();
    return {
      week,
      edition,
      deadline: deadlines.length > 0 ? deadlines.reduce((a, b) => (a > b ? a : b)) : null,
      provinces: tally(provinceStates),
      communes: edition === '2025' && plan.commune.length > 0 ? tally(allCommunes) : null,
    };
  });
  return {
    metric: input.metric,
    weeks: gridWeeks,
    rows: rowUnits.map((u) => ({ id: u.id, code: u.code, nameVi: u.nameVi, cells: cellsByRow.get(u.id)! })),
  };
}
