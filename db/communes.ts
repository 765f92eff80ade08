// Communes (2025 edition): their reports rolled up into their province's figure on write (the
// rule: lib/rollup.ts provinceFromCommunes), and reads of a province's communes on a date.
import type Database from 'better-sqlite3';
import type { Store } from './client';
import { cached } from './cache';
import { reportsOfUnits } from './figures';
import { findUnit, listUnits, type UnitRow } from './units';
import { communeStatus, type CommuneStatus } from '@/lib/communes';
import type { Point } from '@/lib/forecast';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { COMMUNE_ROLLUPS, provinceFromCommunes } from '@/lib/rollup';

/** A province's figure the roll-up decides, to be written by the one write path. */
export interface RolledUpRow {
  unitId: number;
  metricId: number;
  reportDate: string;
  value: number;
}

const metricIdOf = (key: MetricKey) => metricByKey(key).id;
const ROLLUP_IDS = new Map<number, number>(COMMUNE_ROLLUPS.map((r) => [metricIdOf(r.commune), metricIdOf(r.province)]));

/**
 * The province figures the roll-up decides after commune rows (unit, metric) were written:
 * every date from the province's first commune-level figure on, for each province and metric
 * touched. Called inside the writing transaction, so reports and their roll-up never disagree.
 */
export function rolledUpProvinceRows(sqlite: Database.Database, written: Iterable<{ unitId: number; metricId: number }>): RolledUpRow[] {
  const parentOf = sqlite.prepare(`SELECT parent_id FROM units WHERE id = ? AND level = 'commune'`).pluck();
  const groups = new Set<string>();
  const parents = new Map<number, number | null>();
  for (const w of written) {
    if (!ROLLUP_IDS.has(w.metricId)) continue;
    if (!parents.has(w.unitId)) parents.set(w.unitId, (parentOf.get(w.unitId) as number | undefined) ?? null);
    const parent = parents.get(w.unitId);
    if (parent != null) groups.add(`${parent}:${w.metricId}`);
  }
  if (groups.size === 0) return [];
  // Raw SQL like the rest of the write path (db/observations.ts): one range scan per commune.
  const communeRows = sqlite.prepare(
    `SELECT o.unit_id, o.report_date, o.value FROM units u JOIN observations o ON o.unit_id = u.id AND o.metric_id = ?
     WHERE u.parent_id = ? ORDER BY o.unit_id, o.report_date`,
  ).raw();
  const directRows = sqlite.prepare(`SELECT report_date AS date, value FROM observations WHERE unit_id = ? AND metric_id = ? ORDER BY report_date`);
  const rows: RolledUpRow[] = [];
  for (const group of groups) {
    const [provinceId, communeMetricId] = group.split(':').map(Number);
    const byCommune = new Map<number, Point[]>();
    for (const [unitId, date, value] of communeRows.all(communeMetricId, provinceId) as [number, string, number][]) {
      const list = byCommune.get(unitId);
      if (list) list.push({ date, value });
      else byCommune.set(unitId, [{ date, value }]);
    }
    const provinceMetricId = ROLLUP_IDS.get(communeMetricId)!;
    const direct = directRows.all(provinceId, provinceMetricId) as Point[];
    for (const p of provinceFromCommunes(direct, [...byCommune.values()]).rolledUp) {
      rows.push({ unitId: provinceId, metricId: provinceMetricId, reportDate: p.date, value: p.value });
    }
  }
  return rows;
}

/**
 * Each province's first commune-level figure per province metric built from communes
 * ("code:metric" -> date): a direct figure on or after it is refused (lib/commune-rules.ts).
 */
export function firstCommuneDates(store: Store): Map<string, string> {
  return cached(store, 'communes:first', () => {
    const rows = store.sqlite
      .prepare(
        `SELECT p.code, o.metric_id, MIN(o.report_date) FROM units c JOIN units p ON p.id = c.parent_id
         JOIN observations o ON o.unit_id = c.id WHERE c.level = 'commune' GROUP BY p.code, o.metric_id`,
      )
      .raw()
      .all() as [string, number, string][];
    const map = new Map<string, string>();
    for (const [code, metricId, date] of rows) {
      const key = COMMUNE_ROLLUPS.find((r) => metricIdOf(r.commune) === metricId)?.province;
      if (key) map.set(`${code}:${key}`, date);
    }
    return map;
  });
}

/** The communes of a 2025 province, by code; empty for an unknown one. */
export function communesOf(store: Store, provinceCode: string): UnitRow[] {
  const province = listUnits(store, '2025').find((u) => u.code === provinceCode);
  if (!province) return [];
  return cached(store, `communes:${province.id}`, () => listUnits(store, '2025', 'commune').filter((c) => c.parentId === province.id));
}


/** Each commune of a 2025 province on a date: land-data status, parcels, last report. */
export function getProvinceCommunes(store: Store, provinceCode: string, asOf: string): CommuneStatus[] {
  const communes = communesOf(store, provinceCode);
  const reports = reportsOfUnits(store, communes.map((c) => c.id));
  const land = metricIdOf('land_data_digitized');
  const parcels = metricIdOf('land_parcels_digitized');
  return communes.map((c) =>
    communeStatus(c, { landData: reports.get(c.id)!.get(land), parcels: reports.get(c.id)!.get(parcels) }, asOf),
  );
}

/** A commune of a 2025 province, by both codes; null when either is unknown or they do not match. */
export function findCommune(store: Store, provinceCode: string, communeCode: string): { province: UnitRow; commune: UnitRow } | null {
  const province = findUnit(store, '2025', provinceCode);
  const commune = findUnit(store, '2025', communeCode, 'commune');
  if (!province || !commune || commune.parentId !== province.id) return null;
  return { province, commune };
}

/** Every report of one commune, oldest first: its land-data milestone and its parcels. */
export function communeReports(store: Store, communeId: number): { landData: Point[]; parcels: Point[] } {
  const reports = reportsOfUnits(store, [communeId]).get(communeId);
  return {
    landData: reports?.get(metricIdOf('land_data_digitized')) ?? [],
    parcels: reports?.get(metricIdOf('land_parcels_digitized')) ?? [],
  };
}
