// Real SQLite stores for tests: a fresh file in a temporary folder, optionally seeded.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../store/client';
import type { Store } from '../store/types';
import { seedIllustrativeData } from '../seed/seed';

/** The "today" the tests seed with, so that their expectations never move with the calendar. */
export const TEST_TODAY = '2026-11-26';

export interface TestStore extends Store {
  dir: string;
  dispose(): void;
}

export function createTestStore(options: { seed?: boolean } = {}): TestStore {
  const dir = mkdtempSync(path.join(tmpdir(), 'de-an-06-test-'));
  const store = openStore(path.join(dir, 'store.db'), { create: true });
  if (options.seed) seedIllustrativeData(store, TEST_TODAY, new Date('2026-11-26T00:00:00Z'));
  return {
    ...store,
    dir,
    dispose() {
      store.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The store's files byte for byte (after a checkpoint, the database and its write-ahead log): a
 * refused write must leave this unchanged.
 */
export function storeFingerprint(store: Store): string {
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    try {
      hash.update(readFileSync(store.path + suffix));
    } catch {
      hash.update('absent');
    }
  }
  return hash.digest('hex');
}
