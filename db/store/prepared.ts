// Statements built once per store: drizzle renders and SQLite compiles a query on every call
// otherwise, which is most of the cost of the small lookups the national summary makes.
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db, Store } from './types';
import * as schema from '../schema';

/** A store, or only its connection (the code that runs while the store opens has no Store yet). */
export type Connection = Store | Database.Database;

const connectionOf = (c: Connection): Database.Database => ('db' in c && 'sqlite' in c ? c.sqlite : (c as Database.Database));

const statements = new WeakMap<Database.Database, Map<string, unknown>>();
const databases = new WeakMap<Database.Database, Db>();

/** Drizzle over a connection: the store's own, or one made once per connection. */
export function dbOf(c: Connection): Db {
  if ('db' in c && 'sqlite' in c) return c.db;
  let db = databases.get(c);
  if (!db) databases.set(c, (db = drizzle(c, { schema })));
  return db;
}

/** `build()` once per store and key; build a drizzle query with sql.placeholder and .prepare(). */
export function prepared<T>(store: Connection, key: string, build: (db: Db) => T): T {
  const sqlite = connectionOf(store);
  let perStore = statements.get(sqlite);
  if (!perStore) statements.set(sqlite, (perStore = new Map()));
  if (!perStore.has(key)) perStore.set(key, build(dbOf(store)));
  return perStore.get(key) as T;
}
