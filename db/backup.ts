// A consistent copy of the live store (SQLite's online backup: readers and writers carry on
// while it runs) and putting one back after checking it is a sound store of this project.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Store } from './client';

export class BackupError extends Error {}

export async function backupStore(store: Store, target: string): Promise<{ pages: number }> {
  if (existsSync(target)) throw new BackupError(`${target} exists already: choose a new file`);
  const result = await store.sqlite.backup(target);
  return { pages: result.totalPages };
}

/** Checks a backup file: readable SQLite, integrity ok, and this project's tables. */
export function checkBackup(file: string): { observations: number; batches: number } {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} fails the integrity check: ${integrity}`);
    const tables = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
    for (const t of ['units', 'metrics', 'observations', 'batches', '__drizzle_migrations']) {
      if (!tables.has(t)) throw new BackupError(`${file} is not a store of this dashboard (no table ${t})`);
    }
    return {
      observations: db.prepare(`SELECT COUNT(*) FROM observations`).pluck().get() as number,
      batches: db.prepare(`SELECT COUNT(*) FROM batches`).pluck().get() as number,
    };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file} is not a readable SQLite store: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Replaces the store file with a checked backup. The server must be stopped: the copy goes to a
 * temporary name first and is renamed over the store, so a crash leaves one or the other whole.
 */
export function restoreStore(backup: string, storeFile: string): { observations: number; batches: number } {
  const counts = checkBackup(backup);
  const temporary = `${storeFile}.restoring`;
  copyFileSync(backup, temporary);
  for (const suffix of ['-wal', '-shm']) rmSync(storeFile + suffix, { force: true });
  renameSync(temporary, storeFile);
  return counts;
}
