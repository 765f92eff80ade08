// Loads the reference facts (editions, the 63 + 34 units, who became whom on 1/7/2025, the
// metric catalogue, the first meeting) into a store. Idempotent: it runs on every open and
// writes only when the facts it ships differ from those the store last loaded.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { bumpDataVersion } from './cache';
import type { Db } from './types';
import { dbOf } from './prepared';
import { changeAudit, editions, meetings, meetingUnits, meta, metricEditions, metrics, successions, units } from '../schema';
import { EDITION_INFO, EDITIONS, editionInForce, MERGER_DATE, type Edition } from '@/lib/editions';
import { METRICS } from '@/lib/metrics';

const REFERENCE_DIR = path.join(process.cwd(), 'db', 'reference');

/**
 * The first meeting is a fact too: the conference of 14/11/2024 in Ho Chi Minh City and its 12
 * localities (2024 codes). Loaded on open while no administrator has edited it (change_audit);
 * every later meeting is data (db/meetings/meetings.ts).
 */
export const FIRST_MEETING = {
  slug: 'hoi-nghi-14-11-2024',
  title: 'Hội nghị Đề án 06 với 12 địa phương',
  place: 'TP Hồ Chí Minh',
  date: '2024-11-14',
  codes: ['79', '74', '75', '91', '49', '38', '25', '19', '34', '36', '58', '70'],
} as const;

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(path.join(REFERENCE_DIR, file), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) {
      throw new Error(`${file} row ${i + 2}: ${cells.length} cells, expected ${columns.length}`);
    }
    return Object.fromEntries(columns.map((c, j) => [c, cells[j]]));
  });
}

export interface ReferenceFacts {
  provinces2024: Row[];
  provinces2025: Row[];
  /** The 3,321 commune-level units of the 2025 edition, each under its province. */
  communes2025: Row[];
  version: string;
}

export function readReferenceFacts(): ReferenceFacts {
  const provinces2024 = readCsv('provinces-2024.csv');
  const provinces2025 = readCsv('provinces-2025.csv');
  const communes2025 = readCsv('communes-2025.csv');
  const version = createHash('sha256')
    .update(JSON.stringify({ provinces2024, provinces2025, communes2025, METRICS, FIRST_MEETING, EDITION_INFO }))
    .digest('hex')
    .slice(0, 16);
  return { provinces2024, provinces2025, communes2025, version };
}

/** The value an upsert was given for a column (`excluded.<column>`). */
const excluded = (column: AnySQLiteColumn) => sql`excluded.${sql.identifier(column.name)}`;
const fromExcluded = <K extends string>(columns: Record<K, AnySQLiteColumn>) =>
  Object.fromEntries(Object.entries<AnySQLiteColumn>(columns).map(([k, c]) => [k, excluded(c)])) as Record<K, SQL>;

export function syncReferenceData(sqlite: Database.Database): void {
  const facts = readReferenceFacts();
  const db = dbOf(sqlite);
  const current = db.select({ value: meta.value }).from(meta).where(eq(meta.key, 'reference_version')).get();
  if (current?.value === facts.version) return;

  sqlite.transaction(() => {
    for (const code of EDITIONS) {
      const e = EDITION_INFO[code];
      db.insert(editions).values(e)
        .onConflictDoUpdate({ target: editions.code, set: fromExcluded({ nameVi: editions.nameVi, nameEn: editions.nameEn, validFrom: editions.validFrom, validTo: editions.validTo }) })
        .run();
    }

    // Rendered once, run per row (about a hundred units and their successions).
    const p = sql.placeholder;
    const upsertUnit = db.insert(units).values({
      edition: p('edition'), code: p('code'), nameVi: p('nameVi'), nameAscii: p('nameAscii'), kind: p('kind'),
      region: p('region'), districts: p('districts'), communes: p('communes'), population: p('population'),
    }).onConflictDoUpdate({
        target: [units.edition, units.code],
        set: fromExcluded({
          nameVi: units.nameVi, nameAscii: units.nameAscii, kind: units.kind, region: units.region,
          districts: units.districts, communes: units.communes, population: units.population,
        }),
      }).prepare();
    const unit = (row: typeof units.$inferInsert) => upsertUnit.run(row);
    const kind = (k: string) => k as (typeof units.$inferInsert)['kind'];
    const population2024 = new Map(facts.provinces2024.map((r) => [r.code, Number(r.population)]));
    for (const r of facts.provinces2024) {
      unit({
        edition: '2024', code: r.code, nameVi: r.name_vi, nameAscii: r.name_ascii, kind: kind(r.kind),
        region: r.region, districts: Number(r.districts), communes: null, population: Number(r.population),
      });
    }
    for (const r of facts.provinces2025) {
      // The 2025 units have no population of their own in the sources: their predecessors' sum.
      const population = r.predecessors.split('|').reduce((s, c) => s + (population2024.get(c) ?? NaN), 0);
      if (!Number.isFinite(population)) throw new Error(`provinces-2025.csv: unknown predecessor of ${r.code}`);
      unit({
        edition: '2025', code: r.code, nameVi: r.name_vi, nameAscii: r.name_ascii, kind: kind(r.kind),
        region: null, districts: null, communes: Number(r.communes), population,
      });
    }

    const unitId = db.select({ id: units.id }).from(units)
      .where(and(eq(units.edition, p('edition')), eq(units.code, p('code')), eq(units.level, 'province'))).prepare();
    const idOf = (edition: Edition, code: string) => unitId.get({ edition, code })?.id;
    syncCommunes(db, facts, (code) => idOf('2025', code));
    const succession = db.insert(successions).values({ fromUnitId: p('from'), toUnitId: p('to'), effectiveDate: MERGER_DATE })
      .onConflictDoUpdate({ target: successions.fromUnitId, set: fromExcluded({ toUnitId: successions.toUnitId, effectiveDate: successions.effectiveDate }) })
      .prepare();
    for (const r of facts.provinces2024) {
      const to = idOf('2025', r.successor_2025_code);
      if (to === undefined) throw new Error(`provinces-2024.csv: ${r.code} has unknown successor ${r.successor_2025_code}`);
      succession.run({ from: idOf('2024', r.code)!, to });
    }

    for (const m of METRICS) {
      const { id, key, nameVi, nameEn, unitVi, unitEn, kind: metricKind, denominator } = m;
      db.insert(metrics).values({ id, key, nameVi, nameEn, unitVi, unitEn, kind: metricKind, denominator, sortOrder: id })
        .onConflictDoUpdate({
          target: metrics.id,
          set: fromExcluded({
            key: metrics.key, nameVi: metrics.nameVi, nameEn: metrics.nameEn, unitVi: metrics.unitVi, unitEn: metrics.unitEn,
            kind: metrics.kind, denominator: metrics.denominator, sortOrder: metrics.sortOrder,
          }),
        })
        .run();
      for (const e of m.editions) db.insert(metricEditions).values({ metricId: id, edition: e }).onConflictDoNothing().run();
    }

    syncFirstMeeting(db, (code) => idOf(editionInForce(FIRST_MEETING.date), code)!);

    db.insert(meta).values({ key: 'reference_version', value: facts.version })
      .onConflictDoUpdate({ target: meta.key, set: { value: excluded(meta.value) } }).run();
    // Units are cached per data version (db/store/cache.ts): new facts must reach every reader.
    bumpDataVersion(sqlite);
  })();
}

const COMMUNE_KINDS = new Set(['commune', 'ward', 'special_zone']);

/**
 * The commune-level units of the 2025 edition (xã, phường, đặc khu), each under its province.
 * Their population is not in the sources: 0, never used (targets per person are provinces').
 */
function syncCommunes(db: Db, facts: ReferenceFacts, provinceId: (code: string) => number | undefined): void {
  const p = sql.placeholder;
  const commune = db.insert(units)
    .values({ edition: '2025', level: 'commune', code: p('code'), nameVi: p('nameVi'), nameAscii: p('nameAscii'), kind: p('kind'), parentId: p('parentId'), population: 0 })
    .onConflictDoUpdate({
      target: [units.edition, units.code],
      set: fromExcluded({ level: units.level, nameVi: units.nameVi, nameAscii: units.nameAscii, kind: units.kind, parentId: units.parentId }),
    })
    .prepare();
  facts.communes2025.forEach((r, i) => {
    const parentId = provinceId(r.province_code);
    if (!/^\d{5}$/.test(r.code)) throw new Error(`communes-2025.csv row ${i + 2}: code "${r.code}" is not five digits`);
    if (parentId === undefined) throw new Error(`communes-2025.csv row ${i + 2}: unknown province ${r.province_code}`);
    if (!COMMUNE_KINDS.has(r.kind)) throw new Error(`communes-2025.csv row ${i + 2}: unknown kind ${r.kind}`);
    commune.run({ code: r.code, nameVi: r.name_vi.normalize('NFC'), nameAscii: r.name_ascii, kind: r.kind, parentId });
  });
  // Each province's communes are its denominator of communes_digitized: the two files must agree.
  for (const p of facts.provinces2025) {
    const listed = facts.communes2025.filter((r) => r.province_code === p.code).length;
    if (listed !== Number(p.communes)) throw new Error(`communes-2025.csv lists ${listed} communes of ${p.code}, provinces-2025.csv says ${p.communes}`);
  }
}

/** The first meeting as the facts say, unless an administrator has edited it since. */
function syncFirstMeeting(db: Db, unitId: (code: string) => number): void {
  const m = FIRST_MEETING;
  let id = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, m.slug)).get()?.id;
  const fields = { title: m.title, meetingDate: m.date, place: m.place, baselineDate: null, illustrative: false };
  if (id === undefined) {
    id = db.insert(meetings).values({ slug: m.slug, ...fields }).returning({ id: meetings.id }).get().id;
  } else {
    const edited = db.select({ id: changeAudit.id }).from(changeAudit).where(and(eq(changeAudit.subject, 'meeting'), eq(changeAudit.subjectId, id))).get();
    if (edited) return;
    db.update(meetings).set(fields).where(eq(meetings.id, id)).run();
    db.delete(meetingUnits).where(eq(meetingUnits.meetingId, id)).run();
  }
  for (const code of m.codes) db.insert(meetingUnits).values({ meetingId: id, unitId: unitId(code) }).run();
}
