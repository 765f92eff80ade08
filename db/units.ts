// Reads of the map: the units of an edition, one unit, who became whom. The rules about merged
// units (region, sums) are in lib/rollup.ts.
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { cached } from './store/cache';
import type { Store } from './store/types';
import { prepared } from './store/prepared';
import { successions, units } from './schema';
import type { Edition } from '@/lib/editions';
import { mergedRegion } from '@/lib/rollup';

export type UnitRow = typeof units.$inferSelect;
export type Level = UnitRow['level'];

/** The units of an edition and level, kept until the next write (see db/store/cache.ts). */
export function listUnits(store: Store, edition: Edition, level: Level = 'province'): UnitRow[] {
  return cached(store, `units:${edition}:${level}`, () =>
    store.db.select().from(units).where(and(eq(units.edition, edition), eq(units.level, level))).orderBy(asc(units.code)).all(),
  );
}

export function findUnit(store: Store, edition: Edition, code: string, level: Level = 'province'): UnitRow | null {
  return prepared(store, 'findUnit', (db) => db.select().from(units)
    .where(and(eq(units.edition, sql.placeholder('edition')), eq(units.level, sql.placeholder('level')), eq(units.code, sql.placeholder('code'))))
    .prepare())
    .get({ edition, level, code }) ?? null;
}

/** 2025 unit id -> its 2024 predecessors, by code. */
export function predecessorsByUnit(store: Store): Map<number, UnitRow[]> {
  const rows = prepared(store, 'predecessors', (db) => db
    .select({ toId: successions.toUnitId, unit: units })
    .from(successions)
    .innerJoin(units, eq(units.id, successions.fromUnitId))
    .orderBy(asc(units.code))
    .prepare())
    .all();
  const map = new Map<number, UnitRow[]>();
  for (const { toId, unit } of rows) map.set(toId, [...(map.get(toId) ?? []), unit]);
  return map;
}

export interface UnitInfo {
  unit: UnitRow;
  region: string | null;
  /** For a 2024 unit: the 2025 unit it became, and when. */
  successor: { code: string; nameVi: string; date: string } | null;
  /** For a 2025 unit: the 2024 units it was made of. */
  predecessors: { code: string; nameVi: string }[];
}

const successor = alias(units, 'successor');

export function getUnitInfo(store: Store, edition: Edition, code: string): UnitInfo | null {
  const unit = findUnit(store, edition, code);
  if (!unit) return null;
  const next = prepared(store, 'successor', (db) => db
    .select({ code: successor.code, nameVi: successor.nameVi, date: successions.effectiveDate })
    .from(successions)
    .innerJoin(successor, eq(successor.id, successions.toUnitId))
    .where(eq(successions.fromUnitId, sql.placeholder('id')))
    .prepare())
    .get({ id: unit.id });
  const predecessors = edition === '2025' ? (predecessorsByUnit(store).get(unit.id) ?? []) : [];
  return {
    unit,
    region: unit.region ?? mergedRegion(predecessors),
    successor: next ?? null,
    predecessors: predecessors.map((p) => ({ code: p.code, nameVi: p.nameVi })),
  };
}

/**
 * Where to look for a code that is not a unit of an edition: in 2025, the unit a 2024 code
 * became (74 -> 79); in 2024, the 2024 units a 2025 code was made of.
 */
export function suggestUnits(store: Store, edition: Edition, code: string): { edition: Edition; code: string; nameVi: string }[] {
  const other: Edition = edition === '2025' ? '2024' : '2025';
  const info = getUnitInfo(store, other, code);
  if (!info) return [];
  const itself = { edition: other, code, nameVi: info.unit.nameVi };
  if (edition === '2025') return info.successor ? [{ edition, code: info.successor.code, nameVi: info.successor.nameVi }, itself] : [itself];
  return [...info.predecessors.map((p) => ({ edition, ...p })), itself];
}
