// Loads the reference facts (editions, the 63 + 34 units, who became whom on 1/7/2025, the
// metric catalogue, the first meeting) into a store. Idempotent: it runs on every open and
// writes only when the facts it ships differ from those the store last loaded.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { bumpDataVersion } from './cache';
import { EDITION_INFO, EDITIONS, editionInForce, MERGER_DATE } from '@/lib/editions';
import { METRICS } from '@/lib/metrics';

const REFERENCE_DIR = path.join(process.cwd(), 'db', 'reference');

/**
 * The first meeting is a fact too: the conference of 14/11/2024 in Ho Chi Minh City and its 12
 * localities (2024 codes). Loaded on open while no administrator has edited it (change_audit);
 * every later meeting is data (db/meetings.ts).
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

export function syncReferenceData(sqlite: Database.Database): void {
  const facts = readReferenceFacts();
  const current = sqlite.prepare(`SELECT value FROM meta WHERE key = 'reference_version'`).get() as
    | { value: string }
    | undefined;
  if (current?.value === facts.version) return;

  sqlite.transaction(() => {
    const edition = sqlite.prepare(
      `INSERT INTO editions (code, name_vi, name_en, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en,
         valid_from = excluded.valid_from, valid_to = excluded.valid_to`,
    );
    for (const code of EDITIONS) {
      const e = EDITION_INFO[code];
      edition.run(e.code, e.nameVi, e.nameEn, e.validFrom, e.validTo);
    }

    const unit = sqlite.prepare(
      `INSERT INTO units (edition, code, name_vi, name_ascii, kind, region, districts, communes, population)
       VALUES (@edition, @code, @nameVi, @nameAscii, @kind, @region, @districts, @communes, @population)
       ON CONFLICT (edition, code) DO UPDATE SET name_vi = excluded.name_vi, name_ascii = excluded.name_ascii,
         kind = excluded.kind, region = excluded.region, districts = excluded.districts,
         communes = excluded.communes, population = excluded.population`,
    );
    const population2024 = new Map(facts.provinces2024.map((r) => [r.code, Number(r.population)]));
    for (const r of facts.provinces2024) {
      unit.run({
        edition: '2024', code: r.code, nameVi: r.name_vi, nameAscii: r.name_ascii, kind: r.kind,
        region: r.region, districts: Number(r.districts), communes: null, population: Number(r.population),
      });
    }
    for (const r of facts.provinces2025) {
      // The 2025 units have no population of their own in the sources: their predecessors' sum.
      const population = r.predecessors.split('|').reduce((s, c) => s + (population2024.get(c) ?? NaN), 0);
      if (!Number.isFinite(population)) throw new Error(`provinces-2025.csv: unknown predecessor of ${r.code}`);
      unit.run({
        edition: '2025', code: r.code, nameVi: r.name_vi, nameAscii: r.name_ascii, kind: r.kind,
        region: null, districts: null, communes: Number(r.communes), population,
      });
    }

    const idOf = sqlite.prepare(`SELECT id FROM units WHERE edition = ? AND code = ? AND level = 'province'`).pluck();
    syncCommunes(sqlite, facts, (code) => idOf.get('2025', code) as number | undefined);
    const succession = sqlite.prepare(
      `INSERT INTO successions (from_unit_id, to_unit_id, effective_date) VALUES (?, ?, ?)
       ON CONFLICT (from_unit_id) DO UPDATE SET to_unit_id = excluded.to_unit_id, effective_date = excluded.effective_date`,
    );
    for (const r of facts.provinces2024) {
      const to = idOf.get('2025', r.successor_2025_code);
      if (to === undefined) throw new Error(`provinces-2024.csv: ${r.code} has unknown successor ${r.successor_2025_code}`);
      succession.run(idOf.get('2024', r.code), to, MERGER_DATE);
    }

    const metric = sqlite.prepare(
      `INSERT INTO metrics (id, key, name_vi, name_en, unit_vi, unit_en, kind, denominator, sort_order)
       VALUES (@id, @key, @nameVi, @nameEn, @unitVi, @unitEn, @kind, @denominator, @id)
       ON CONFLICT (id) DO UPDATE SET key = excluded.key, name_vi = excluded.name_vi, name_en = excluded.name_en,
         unit_vi = excluded.unit_vi, unit_en = excluded.unit_en, kind = excluded.kind,
         denominator = excluded.denominator, sort_order = excluded.sort_order`,
    );
    const metricEdition = sqlite.prepare(`INSERT OR IGNORE INTO metric_editions (metric_id, edition) VALUES (?, ?)`);
    for (const m of METRICS) {
      metric.run({ ...m, editions: undefined });
      for (const e of m.editions) metricEdition.run(m.id, e);
    }

    syncFirstMeeting(sqlite, (code) => idOf.get(editionInForce(FIRST_MEETING.date), code) as number);

    sqlite
      .prepare(`INSERT INTO meta (key, value) VALUES ('reference_version', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
      .run(facts.version);
    // Units are cached per data version (db/cache.ts): new facts must reach every reader.
    bumpDataVersion(sqlite);
  })();
}

const COMMUNE_KINDS = new Set(['commune', 'ward', 'special_zone']);

/**
 * The commune-level units of the 2025 edition (xã, phường, đặc khu), each under its province.
 * Their population is not in the sources: 0, never used (targets per person are provinces').
 */
function syncCommunes(sqlite: Database.Database, facts: ReferenceFacts, provinceId: (code: string) => number | undefined): void {
  const commune = sqlite.prepare(
    `INSERT INTO units (edition, level, code, name_vi, name_ascii, kind, parent_id, population)
     VALUES ('2025', 'commune', @code, @nameVi, @nameAscii, @kind, @parentId, 0)
     ON CONFLICT (edition, code) DO UPDATE SET level = excluded.level, name_vi = excluded.name_vi,
       name_ascii = excluded.name_ascii, kind = excluded.kind, parent_id = excluded.parent_id`,
  );
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
function syncFirstMeeting(sqlite: Database.Database, unitId: (code: string) => number): void {
  const m = FIRST_MEETING;
  const existing = sqlite.prepare(`SELECT id FROM meetings WHERE slug = ?`).pluck().get(m.slug) as number | undefined;
  let id = existing;
  if (id === undefined) {
    id = sqlite
      .prepare(`INSERT INTO meetings (slug, title, meeting_date, place, baseline_date, illustrative) VALUES (?, ?, ?, ?, NULL, 0) RETURNING id`)
      .pluck()
      .get(m.slug, m.title, m.date, m.place) as number;
  } else {
    const edited = sqlite.prepare(`SELECT 1 FROM change_audit WHERE subject = 'meeting' AND subject_id = ?`).get(id);
    if (edited) return;
    sqlite.prepare(`UPDATE meetings SET title = ?, meeting_date = ?, place = ?, baseline_date = NULL, illustrative = 0 WHERE id = ?`).run(m.title, m.date, m.place, id);
    sqlite.prepare(`DELETE FROM meeting_units WHERE meeting_id = ?`).run(id);
  }
  const member = sqlite.prepare(`INSERT INTO meeting_units (meeting_id, unit_id) VALUES (?, ?)`);
  for (const code of m.codes) member.run(id, unitId(code));
}
