// Opening the store: one SQLite file (DATABASE_URL), WAL so readers never wait for a writer,
// foreign keys enforced, a busy timeout instead of instant "database is locked", migrations
// and reference facts applied on open so a new file is ready to use.
// A file this process cannot write is opened read-only (reads served, writes refused by
// db/store/durable.ts); a missing file is created only when asked (seed, demo, tests), never by the
// server, which shows "no store at PATH" instead of an empty dashboard.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { syncReferenceData } from './reference';
import * as schema from '../schema';
import { holdServerLock } from './server-lock';
import type { Store } from './types';

export const DEFAULT_DATABASE_PATH = path.join('data', 'de-an-06.db');
export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

export class StoreMissingError extends Error {}

/** The SQLite file named by DATABASE_URL (a path, or file:path), else data/de-an-06.db. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (!url) return DEFAULT_DATABASE_PATH;
  return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

export const missingStoreText = (file: string) => ({
  vi: `Không có kho dữ liệu tại ${file}: chạy "npm run seed" (hoặc "npm run demo") để tạo, hoặc đặt DATABASE_URL đúng tệp.`,
  en: `No store at ${file}: run "npm run seed" (or "npm run demo") to create one, or point DATABASE_URL at the right file.`,
});

/**
 * Can this process write the store? Asked of the kernel (access(2)), which knows about
 * read-only mounts, immutable files and the caller's rights (root ignores permission bits,
 * and can indeed write then). SQLite needs the folder too, for the -wal and -shm files.
 */
export function canWriteStore(file: string): boolean {
  try {
    accessSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function identityOf(file: string): Store['identity'] {
  try {
    const s = statSync(file);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/**
 * A file we may only read. Directly when SQLite can (its -wal and -shm there or creatable);
 * a WAL file in a folder we cannot write cannot be opened so, and is then read into memory
 * (marked as a rollback-journal file, which an in-memory copy needs) and refused writes.
 */
function openReadOnly(file: string): Database.Database {
  try {
    const direct = new Database(file, { readonly: true, fileMustExist: true });
    direct.prepare(`SELECT COUNT(*) FROM sqlite_master`).get(); // raw: a probe that the file opens, before any schema
    return direct;
  } catch {
    const bytes = readFileSync(file);
    if (bytes[18] === 2) bytes[18] = bytes[19] = 1;
    const copy = new Database(bytes);
    copy.pragma('query_only = ON');
    return copy;
  }
}

export function openStore(file: string = databasePath(), options: { readonly?: boolean; create?: boolean } = {}): Store {
  const memory = file === ':memory:';
  if (!memory && !existsSync(file)) {
    if (!options.create) throw new StoreMissingError(missingStoreText(file).en);
    // The file is the user's choice (DATABASE_URL): nothing for the bundler to trace.
    mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  }
  const readonly = options.readonly || (!memory && !canWriteStore(file));
  const identity = memory ? null : identityOf(file);
  const sqlite = readonly ? openReadOnly(file) : new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // 32 MB of page cache (the default is 2 MB): the report's index seeks then stay in memory
  // instead of going to the file system, about four times faster on a large store.
  sqlite.pragma('cache_size = -32768');
  if (!readonly) {
    sqlite.pragma('journal_mode = WAL');
    // In WAL mode NORMAL is still durable against application crashes and loses at most the
    // last commits on power loss; writes a person is told were saved use FULL (db/store/durable.ts).
    sqlite.pragma('synchronous = NORMAL');
  }
  const db = drizzle(sqlite, { schema });
  if (!readonly) {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    syncReferenceData(sqlite);
  }
  return { sqlite, db, path: file, readonly: readonly ? 'read-only' : undefined, identity: identity ?? identityOf(file) };
}

/** A stand-in while there is no file: the reference facts and no data, every write refused. */
function placeholderStore(file: string): Store {
  const sqlite = new Database(':memory:');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  syncReferenceData(sqlite);
  sqlite.pragma('query_only = ON');
  return { sqlite, db, path: file, readonly: 'missing', identity: null };
}

// One store per server process, kept on globalThis so that dev-mode reloads reuse it.
const globalStore = globalThis as unknown as { __deAn06Store?: Store };

/**
 * The app's store (route handlers, server components). The server never creates the file: on
 * a missing one it says so in the log and serves the "no store" notice until the file appears.
 * While it holds a writable store it keeps a lock file that `npm run restore` respects.
 */
export function getStore(): Store {
  const file = databasePath();
  const current = globalStore.__deAn06Store;
  if (current && current.path === file && !stale(current)) return current;
  if (current && current.path === file) current.sqlite.close(); // stale: replaced just below
  if (!existsSync(file)) {
    if (current?.readonly !== 'missing' || current.path !== file) console.error(`[de-an-06] ${missingStoreText(file).en}`);
    globalStore.__deAn06Store = placeholderStore(file);
  } else {
    const store = openStore(file);
    if (store.readonly) console.error(`[de-an-06] ${file} cannot be written: serving it read-only, every write is refused`);
    else holdServerLock(file);
    globalStore.__deAn06Store = store;
  }
  return globalStore.__deAn06Store;
}

/** A stand-in whose file has appeared, or a read-only copy whose file has changed since. */
function stale(store: Store): boolean {
  if (store.readonly === 'missing') return existsSync(store.path);
  if (store.readonly === 'read-only' && store.sqlite.memory) {
    const now = identityOf(store.path);
    const was = store.identity;
    return !!now && (!was || now.ino !== was.ino || now.size !== was.size || now.mtimeMs !== was.mtimeMs);
  }
  return false;
}
