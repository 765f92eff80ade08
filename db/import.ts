// Taking reported figures in: validate every row (lib/import/observation-rules.ts) against the store,
// then write them all in one transaction as one batch, or nothing at all. Writing the same
// figures again changes nothing and leaves no batch (db/observations.ts).
import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Store } from './store/types';
import { durableWrite } from './store/durable';
import { writeObservations, type BatchInfo, type WriteResult } from './observations';
import { prepared } from './store/prepared';
import { observations } from './schema';
import { cached } from './store/cache';
import { firstCommuneDates } from './communes';
import { listUnits, predecessorsByUnit, type UnitRow } from './units';
import { communeNameKey, type CommuneDirectory } from '@/lib/communes/rules';
import type { Edition } from '@/lib/editions';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { unitNameKey } from '@/lib/names';
import type { MoreProblems } from '@/lib/limits';
import { validateObservations, type IgnoredRow, type Neighbours, type RowInput, type RowProblem, type StoredReport, type UnitFacts, type ValidationContext, type ValidObservation } from '@/lib/import/observation-rules';

/** The province-level units of both editions: facts by code, and ids by "edition:code". */
export function unitDirectory(store: Store): { facts: Record<Edition, Map<string, UnitFacts>>; ids: Map<string, number>; byName: Record<Edition, Map<string, string>>; names: Map<string, string> } {
  const facts = { '2024': new Map<string, UnitFacts>(), '2025': new Map<string, UnitFacts>() };
  const byName = { '2024': new Map<string, string>(), '2025': new Map<string, string>() };
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  for (const edition of ['2024', '2025'] as const) {
    for (const u of listUnits(store, edition)) {
      facts[edition].set(u.code, { districts: u.districts, communes: u.communes });
      ids.set(`${edition}:${u.code}`, u.id);
      names.set(`${edition}:${u.code}`, u.nameVi);
      // The name as the dashboard writes it and its ASCII spelling (one key: lib/names.ts).
      byName[edition].set(unitNameKey(u.nameVi), u.code);
      byName[edition].set(unitNameKey(u.nameAscii), u.code);
    }
  }
  // The 2025 communes (five-digit codes, no clash with the provinces'): written like a province.
  for (const c of communeDirectory(store).rows) {
    ids.set(`2025:${c.code}`, c.id);
    names.set(`2025:${c.code}`, c.nameVi);
  }
  return { facts, ids, byName, names };
}

/** The 2025 communes by code (their province, facts and name) and by name within their province. */
export function communeDirectory(store: Store): CommuneDirectory & { rows: UnitRow[] } {
  return cached(store, 'communes:directory', () => {
    const provinceCode = new Map(listUnits(store, '2025').map((u) => [u.id, u.code]));
    const rows = listUnits(store, '2025', 'commune');
    const communes = new Map<string, { province: string; facts: UnitFacts; name: string }>();
    const byName = new Map<string, string>();
    for (const c of rows) {
      const province = provinceCode.get(c.parentId!)!;
      communes.set(c.code, { province, facts: { districts: null, communes: c.communes }, name: c.nameVi });
      byName.set(communeNameKey(province, c.nameVi), c.code);
      byName.set(communeNameKey(province, c.nameAscii), c.code);
    }
    return { rows, communes, byName };
  });
}

export function validationContext(store: Store, today: string, scope: ReadonlySet<string> | null): ValidationContext {
  const { facts: units, ids, byName, names } = unitDirectory(store);
  const code2025 = new Map(listUnits(store, '2025').map((u) => [u.id, u.code]));
  const successor = new Map<string, string>();
  for (const [toId, preds] of predecessorsByUnit(store)) for (const p of preds) successor.set(p.code, code2025.get(toId)!);
  const around = storedNeighbours(store);
  return {
    today,
    units,
    successorOf: (code) => successor.get(code),
    unitsByName: byName,
    unitName: (edition, code) => names.get(`${edition}:${code}`) ?? code,
    scope,
    communes: communeDirectory(store),
    firstCommune: (province, metric) => firstCommuneDates(store).get(`${province}:${metric}`) ?? null,
    neighbours: (edition: Edition, unit: string, metric: MetricKey, date: string) => around(ids.get(`${edition}:${unit}`)!, metricByKey(metric).id, date),
  };
}

/**
 * The reports of a unit's series around a date (the latest before, the one on it, the earliest
 * after): what a new figure is checked against. Each series is read once, in date order, the
 * first time a row asks for it (a file of 100,000 rows touches a few hundred series), and
 * searched in memory; callers use it within one transaction, so it cannot go stale.
 */
export function storedNeighbours(store: Store): (unitId: number, metricId: number, date: string) => Neighbours {
  const o = observations;
  const p = sql.placeholder;
  const read = prepared(store, 'unitSeries', (db) =>
    db.select({ date: o.reportDate, value: o.value }).from(o)
      .where(and(eq(o.unitId, p('unit')), eq(o.metricId, p('metric')))).orderBy(asc(o.reportDate)).prepare());
  const series = new Map<string, { dates: string[]; values: number[] }>();
  return (unitId, metricId, date) => {
    const key = `${unitId}:${metricId}`;
    let s = series.get(key);
    if (!s) {
      const rows = read.all({ unit: unitId, metric: metricId });
      series.set(key, (s = { dates: rows.map((r) => r.date), values: rows.map((r) => r.value) }));
    }
    // The first stored date not before `date`.
    let lo = 0;
    let hi = s.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.dates[mid] < date) lo = mid + 1;
      else hi = mid;
    }
    const at = (i: number): StoredReport | null => (i >= 0 && i < s.dates.length ? { date: s.dates[i], value: s.values[i] } : null);
    const same = s.dates[lo] === date;
    return { previous: at(lo - 1), same: same ? s.values[lo] : null, next: at(same ? lo + 1 : lo) };
  };
}

export interface ImportOutcome {
  /** The first problems by row (lib/limits.ts); `more` counts the others. */
  problems: RowProblem[];
  more: MoreProblems | null;
  valid: ValidObservation[];
  /** Rows left out on purpose (computed figures), and why. */
  ignored: IgnoredRow[];
  /** Null on a dry run or when there were problems (nothing written). */
  written: WriteResult | null;
}

export function importObservations(
  store: Store,
  rows: readonly RowInput[],
  options: { batch: BatchInfo; today: string; scope: ReadonlySet<string> | null; dryRun?: boolean },
): ImportOutcome {
  const unitIds = unitDirectory(store).ids;
  // Validation and writing share one transaction: what was checked is what gets written, even
  // if another writer commits in between (SQLite serializes writers; BEGIN IMMEDIATE takes the lock).
  // A dry run only reads, and works on a read-only store too.
  const run = (): ImportOutcome => {
    const { valid, problems, more, ignored } = validateObservations(rows, validationContext(store, options.today, options.scope));
    if (problems.length > 0 || options.dryRun) return { problems, more, valid, ignored, written: null };
    const written = writeObservations(
      store,
      options.batch,
      valid.map((v) => ({
        unitId: unitIds.get(`${v.edition}:${v.unit}`)!,
        metricId: metricByKey(v.metric).id,
        reportDate: v.date,
        value: v.value,
        reason: v.correction,
      })),
    );
    return { problems, more, valid, ignored, written };
  };
  return options.dryRun ? store.sqlite.transaction(run)() : durableWrite(store, run);
}

export function fileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The fingerprint of a checked file and the sheet read from it: what a confirmation must match. */
export function previewToken(bytes: Uint8Array, sheet: string): string {
  return createHash('sha256').update(bytes).update('\0').update(sheet).digest('hex');
}
