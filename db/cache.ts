// Results computed from the store, kept while the store has not changed. Every write bumps
// meta.data_version in its own transaction (db/observations.ts), so a cached result is never
// older than the last write: each read checks the version first (one tiny query).
import type { Store } from './client';

const MAX_ENTRIES = 500;

interface StoreCache {
  version: string | null;
  entries: Map<string, unknown>;
}

const caches = new WeakMap<Store['sqlite'], StoreCache>();

export function dataVersion(store: Store): string {
  return (store.sqlite.prepare(`SELECT value FROM meta WHERE key = 'data_version'`).pluck().get() as string | undefined) ?? '0';
}

/** Marks the store as changed; call inside the writing transaction. */
export function bumpDataVersion(sqlite: Store['sqlite']): void {
  sqlite
    .prepare(
      `INSERT INTO meta (key, value) VALUES ('data_version', '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
    )
    .run();
}

/** `compute()` once per key and data version. */
export function cached<T>(store: Store, key: string, compute: () => T): T {
  let cache = caches.get(store.sqlite);
  if (!cache) caches.set(store.sqlite, (cache = { version: null, entries: new Map() }));
  const version = dataVersion(store);
  if (cache.version !== version) {
    cache.version = version;
    cache.entries.clear();
  }
  if (cache.entries.has(key)) return cache.entries.get(key) as T;
  const value = compute();
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  cache.entries.set(key, value);
  return value;
}
