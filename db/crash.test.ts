// Crash safety and readers during writes, with real processes: an import killed with SIGKILL
// leaves a sound store holding the whole batch or none of it; 50 readers during a
// 100,000-row import see no error.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './store/client';
import type { Store } from './store/types';
import { getNationalSummary } from './national';
import { listUnits } from './units';
import { makeImportCsv } from '@/scripts/make-import-file';

const ROWS = 100_000;
const dir = mkdtempSync(path.join(tmpdir(), 'de-an-06-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = path.join(dir, 'big.csv');
{
  const store = openStore(path.join(dir, 'units.db'), { create: true });
  writeFileSync(file, makeImportCsv(ROWS, listUnits(store, '2024').map((u) => ({ code: u.code, districts: u.districts! }))));
  store.sqlite.close();
}

/** The import as a child process, and a promise of its exit (listened for from the start). */
function startImport(database: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file], {
    env: { ...process.env, DATABASE_URL: database },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit };
}

describe('an import killed with SIGKILL', () => {
  it('10 times: integrity_check is ok and the store holds all of the batch or none of it', async () => {
    const outcomes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const database = path.join(dir, `crash-${i}.db`);
      openStore(database, { create: true }).sqlite.close(); // migrated before the import starts
      const { child, exit } = startImport(database);
      // Somewhere between start-up and the end of the write (the import takes ~3-4 s here).
      await new Promise((r) => setTimeout(r, 1200 + i * 300));
      child.kill('SIGKILL');
      await exit;
      const store = openStore(database);
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const count = store.sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get() as number;
      const batches = store.sqlite.prepare(`SELECT COUNT(*) FROM batches`).pluck().get() as number;
      expect([0, ROWS]).toContain(count);
      expect(batches).toBe(count === 0 ? 0 : 1);
      outcomes.push(count);
      store.sqlite.close();
    }
    // The test means something only if some imports were cut short.
    expect(outcomes.filter((c) => c === 0).length).toBeGreaterThan(0);
  }, 120_000);
});

describe('readers during a large import', () => {
  it('50 concurrent readers see no error while 100,000 rows are written', async () => {
    const database = path.join(dir, 'readers.db');
    const readers: Store[] = Array.from({ length: 50 }, () => openStore(database, { create: true }));
    const { exit } = startImport(database);
    let done = false;
    const finished = exit.then((code) => {
      done = true;
      return code;
    });
    let reads = 0;
    const errors: unknown[] = [];
    await Promise.all(
      readers.map(async (store) => {
        while (!done) {
          try {
            getNationalSummary(store, { date: '2024-12-31', edition: '2024' });
            reads++;
          } catch (e) {
            errors.push(e);
          }
          await new Promise((r) => setTimeout(r, 5));
        }
      }),
    );
    expect(await finished).toBe(0);
    expect(errors).toEqual([]);
    expect(reads).toBeGreaterThan(50);
    const after = getNationalSummary(readers[0], { date: '2024-12-31', edition: '2024' });
    expect(after.metrics.health_book_records?.value).toBeGreaterThan(0);
    for (const r of readers) r.sqlite.close();
  }, 120_000);
});
