import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupStore, BackupError, checkBackup, restoreStore } from './backup';
import { openStore } from './client';
import { writeObservations } from './observations';
import { createTestStore } from './test-store';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());
const count = (s = store) => s.sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get();

describe('backup and restore', () => {
  it('copies the live store consistently, and puts it back after a later change', async () => {
    const copy = path.join(store.dir, 'copy.db');
    const before = count();
    await backupStore(store, copy);
    expect(checkBackup(copy).observations).toBe(before);
    writeObservations(store, { source: 'script', actor: 'test' }, [{ unitId: 1, metricId: 1, reportDate: '2022-01-05', value: 1 }]);
    expect(count()).toBe((before as number) + 1);

    const target = path.join(store.dir, 'restored.db');
    restoreStore(copy, target);
    const restored = openStore(target);
    expect(count(restored as typeof store)).toBe(before);
    restored.sqlite.close();
  });

  it('refuses to overwrite a file, and refuses a file that is not a sound store', async () => {
    const copy = path.join(store.dir, 'copy.db');
    await expect(backupStore(store, copy)).rejects.toThrow(BackupError);
    const junk = path.join(store.dir, 'junk.db');
    writeFileSync(junk, 'this is not sqlite');
    expect(() => restoreStore(junk, path.join(store.dir, 'x.db'))).toThrow(/not a readable SQLite store/);
    expect(() => checkBackup(path.join(store.dir, 'missing.db'))).toThrow(/does not exist/);
  });
});
