// The store's types, in a leaf module (no value imports): an open store and its drizzle handle.
// db/store/client.ts opens one; the modules it imports (cache, prepared, reference) take these
// types from here, never from client.ts.
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  sqlite: Database.Database;
  db: Db;
  path: string;
  /** Why writes are refused: the file cannot be written, or there is no file at `path`. */
  readonly?: 'read-only' | 'missing';
  /** The file opened (device and inode), to notice it was moved, deleted or replaced since. */
  identity?: { dev: number; ino: number; size: number; mtimeMs: number } | null;
}
