import { describe, expect, it } from 'vitest';
import { PendingFiles } from './pending-files';

const file = (token: string, size = 3) => ({ token, bytes: new Uint8Array(size), sheet: '', fileName: `${token}.csv` });

describe('files waiting for their confirmation', () => {
  it('gives an account its file once, and only for the token its check gave', () => {
    const pending = new PendingFiles(4, 60_000);
    pending.put('1', file('a'));
    expect(pending.take('2', 'a')).toBeNull(); // another account
    expect(pending.take('1', 'b')).toBeNull(); // another file
    expect(pending.take('1', 'a')?.fileName).toBe('a.csv');
    expect(pending.take('1', 'a')).toBeNull(); // once
  });

  it('keeps one file per account: a new check replaces the earlier one', () => {
    const pending = new PendingFiles(4, 60_000);
    pending.put('1', file('a'));
    pending.put('1', file('b'));
    expect(pending.size).toBe(1);
    expect(pending.take('1', 'a')).toBeNull();
    expect(pending.take('1', 'b')?.token).toBe('b');
  });

  it('holds at most its capacity, dropping the oldest, and forgets a file after its time', () => {
    let now = 0;
    const pending = new PendingFiles(2, 1_000, () => now);
    pending.put('1', file('a'));
    pending.put('2', file('b'));
    pending.put('3', file('c'));
    expect(pending.size).toBe(2);
    expect(pending.take('1', 'a')).toBeNull();
    now = 999;
    expect(pending.take('2', 'b')?.token).toBe('b');
    now = 1_000;
    expect(pending.take('3', 'c')).toBeNull();
    expect(pending.size).toBe(0);
  });
});
