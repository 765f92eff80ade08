// The one way in for writes a person is told were saved (imports, forms, the API, targets,
// reverts): refused with a clear reason when the store cannot take them (read-only, missing,
// or its file moved, deleted or replaced since it was opened), else one BEGIN IMMEDIATE
// transaction committed with synchronous=FULL, so "saved" survives a power cut too.
import { statSync } from 'node:fs';
import type { Store } from './types';
import { missingStoreText } from './client';

export type StoreProblem = 'read-only' | 'missing' | 'gone';

export class StoreUnavailableError extends Error {
  /** HTTP status for answers that carry it. */
  readonly status = 503;
  constructor(
    readonly problem: StoreProblem,
    readonly text: { vi: string; en: string },
  ) {
    super(text.en);
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
 * Runs `write` as one immediate transaction committed with synchronous=FULL; inside another
 * transaction it joins that one (the outer one decides how it commits).
 */
export function durableWrite<T>(store: Store, write: () => T): T {
  const refusal = writeRefusal(store);
  if (refusal) throw refusal;
  const { sqlite } = store;
  if (sqlite.inTransaction) return sqlite.transaction(write)();
  const previous = sqlite.pragma('synchronous', { simple: true });
  sqlite.pragma('synchronous = FULL');
  try {
    return sqlite.transaction(write).immediate();
  } finally {
    sqlite.pragma(`synchronous = ${Number(previous)}`);
  }
}
