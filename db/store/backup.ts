// A consistent copy of the live store (SQLite's online backup: readers and writers carry on
// while it runs) and putting one back. A restore copies the backup through SQLite (so the
// commits still in its -wal are kept), brings it to this build's migrations, checks it is a
// sound store of this project (journal, every table's columns, indexes and triggers, compared
// with a freshly migrated store; integrity and foreign keys) and only then replaces the store,
// never while the dashboard holds it.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { count } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_DIR } from './client';
import type { Store } from './types';
import { serverHolding } from './server-lock';
import { dbOf } from './prepared';
import { batches, observations } from '../schema';

export class BackupError extends Error {}

export async function backupStore(store: Store, target: string): Promise<{ pages: number }> {
  if (existsSync(target)) throw new BackupError(`${target} exists already: choose a new file`);
  const result = await store.sqlite.backup(target);
  return { pages: result.totalPages };
}

interface Shape {
  objects: Map<string, string>; // "index x" -> table
  columns: Map<string, string[]>; // table -> "name type notnull default pk" per column
}

// Raw SQL in shapeOf and storeProblems: schema introspection (sqlite_master, pragma_table_xinfo,
// drizzle's own journal) is about tables the schema does not describe, which drizzle cannot say.
function shapeOf(db: Database.Database): Shape {
  const rows = db
    .prepare(`SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger', 'view')`)
    .all() as { type: string; name: string; tbl_name: string }[];
  const objects = new Map(rows.map((r) => [`${r.type} ${r.name}`, r.tbl_name]));
  const columns = new Map<string, string[]>();
  for (const r of rows.filter((r) => r.type === 'table')) {
    const info = db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?)`).all(r.name) as Record<string, unknown>[];
    columns.set(r.name, info.map((c) => `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.dflt_value !== null ? ` DEFAULT ${c.dflt_value}` : ''}${c.pk ? ` PK${c.pk}` : ''}`));
  }
  return { objects, columns };
}

let expected: Shape | null = null;
/** What this build expects: a store freshly migrated in memory. */
function expectedShape(): Shape {
  if (!expected) {
    const fresh = new Database(':memory:');
    migrate(drizzle(fresh), { migrationsFolder: MIGRATIONS_DIR });
    expected = shapeOf(fresh);
    fresh.close();
  }
  return expected;
}

/** Every way `db` differs from a store of this build, empty when none. */
export function storeProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const hasJournal = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (!hasJournal) return ['it has no migrations journal (__drizzle_migrations): not a store of this dashboard'];
  const applied = db.prepare(`SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at, rowid`).all() as { hash: string; created_at: number }[];
  const shipped = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR });
  const key = (m: { hash: string; created_at: number | string }) => `${Number(m.created_at)}:${m.hash}`;
  if (applied.map(key).join() !== shipped.map((m) => key({ hash: m.hash, created_at: m.folderMillis })).join()) {
    problems.push(`its migrations journal (${applied.length} entries) is not this build's (${shipped.length} migrations)`);
  }
  const want = expectedShape();
  const have = shapeOf(db);
  for (const [name] of want.objects) if (!have.objects.has(name)) problems.push(`${name} is missing`);
  for (const [name] of have.objects) if (!want.objects.has(name)) problems.push(`${name} is not part of this dashboard's store`);
  for (const [table, columns] of want.columns) {
    const got = have.columns.get(table);
    if (!got) continue;
    for (const c of columns) if (!got.includes(c)) problems.push(`table ${table}: column "${c}" is missing or differs`);
    for (const c of got) if (!columns.includes(c)) problems.push(`table ${table}: column "${c}" is not expected`);
  }
  if (problems.length > 0) return problems;
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity[0]?.integrity_check !== 'ok') problems.push(`integrity check: ${integrity.slice(0, 5).map((r) => r.integrity_check).join('; ')}`);
  const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (orphans.length > 0) {
    problems.push(`${orphans.length} rows point at rows that do not exist (first: ${orphans.slice(0, 3).map((o) => `${o.table} row ${o.rowid} -> ${o.parent}`).join(', ')})`);
  }
  return problems;
}

function counts(connection: Database.Database) {
  const db = dbOf(connection);
  return {
    observations: db.select({ n: count() }).from(observations).get()!.n,
    batches: db.select({ n: count() }).from(batches).get()!.n,
  };
}

function refuse(file: string, problems: string[]): never {
  throw new BackupError(`${file} is not a sound store of this dashboard: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`);
}

/** Checks a backup as it is (read-only): this build's schema, integrity and foreign keys. */
export function checkBackup(file: string): { observations: number; batches: number } {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = storeProblems(db);
    if (problems.length > 0) refuse(file, problems);
    return counts(db);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file} is not a readable SQLite store: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

function fsyncPath(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const removeWithSidecars = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
};

/**
 * Replaces the store file with a backup. Refused while a live process (the dashboard) holds the
 * store. The backup is copied through SQLite to a temporary file beside the store, migrated,
 * checked, written to disk, and renamed over the store: a failure or crash leaves the store as
 * it was, and the backup itself is never changed.
 */
export async function restoreStore(backup: string, storeFile: string): Promise<{ observations: number; batches: number }> {
  if (!existsSync(backup)) throw new BackupError(`${backup} does not exist`);
  if (path.resolve(backup) === path.resolve(storeFile)) throw new BackupError(`${backup} is the store itself`);
  const holder = serverHolding(storeFile);
  if (holder !== null) throw new BackupError(`the dashboard (process ${holder}) has ${storeFile} open: stop it first, then restore`);

  const temporary = `${storeFile}.restoring`;
  removeWithSidecars(temporary);
  let source: Database.Database | null = null;
  let copy: Database.Database | null = null;
  try {
    try {
      source = new Database(backup, { readonly: true, fileMustExist: true });
      source.prepare(`SELECT COUNT(*) FROM sqlite_master`).get(); // raw: a probe that the file is SQLite at all, before any schema
      await source.backup(temporary); // a snapshot through SQLite: the -wal's commits included
    } catch (e) {
      throw new BackupError(`${backup} is not a readable SQLite store: ${(e as Error).message}`);
    } finally {
      source?.close();
    }
    copy = new Database(temporary);
    copy.pragma('journal_mode = DELETE'); // one self-contained file to rename
    copy.pragma('synchronous = FULL');
    // Raw: drizzle's migrations journal is no table of the schema.
    if (copy.prepare(`SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'`).get()) {
      try {
        migrate(drizzle(copy), { migrationsFolder: MIGRATIONS_DIR }); // an older backup catches up
      } catch (e) {
        refuse(backup, [`its migrations do not apply: ${(e as Error).message}`]);
      }
    }
    const problems = storeProblems(copy);
    if (problems.length > 0) refuse(backup, problems);
    const result = counts(copy);
    copy.close();
    copy = null;
    fsyncPath(temporary);
    if (serverHolding(storeFile) !== null) throw new BackupError(`the dashboard started on ${storeFile} meanwhile: stop it first, then restore`);
    for (const suffix of ['-wal', '-shm']) rmSync(storeFile + suffix, { force: true });
    renameSync(temporary, storeFile);
    fsyncPath(path.dirname(path.resolve(storeFile)));
    return result;
  } finally {
    copy?.close();
    removeWithSidecars(temporary);
  }
}
