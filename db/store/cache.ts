// Results computed from the store, kept while the store has not changed. Every write bumps
// meta.data_version in its own transaction (db/observations.ts), so a cached result is never
// older than the last write: each read checks the version first (one tiny query).
import { eq, sql } from 'drizzle-orm';
import type { Store } from './types';
import { prepared, type Connection } from './prepared';
import { meta } from '../schema';

const MAX_ENTRIES = 500;

interface StoreCache {
  version: string | null;
  entries: Map<string, unknown>;
}

const caches = new WeakMap<Store['sqlite'], StoreCache>();

export function dataVersion(store: Store): string {
  return prepared(store, 'dataVersion', (db) => db.select({ value: meta.value }).from(meta).where(eq(meta.key, 'data_version')).prepare())
    .get()?.value ?? '0';
}

/** Marks the store as changed; call inside the writing transaction. */
export function bumpDataVersion(store: Connection): void {
  prepared(store, 'bumpDataVersion', (db) =>
    db
      .insert(meta)
      .values({ key: 'data_version', value: '1' })
      .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(CAST(${meta.value} AS INTEGER) + 1 AS TEXT)` } })
      .prepare(),
  ).run();
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
  // Another process (npm run import, targets) may have written while this was computed: a nested
  // cached() then saw the new version and moved the cache on. What was computed may mix both
  // versions; it answers this call but is not kept under either.
  if (cache.version !== version) return value;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  cache.entries.set(key, value);
  return value;
}
