// Opening the store: one SQLite file (DATABASE_URL), WAL so readers never wait for a writer,
// foreign keys enforced, a busy timeout instead of instant "database is locked", migrations
// and reference facts applied on open so a new file is ready to use.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { syncReferenceData } from './reference';
import * as schema from './schema';

export const DEFAULT_DATABASE_PATH = path.join('data', 'de-an-06.db');
const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  sqlite: Database.Database;
  db: Db;
  path: string;
}

/** The SQLite file named by DATABASE_URL (a path, or file:path), else data/de-an-06.db. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (!url) return DEFAULT_DATABASE_PATH;
  return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

export function openStore(file: string = databasePath(), options: { readonly?: boolean } = {}): Store {
  // The file is the user's choice (DATABASE_URL): nothing for the bundler to trace.
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file, { readonly: options.readonly ?? false });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // 32 MB of page cache (the default is 2 MB): the report's index seeks then stay in memory
  // instead of going to the file system, about four times faster on a large store.
  sqlite.pragma('cache_size = -32768');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    // In WAL mode NORMAL is still durable against application crashes (the crash-safety the
    // imports need) and loses at most the last commits on power loss; it halves fsyncs.
    sqlite.pragma('synchronous = NORMAL');
  }
  const db = drizzle(sqlite, { schema });
  if (!options.readonly) {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    syncReferenceData(sqlite);
  }
  return { sqlite, db, path: file };
}

// One store per server process, kept on globalThis so that dev-mode reloads reuse it.
const globalStore = globalThis as unknown as { __deAn06Store?: Store };

/** The app's store (route handlers, server components). */
export function getStore(): Store {
  const file = databasePath();
  if (!globalStore.__deAn06Store || globalStore.__deAn06Store.path !== file) {
    globalStore.__deAn06Store = openStore(file);
  }
  return globalStore.__deAn06Store;
}
