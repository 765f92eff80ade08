// The one way in for writes a person is told were saved (imports, forms, the API, targets,
// reverts): refused with a clear reason when the store cannot take them (read-only, missing,
// or its file moved, deleted or replaced since it was opened), else one BEGIN IMMEDIATE
// transaction committed with synchronous=FULL, so "saved" survives a power cut too.
import { statSync } from 'node:fs';
import type { Store } from './types';
import { missingStoreText } from './client';

export type StoreProblem = 'read-only' | 'missing' | 'gone' | 'no-space' | 'io-error';

export class StoreUnavailableError extends Error {
  /** HTTP status for answers that carry it. */
  readonly status = 503;
  constructor(
    readonly problem: StoreProblem,
    readonly text: { vi: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
  }
}

export function storeUnavailableText(problem: StoreProblem, file: string): { vi: string; en: string } {
  switch (problem) {
    case 'read-only':
      return {
        vi: `Kho dữ liệu ${file} đang ở chế độ chỉ đọc (không ghi được tệp hoặc thư mục): xem được, không ghi được. Không có gì được ghi.`,
        en: `The store ${file} is read-only (its file or folder cannot be written): reading works, writing does not. Nothing was written.`,
      };
    case 'missing':
      return missingStoreText(file);
    case 'no-space':
      return {
        vi: `Kho dữ liệu ${file} không còn chỗ để ghi (đĩa đầy hoặc tệp đã tới giới hạn kích thước): không có gì được ghi. Báo cho người quản trị máy chủ, rồi gửi lại.`,
        en: `The store ${file} has no room to write (the disk is full or the file reached its size limit): nothing was written. Tell the server's administrator, then send it again.`,
      };
    case 'io-error':
      return {
        vi: `Không ghi được vào kho dữ liệu ${file} (đĩa đầy, tệp đã tới giới hạn kích thước, hoặc đĩa lỗi): không có gì được ghi. Báo cho người quản trị máy chủ, rồi gửi lại.`,
        en: `The store ${file} could not be written to disk (the disk is full, the file reached its size limit, or the disk is failing): nothing was written. Tell the server's administrator, then send it again.`,
      };
    case 'gone':
      return {
        vi: `Tệp kho dữ liệu ${file} đã bị xóa, di chuyển hoặc thay thế khi bảng theo dõi đang chạy: không có gì được ghi. Khởi động lại bảng theo dõi.`,
        en: `The store file ${file} was deleted, moved or replaced while the dashboard ran: nothing was written. Restart the dashboard.`,
      };
  }
}

/** Why this store cannot take a write now, or null. Checks the file on every call. */
export function writeRefusal(store: Store): StoreUnavailableError | null {
  if (store.readonly) return new StoreUnavailableError(store.readonly, storeUnavailableText(store.readonly, store.path));
  if (store.path === ':memory:' || !store.identity) return null;
  let same = false;
  try {
    const now = statSync(store.path);
    same = now.dev === store.identity.dev && now.ino === store.identity.ino;
  } catch {
    same = false;
  }
  return same ? null : new StoreUnavailableError('gone', storeUnavailableText('gone', store.path));
}

/**
 * What a failed write says of the disk: no room (SQLITE_FULL, ENOSPC), a write the disk refused
 * (SQLITE_IOERR_*, EIO; SQLite says SQLITE_IOERR_WRITE of a file past its size limit, EFBIG), or
 * null for anything else (a bug, a constraint).
 */
export function diskProblem(error: unknown): 'no-space' | 'io-error' | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'EFBIG' || code === 'ENOSPC' || code === 'EDQUOT') return 'no-space';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io-error';
  return null;
}

/**
 * Runs `write` as one immediate transaction committed with synchronous=FULL; inside another
 * transaction it joins that one (the outer one decides how it commits). A write the disk refuses
 * (full, past a size limit, an I/O error) is rolled back by SQLite, logged with its cause and
 * thrown as a StoreUnavailableError (a 503 with the reason in both languages).
 */
export function durableWrite<T>(store: Store, write: () => T): T {
  const refusal = writeRefusal(store);
  if (refusal) throw refusal;
  const { sqlite } = store;
  if (sqlite.inTransaction) return sqlite.transaction(write)();
  let previous: unknown = null;
  try {
    previous = sqlite.pragma('synchronous', { simple: true });
    sqlite.pragma('synchronous = FULL');
    return sqlite.transaction(write).immediate();
  } catch (error) {
    const problem = diskProblem(error);
    if (!problem) throw error;
    console.error(`write refused by the disk (${problem}) on ${store.path}: ${(error as { code?: string }).code}: ${(error as Error).message}`);
    throw new StoreUnavailableError(problem, storeUnavailableText(problem, store.path), { cause: error });
  } finally {
    if (previous !== null) sqlite.pragma(`synchronous = ${Number(previous)}`);
  }
}
