// Who has reported: the reads behind lib/reporting (units with their validity, the per-metric
// deadlines, and each figure's first receipt: the time of the batch that first wrote it), and
// the administrators' setting of a metric's deadline. Rows only; lib/reporting decides.
import { asc, eq } from 'drizzle-orm';
import { bumpDataVersion, cached } from './store/cache';
import type { Store } from './store/types';
import { durableWrite } from './store/durable';
import { prepared } from './store/prepared';
import { metrics, reportingRules } from './schema';
import { listUnits, predecessorsByUnit, type UnitRow } from './units';
import { communesOf } from './communes';
import { EDITION_INFO, editionInForce, type Edition } from '@/lib/editions';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { classifyWeek, combine, type Receipt, type ReportState, type Tally, type UnitWeek } from '@/lib/reporting/completeness';
import { buildGrid, planOf, type GridCommune, type GridProvince, type ReportingGrid } from '@/lib/reporting/grid';
import { deadlineOf, rulesOf, type ReportingRule } from '@/lib/reporting/rules';
import { weeksEndingWith, type IsoWeek } from '@/lib/reporting/weeks';

/** Every metric's reporting rule: the administrators' settings over the defaults. */
export function getReportingRules(store: Store): Map<MetricKey, ReportingRule> {
  return cached(store, 'reporting:rules', () => {
    const rows = store.db
      .select({ key: metrics.key, deadlineDays: reportingRules.deadlineDays, deadlineTime: reportingRules.deadlineTime, weekly: reportingRules.weekly })
      .from(reportingRules).innerJoin(metrics, eq(metrics.id, reportingRules.metricId)).orderBy(asc(metrics.sortOrder)).all();
    return rulesOf(new Map(rows.map(({ key, ...rule }) => [key, rule])));
  });
}

/** An administrator's setting of a metric's deadline (checked by lib/reporting/rules.ts readRule first). */
export function setReportingRule(store: Store, metric: MetricKey, rule: ReportingRule, actor: string, now = new Date()): void {
  const values = { ...rule, updatedAt: now.toISOString(), updatedBy: actor };
  durableWrite(store, () => {
    store.db.insert(reportingRules).values({ metricId: metricByKey(metric).id, ...values })
      .onConflictDoUpdate({ target: reportingRules.metricId, set: values }).run();
    bumpDataVersion(store);
  });
}

const validity = (edition: Edition) => ({ validFrom: EDITION_INFO[edition].validFrom, validTo: EDITION_INFO[edition].validTo });

/** Provinces of both maps (a 2025 one with its predecessors) and the 2025 communes, as lib/reporting reads them. */
export function reportingUnits(store: Store): { provinces: GridProvince[]; communes: GridCommune[] } {
  return cached(store, 'reporting:units', () => {
    const predecessors = predecessorsByUnit(store);
    const province = (u: UnitRow): GridProvince => ({
      id: u.id, code: u.code, nameVi: u.nameVi, edition: u.edition, ...validity(u.edition),
      predecessorIds: (predecessors.get(u.id) ?? []).map((p) => p.id),
    });
    return {
      provinces: [...listUnits(store, '2024'), ...listUnits(store, '2025')].map(province),
      communes: listUnits(store, '2025', 'commune').map((c) => ({ id: c.id, code: c.code, parentId: c.parentId!, ...validity('2025') })),
    };
  });
}

/**
 * The figures of a metric dated from `from` to `to` of every unit of a level, each with the time
 * it was first received: one index seek per unit (observations_unit_metric_date), and the batch
 * by its key.
 */
export function readReceipts(store: Store, level: 'province' | 'commune', metric: MetricKey, from: string, to: string): Receipt[] {
  // Raw SQL: CROSS JOIN pins the units as the outer loop (one range seek per unit); without it SQLite may scan every report.
  const statement = prepared(store, 'reportingReceipts', () => store.sqlite.prepare(
    `SELECT o.unit_id, o.report_date, b.created_at FROM units u
     CROSS JOIN observations o ON o.unit_id = u.id AND o.metric_id = :metric AND o.report_date BETWEEN :from AND :to
     JOIN batches b ON b.id = COALESCE(o.first_batch_id, o.batch_id)
     WHERE u.level = :level`).raw());
  const rows = statement.all({ metric: metricByKey(metric).id, from, to, level }) as [number, string, string][];
  return rows.map(([unitId, reportDate, receivedAt]) => ({ unitId, reportDate, receivedAt }));
}

/** The grid of `count` weeks ending with `last`, for one metric or the weekly report as a whole; once per data version. */
export function getReportingGrid(store: Store, last: IsoWeek, count: number, metric: MetricKey | null): ReportingGrid {
  return cached(store, JSON.stringify(['reporting:grid', last.key, count, metric]), () => readReportingGrid(store, last, count, metric));
}

/** getReportingGrid read from the store each time (scripts/bench-reporting.ts times it). */
export function readReportingGrid(store: Store, last: IsoWeek, count: number, metric: MetricKey | null): ReportingGrid {
  const weeks = weeksEndingWith(last, count);
  const rules = getReportingRules(store);
  const { provinces, communes } = reportingUnits(store);
  const [from, to] = [weeks[0].monday, weeks[weeks.length - 1].sunday];
  const due = { province: new Set<MetricKey>(), commune: new Set<MetricKey>() };
  for (const edition of new Set(weeks.map((w) => editionInForce(w.sunday)))) {
    const plan = planOf(edition, metric, rules);
    for (const k of plan.direct) due.province.add(k);
    for (const k of plan.commune) due.commune.add(k);
  }
  const receipts = new Map<MetricKey, Receipt[]>();
  for (const level of ['province', 'commune'] as const) {
    for (const k of due[level]) receipts.set(k, [...(receipts.get(k) ?? []), ...readReceipts(store, level, k, from, to)]);
  }
  return buildGrid({ weeks, metric, rules, provinces, communes, receipts });
}

/**
 * Each unit's latest figure dated on or before `upTo` for the metrics (itself or the units it was
 * made of): what the missing list shows as "last report".
 */
export function lastReportDates(store: Store, units: readonly { id: number; predecessorIds?: readonly number[] }[], metricKeys: readonly MetricKey[], upTo: string): Map<number, string | null> {
  const statement = prepared(store, 'reportingLastDate', () => store.sqlite.prepare(
    `SELECT MAX((SELECT MAX(report_date) FROM observations WHERE unit_id = u.value AND metric_id = m.value AND report_date <= :upTo))
     FROM json_each(:units) u JOIN json_each(:metrics) m`).pluck());
  const ids = JSON.stringify(metricKeys.map((k) => metricByKey(k).id));
  return new Map(units.map((u) => [u.id, (statement.get({ units: JSON.stringify([u.id, ...(u.predecessorIds ?? [])]), metrics: ids, upTo }) as string | null) ?? null]));
}

export interface MissingUnit {
  code: string;
  nameVi: string;
  /** The latest figure of the metrics due, dated on or before the week's Sunday. */
  lastReport: string | null;
}

export interface WeekReport {
  week: IsoWeek;
  edition: Edition;
  metric: MetricKey | null;
  deadline: string | null;
  /** Every expected province, in code order, with its state and its communes' tally. */
  units: { code: string; nameVi: string; state: ReportState; receivedAt: string | null; communes: Tally | null }[];
  provinces: Tally;
  communes: Tally | null;
  /** Expected provinces not received, with their last report. */
  missing: MissingUnit[];
}

/** One week's report (the API, the page's list, the overview's card, reminders); once per data version. */
export function getWeekReport(store: Store, week: IsoWeek, metric: MetricKey | null): WeekReport {
  return cached(store, JSON.stringify(['reporting:week', week.key, metric]), () => {
    const grid = getReportingGrid(store, week, 1, metric);
    const [gw] = grid.weeks;
    const { provinces } = reportingUnits(store);
    const byId = new Map(provinces.map((p) => [p.id, p]));
    const units = grid.rows.flatMap((r) => {
      const cell = r.cells[0];
      return cell.state === null ? [] : [{ id: r.id, code: r.code, nameVi: r.nameVi, state: cell.state, receivedAt: cell.receivedAt, communes: cell.communes }];
    });
    const plan = planOf(gw.edition, metric, getReportingRules(store));
    const missingUnits = units.filter((u) => u.state === 'missing');
    const last = lastReportDates(store, missingUnits.map((u) => byId.get(u.id)!), plan.throughCommunes ? [] : plan.direct, week.sunday);
    return {
      week, edition: gw.edition, metric, deadline: gw.deadline, provinces: gw.provinces, communes: gw.communes,
      units: units.map((u) => ({ code: u.code, nameVi: u.nameVi, state: u.state, receivedAt: u.receivedAt, communes: u.communes })),
      missing: missingUnits.map((u) => ({ code: u.code, nameVi: u.nameVi, lastReport: last.get(u.id) ?? null })),
    };
  });
}

export interface CommuneWeek {
  code: string;
  nameVi: string;
  state: ReportState;
  receivedAt: string | null;
  lastReport: string | null;
}

/** A 2025 province's communes in a week, for the metrics communes report weekly (or the one asked). */
export function getProvinceCommuneWeek(store: Store, week: IsoWeek, provinceCode: string, metric: MetricKey | null): CommuneWeek[] {
  return cached(store, JSON.stringify(['reporting:communes', week.key, provinceCode, metric]), () => {
    const edition = editionInForce(week.sunday);
    if (edition !== '2025') return [];
    const plan = planOf(edition, metric, getReportingRules(store));
    const communes = communesOf(store, provinceCode);
    if (communes.length === 0 || plan.commune.length === 0) return [];
    const rules = getReportingRules(store);
    const statement = prepared(store, 'reportingCommuneReceipts', () => store.sqlite.prepare(
      `SELECT o.unit_id, o.report_date, b.created_at FROM json_each(:ids) c
       CROSS JOIN observations o ON o.unit_id = c.value AND o.metric_id = :metric AND o.report_date BETWEEN :from AND :to
       JOIN batches b ON b.id = COALESCE(o.first_batch_id, o.batch_id)`).raw());
    const ids = JSON.stringify(communes.map((c) => c.id));
    const units = communes.map((c) => ({ id: c.id, code: c.code, ...validity('2025') }));
    const parts = new Map<number, UnitWeek[]>();
    for (const key of plan.commune) {
      const rows = statement.all({ ids, metric: metricByKey(key).id, from: week.monday, to: week.sunday }) as [number, string, string][];
      const receipts = rows.map(([unitId, reportDate, receivedAt]) => ({ unitId, reportDate, receivedAt }));
      for (const s of classifyWeek(units, week, receipts, deadlineOf(week, rules.get(key)!))) parts.set(s.unitId, [...(parts.get(s.unitId) ?? []), s]);
    }
    const last = lastReportDates(store, communes, plan.commune, week.sunday);
    return communes.map((c) => ({ code: c.code, nameVi: c.nameVi, ...combine(parts.get(c.id) ?? [])!, lastReport: last.get(c.id) ?? null }));
  });
}

/** The enabled reporter accounts of each unit (for administrators' eyes only: e-mails). */
export function reportersOf(store: Store, unitIds: readonly number[]): Map<number, string[]> {
  const rows = prepared(store, 'reportingReporters', () => store.sqlite.prepare(
    `SELECT uu.unit_id, u.email FROM user_units uu JOIN users u ON u.id = uu.user_id
     WHERE u.role = 'reporter' AND u.disabled = 0 AND uu.unit_id IN (SELECT value FROM json_each(?)) ORDER BY u.email`).raw())
    .all(JSON.stringify(unitIds)) as [number, string][];
  const map = new Map<number, string[]>();
  for (const [unit, email] of rows) map.set(unit, [...(map.get(unit) ?? []), email]);
  return map;
}

/** A 2025 or 2024 province of the week's map, by code (for ids). */
export function reportingProvince(store: Store, week: IsoWeek, code: string): GridProvince | null {
  const edition = editionInForce(week.sunday);
  return reportingUnits(store).provinces.find((p) => p.edition === edition && p.code === code) ?? null;
}
