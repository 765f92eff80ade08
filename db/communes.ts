// Communes (2025 edition): their reports rolled up into their province's figure on write (the
// rule: lib/rollup.ts provinceFromCommunes), and reads of a province's communes on a date.
import type Database from 'better-sqlite3';
import type { Store } from './store/types';
import { cached } from './store/cache';
import { reportsOfUnits } from './figures';
import { prepared } from './store/prepared';
import { findUnit, listUnits, type UnitRow } from './units';
import { communeStatus, LAND_DATA_REACHED, type CommuneStatus } from '@/lib/communes/communes';
import type { Point } from '@/lib/series';
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
 * ("code:metric" -> date): a direct figure on or after it is refused (lib/communes/rules.ts).
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


/**
 * Each commune of a 2025 province on a date: land-data status, parcels, last report. Reads per
 * commune only the points the status needs (not its whole history), each an index seek on
 * (unit_id, metric_id, report_date): of the land-data series on or before the date, the last
 * report below the milestone, the first at or above it after that one, and the last report; of
 * the parcels, the last report. On those points lib/communes/communes.ts communeStatus (through
 * lib/milestones.ts reachedDate, the rule that a drop back un-reaches) decides as on the whole series.
 */
export function getProvinceCommunes(store: Store, provinceCode: string, asOf: string): CommuneStatus[] {
  // Once per data version: the province page, its deck slide and the API all ask for it.
  return cached(store, JSON.stringify(['provinceCommunes', provinceCode, asOf]), () => readProvinceCommunes(store, provinceCode, asOf));
}

/** getProvinceCommunes read from the store each time (scripts/bench-store.ts times this). */
export function readProvinceCommunes(store: Store, provinceCode: string, asOf: string): CommuneStatus[] {
  const communes = communesOf(store, provinceCode);
  // Raw SQL: drizzle cannot say correlated ORDER BY ... LIMIT 1 sub-selects over json_each.
  const statement = prepared(store, 'communeStatusPoints', () => store.sqlite.prepare(
    `WITH c AS (SELECT value AS id FROM json_each(:ids))
     SELECT c.id,
       (SELECT report_date || '|' || value FROM observations WHERE unit_id = c.id AND metric_id = :land AND report_date <= :asOf AND value < :reached ORDER BY report_date DESC LIMIT 1) AS below,
       (SELECT report_date || '|' || value FROM observations WHERE unit_id = c.id AND metric_id = :land AND report_date <= :asOf ORDER BY report_date DESC LIMIT 1) AS last,
       (SELECT report_date || '|' || value FROM observations WHERE unit_id = c.id AND metric_id = :parcels AND report_date <= :asOf ORDER BY report_date DESC LIMIT 1) AS parcels
     FROM c`).raw());
  const firstAbove = prepared(store, 'communeFirstReached', () => store.sqlite.prepare(
    `SELECT report_date || '|' || value FROM observations WHERE unit_id = ? AND metric_id = ? AND report_date > ? AND report_date <= ? ORDER BY report_date LIMIT 1`).pluck());
  const land = metricIdOf('land_data_digitized');
  const point = (text: string | null): Point[] => {
    if (text === null) return [];
    const [date, value] = text.split('|');
    return [{ date, value: Number(value) }];
  };
  const rows = statement.all({ ids: JSON.stringify(communes.map((c) => c.id)), land, parcels: metricIdOf('land_parcels_digitized'), asOf, reached: LAND_DATA_REACHED }) as [number, string | null, string | null, string | null][];
  const byId = new Map(rows.map((r) => [r[0], r]));
  return communes.map((c) => {
    const [, below, last, parcels] = byId.get(c.id)!;
    const lastPoint = point(last);
    // The run at or above the milestone that lasts to the date starts after the last report below it.
    const reachedAt = lastPoint.length > 0 && lastPoint[0].value >= LAND_DATA_REACHED
      ? point(firstAbove.get(c.id, land, point(below)[0]?.date ?? '', asOf) as string | null) : [];
    const landData = [...point(below), ...reachedAt, ...lastPoint].filter((p, i, all) => i === 0 || p.date > all[i - 1].date);
    return communeStatus(c, { landData, parcels: point(parcels) }, asOf);
  });
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
