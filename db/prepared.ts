// Statements built once per store: drizzle renders and SQLite compiles a query on every call
// otherwise, which is most of the cost of the small lookups the national summary makes.
import type { Store } from './client';

const statements = new WeakMap<Store['sqlite'], Map<string, unknown>>();

/** `build()` once per store and key; build a drizzle query with sql.placeholder and .prepare(). */
export function prepared<T>(store: Store, key: string, build: (db: Store['db']) => T): T {
  let perStore = statements.get(store.sqlite);
  if (!perStore) statements.set(store.sqlite, (perStore = new Map()));
  if (!perStore.has(key)) perStore.set(key, build(store.db));
  return perStore.get(key) as T;
}
