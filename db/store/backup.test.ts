// Backup and restore on real SQLite files: a restore keeps the commits still in a backup's
// -wal, refuses anything that is not a sound store of this build (columns, journal, foreign
// keys) and refuses while the dashboard holds the store, leaving the store untouched.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupStore, BackupError, checkBackup, restoreStore } from './backup';
import { openStore } from './client';
import type { Store } from './types';
import { writeObservations } from '../observations';
import { lockFileOf } from './server-lock';
import { createTestStore } from '../testing/test-store';

const store = createTestStore();
afterAll(() => store.dispose());
const file = (name: string) => path.join(store.dir, name);
const count = (db: Database.Database) => db.prepare(`SELECT COUNT(*) FROM observations`).pluck().get() as number;
const write = (s: Store, date: string, value: number) =>
  writeObservations(s, { source: 'script', actor: 'test' }, [{ unitId: 1, metricId: 1, reportDate: date, value }]);

/** A store of this build holding `n` reports, closed (no -wal left). */
function goodStore(name: string, n = 1): string {
  const s = openStore(file(name), { create: true });
  for (let i = 0; i < n; i++) write(s, `2023-01-${String(i + 1).padStart(2, '0')}`, 10 + i);
  s.sqlite.close();
  return file(name);
}

/** A good backup, then changed by `damage` with foreign keys off. */
function damagedBackup(name: string, damage: (db: Database.Database) => void): string {
  const f = goodStore(name);
  const db = new Database(f);
  db.pragma('foreign_keys = OFF');
  damage(db);
  db.close();
  return f;
}

/** The store a restore must leave alone: its reports and the file itself. */
function expectUntouched(target: string, reports: number, before: { ino: number; mtimeMs: number }) {
  const after = statSync(target);
  expect({ ino: after.ino, mtimeMs: after.mtimeMs }).toEqual(before);
  const db = new Database(target, { readonly: true });
  expect(count(db)).toBe(reports);
  db.close();
}

describe('backup and restore', () => {
  it('copies the live store consistently, and puts it back after a later change', async () => {
    write(store, '2022-01-05', 1);
    const copy = file('copy.db');
    await backupStore(store, copy);
    expect(checkBackup(copy).observations).toBe(1);
    write(store, '2022-01-12', 2);

    const target = goodStore('restored.db', 3);
    await restoreStore(copy, target);
    const restored = openStore(target);
    expect(count(restored.sqlite)).toBe(1);
    restored.sqlite.close();
  });

  it('refuses to overwrite a file, and refuses a file that is not a sound store', async () => {
    await expect(backupStore(store, file('copy.db'))).rejects.toThrow(BackupError);
    const junk = file('junk.db');
    writeFileSync(junk, 'this is not sqlite');
    await expect(restoreStore(junk, file('x.db'))).rejects.toThrow(/not a readable SQLite store/);
    expect(() => checkBackup(file('missing.db'))).toThrow(/does not exist/);
  });

  it('keeps the commits still in the -wal beside the backup (one batch and 5,000,000)', async () => {
    const live = openStore(file('wal-source.db'), { create: true });
    live.sqlite.pragma('wal_autocheckpoint = 0'); // the last commits stay in the -wal
    write(live, '2023-01-01', 10);
    live.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    write(live, '2023-01-08', 5_000_000);
    // The operator's copy: the file and its -wal, as a file manager or rsync copies them.
    copyFileSync(live.path, file('wal-backup.db'));
    copyFileSync(`${live.path}-wal`, file('wal-backup.db-wal'));
    live.sqlite.close();
    expect(statSync(file('wal-backup.db-wal')).size).toBeGreaterThan(0);

    const target = goodStore('wal-target.db');
    await restoreStore(file('wal-backup.db'), target);
    const restored = new Database(target, { readonly: true });
    expect(restored.prepare(`SELECT value FROM observations ORDER BY report_date`).pluck().all()).toEqual([10, 5_000_000]);
    expect(restored.prepare(`SELECT COUNT(*) FROM batches`).pluck().get()).toBe(2);
    restored.close();
  });

  it.each([
    ['a column renamed (right table names, wrong columns)', (db: Database.Database) => db.exec(`ALTER TABLE observations RENAME COLUMN value TO amount`), /table observations: column "value INTEGER NOT NULL" is missing/],
    ['a column this build does not know', (db: Database.Database) => db.exec(`ALTER TABLE batches ADD COLUMN extra TEXT`), /table batches: column "extra TEXT" is not expected/],
    ['a migrations journal of another build', (db: Database.Database) => db.exec(`UPDATE __drizzle_migrations SET hash = 'other' WHERE rowid = 1`), /migrations journal/],
    ['the tables without a migrations journal', (db: Database.Database) => db.exec(`DROP TABLE __drizzle_migrations`), /no migrations journal/],
    ['an empty migrations journal', (db: Database.Database) => db.exec(`DELETE FROM __drizzle_migrations`), /migrations do not apply/],
    ['a report of a unit that does not exist', (db: Database.Database) => db.exec(`UPDATE observations SET unit_id = 999999`), /rows point at rows that do not exist \(first: observations row 1 -> units\)/],
  ])('refuses %s and leaves the store as it was', async (_, damage, reason) => {
    const name = `bad-${Math.random().toString(36).slice(2)}`;
    const bad = damagedBackup(`${name}.db`, damage);
    const target = goodStore(`${name}-target.db`, 2);
    const before = statSync(target);
    await expect(restoreStore(bad, target)).rejects.toThrow(reason);
    expectUntouched(target, 2, { ino: before.ino, mtimeMs: before.mtimeMs });
    expect(existsSync(`${target}.restoring`)).toBe(false);
  });

  it('refuses while the dashboard holds the store, and restores once it has stopped', async () => {
    const target = goodStore('served.db', 2);
    const backup = goodStore('served-backup.db', 1);
    // The server's way of opening its store (getStore), in a real process of its own.
    const server = spawn(process.execPath, ['--import', 'tsx', '-e', `import('./db/store/client.ts').then((m) => { m.getStore(); console.log('open'); setInterval(() => {}, 1000); })`], {
      env: { ...process.env, DATABASE_URL: target },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => server.on('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout!.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
        server.on('exit', () => reject(new Error('the server process ended early')));
      });
      expect(existsSync(lockFileOf(target))).toBe(true);
      const before = statSync(target);
      await expect(restoreStore(backup, target)).rejects.toThrow(new RegExp(`process ${server.pid}\\) has .* open: stop it first`));
      expectUntouched(target, 2, { ino: before.ino, mtimeMs: before.mtimeMs });
    } finally {
      server.kill('SIGKILL'); // no clean exit: its lock file stays behind, stale
      await exited;
    }
    expect(existsSync(lockFileOf(target))).toBe(true);
    await restoreStore(backup, target);
    const restored = new Database(target, { readonly: true });
    expect(count(restored)).toBe(1);
    restored.close();
  }, 30_000);
});
