// Results kept per data version (db/store/cache.ts): never older than the last write, even when the
// write lands from another connection while a result is being computed.
import { afterAll, describe, expect, it } from 'vitest';
import { bumpDataVersion, cached } from './cache';
import { openStore } from './client';
import { createTestStore } from '../testing/test-store';

const store = createTestStore();
// Another process's connection to the same file (npm run import, npm run targets).
const other = openStore(store.path);
afterAll(() => {
  other.sqlite.close();
  store.dispose();
});
const write = () => other.sqlite.transaction(() => bumpDataVersion(other))();

describe('cached', () => {
  it('computes once per data version', () => {
    let runs = 0;
    const read = () => cached(store, 'once', () => ++runs);
    expect([read(), read()]).toEqual([1, 1]);
    write();
    expect([read(), read()]).toEqual([2, 2]);
  });

  it('does not keep what was computed while another connection wrote', () => {
    let runs = 0;
    // The outer result reads a nested cached value; the write lands between the two.
    const outer = () => cached(store, 'outer', () => {
      runs++;
      write();
      return cached(store, 'inner', () => `inner after ${runs}`);
    });
    expect(outer()).toBe('inner after 1');
    // Kept under neither version: the next read computes again, on the data now stored.
    expect(outer()).toBe('inner after 2');
    expect(runs).toBe(2);
  });
});
