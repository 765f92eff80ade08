// The store under operators, on real files: the write paths commit with synchronous=FULL; a
// store that cannot be written serves reads and refuses writes with a 503; a store moved or
// deleted while open refuses the next write; a missing store is said to be missing.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { revertBatch } from '../audit';
import { getStore, openStore } from './client';
import type { Store } from './types';
import { diskProblem, durableWrite, StoreUnavailableError } from './durable';
import { importObservations } from '../import';
import { setTargets } from '../targets';
import { createTestStore, storeFingerprint, TEST_TODAY } from '../testing/test-store';
import { addUser, createApiToken } from '../users';
import { POST } from '@/app/api/v1/observations/route';
import { GET as summary } from '@/app/api/v1/summary/route';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());
const batch = { source: 'import', actor: 'test' } as const;
const row = (date: string, value: number) => ({ row: 1, unit: '79', metric: 'health_book_records', date, value: String(value) });
const reports = (s: Store) => s.sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get() as number;

describe('durable writes', () => {
  it('imports, targets and reverts commit with synchronous=FULL; the store goes back to NORMAL', () => {
    // What the connection's setting is at the moment each write path creates its batch.
    store.sqlite.exec(`CREATE TEMP TABLE seen (level INTEGER);
      CREATE TEMP TRIGGER watch AFTER INSERT ON main.batches BEGIN INSERT INTO seen SELECT synchronous FROM pragma_synchronous; END;`);
    const imported = importObservations(store, [row('2026-11-26', 99_000_000)], { batch, today: TEST_TODAY, scope: null });
    expect(imported.written?.batchId).toBeTruthy();
    const targets = setTargets(store, [{ row: 1, unit: '79', metric: 'health_book_records', baselineDate: '2026-01-01', baselineValue: '1', dueDate: '2027-12-31', targetValue: '100000000', note: '' }], 'test');
    expect(targets.problems).toEqual([]);
    revertBatch(store, imported.written!.batchId!, 'test');
    expect(store.sqlite.prepare(`SELECT level FROM temp.seen`).pluck().all()).toEqual([2, 2, 2]); // FULL
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    store.sqlite.exec(`DROP TRIGGER temp.watch; DROP TABLE temp.seen;`);
  });

  it('goes back to NORMAL after a write that failed, and writes nothing of it', () => {
    const before = reports(store);
    expect(() => durableWrite(store, () => {
      store.sqlite.prepare(`INSERT INTO batches (source, actor, created_at) VALUES ('script', 'x', 'now')`).run();
      throw new Error('half way');
    })).toThrow('half way');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    expect(reports(store)).toBe(before);
  });
});

describe('a store that disappears while open', () => {
  it.each([
    ['moved', (f: string) => renameSync(f, `${f}.moved`)],
    ['deleted', (f: string) => rmSync(f)],
  ])('%s: the next write is refused with a clear error, nothing is lost silently', (_, remove) => {
    const s = createTestStore();
    try {
      importObservations(s, [row('2026-11-19', 10)], { batch, today: TEST_TODAY, scope: null });
      remove(s.path);
      expect(() => importObservations(s, [row('2026-11-26', 5_000_000)], { batch, today: TEST_TODAY, scope: null })).toThrow(
        expect.objectContaining({ problem: 'gone', message: expect.stringMatching(/deleted, moved or replaced while the dashboard ran: nothing was written/) }),
      );
      expect(reports(s)).toBe(1); // the refused write is in no file either
    } finally {
      s.dispose();
    }
  });
});

describe('the server on a store that moved, or is not there', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = saved;
    vi.restoreAllMocks();
  });

  it('answers a write to a store moved away with 503 and the reason', async () => {
    const s = createTestStore();
    try {
      addUser(s, { email: 'api@c06.gov.vn', role: 'admin' });
      const { token } = createApiToken(s, 'api@c06.gov.vn');
      process.env.DATABASE_URL = s.path;
      getStore();
      renameSync(s.path, `${s.path}.moved`);
      const response = await POST(new Request('http://localhost/api/v1/observations', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ observations: [{ unit: '79', metric: 'health_book_records', date: '2026-11-26', value: 5_000_000 }] }),
      }));
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { message: string; messageVi: string } };
      expect(body.error.message).toMatch(/deleted, moved or replaced/);
      expect(body.error.messageVi).toMatch(/đã bị xóa, di chuyển hoặc thay thế/);
    } finally {
      s.dispose();
    }
  });

  it('never creates a missing store: says so in the log and answers reads 503', async () => {
    const s = createTestStore();
    const missing = path.join(s.dir, 'nothing-here.db');
    try {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      process.env.DATABASE_URL = missing;
      expect(getStore().readonly).toBe('missing');
      expect(existsSync(missing)).toBe(false);
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`No store at ${missing}`));
      const response = summary(new Request('http://localhost/api/v1/summary'));
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/No store at .*npm run seed/);
      expect(() => importObservations(getStore(), [row('2026-11-26', 1)], { batch, today: TEST_TODAY, scope: null })).toThrow(StoreUnavailableError);
      expect(() => openStore(missing)).toThrow(/No store at/);
      expect(existsSync(missing)).toBe(false);
    } finally {
      s.dispose();
    }
  });
});

describe('a store that cannot be written (folder and file without write permission)', () => {
  it('a full disk (the writer under a file-size limit): the API answers 503 in both languages, the import is refused, it is logged, nothing is written', () => {
    const s = createTestStore({ seed: true });
    try {
      addUser(s, { email: 'api@c06.gov.vn', role: 'admin' });
      const { token } = createApiToken(s, 'api@c06.gov.vn');
      const before = storeFingerprint(s);
      const count = reports(s);
      s.sqlite.close();
      // 33,000 bytes: room for the shared-memory index (32 KB), not for a transaction in the
      // write-ahead log; reads are not limited. SQLite reports EFBIG as SQLITE_IOERR_WRITE.
      const child = spawnSync('prlimit', ['--fsize=33000', process.execPath, '--import', 'tsx', 'db/testing/full-disk-writer.ts'], {
        env: { ...process.env, DATABASE_URL: s.path, TOKEN: token },
        encoding: 'utf8',
        timeout: 170_000,
      });
      const seen = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? 'null');
      expect(seen).toMatchObject({
        post: { status: 503, retryAfter: '60', body: { error: { message: expect.stringMatching(/could not be written to disk \(the disk is full, the file reached its size limit.*nothing was written/), messageVi: expect.stringMatching(/Không ghi được .*đĩa đầy.*không có gì được ghi/) } } },
        checkProblems: 0,
        write: 'refused: io-error',
        read: 200,
      });
      expect(child.stderr).toMatch(/write refused by the disk \(io-error\) on .*store\.db: SQLITE_IOERR_WRITE/);
      const after = openStore(s.path);
      try {
        expect(reports(after)).toBe(count);
        expect(after.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(storeFingerprint(after)).toBe(before);
      } finally {
        after.sqlite.close();
      }
    } finally {
      rmSync(s.dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('tells a full disk from an I/O error and from any other failure', () => {
    expect([{ code: 'SQLITE_FULL' }, { code: 'ENOSPC' }, { code: 'SQLITE_IOERR_WRITE' }, { code: 'EIO' }, { code: 'SQLITE_CONSTRAINT' }, new Error('x')].map(diskProblem)).toEqual(['no-space', 'no-space', 'io-error', 'io-error', null, null]);
  });

  // Root ignores permission bits, so the check runs as "nobody" when the tests run as root.
  const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

  it.each([
    ['closed cleanly (no -wal, no -shm)', false],
    ['still open elsewhere (its -wal and -shm there)', true],
  ])('%s: serves every read API and refuses writes with 503 and a clear message', (_, sidecars) => {
    const s = createTestStore({ seed: true });
    try {
      addUser(s, { email: 'api@c06.gov.vn', role: 'admin' });
      const { token } = createApiToken(s, 'api@c06.gov.vn');
      const before = reports(s);
      if (!sidecars) s.sqlite.close();
      else expect(existsSync(`${s.path}-wal`) && existsSync(`${s.path}-shm`)).toBe(true);
      for (const f of [s.path, `${s.path}-wal`, `${s.path}-shm`]) if (existsSync(f)) chmodSync(f, 0o444);
      chmodSync(s.dir, 0o555);
      const [command, ...args] = [...asUser, process.execPath, '--import', 'tsx', 'db/testing/read-only-server.ts'];
      const child = spawnSync(command, args, { env: { ...process.env, DATABASE_URL: s.path, TOKEN: token }, encoding: 'utf8', timeout: 60_000 });
      chmodSync(s.dir, 0o755);
      expect(child.stderr).not.toMatch(/attempt to write a readonly database/);
      const seen = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? 'null');
      expect(seen).toMatchObject({
        readonly: 'read-only',
        reads: { summary: 200, report: 200, league: 200, units: 200, history: 200 },
        nationalHealth: 14_800_000,
        post: { status: 503, body: { error: { message: expect.stringMatching(/is read-only .*Nothing was written/), messageVi: expect.stringMatching(/chỉ đọc/) } } },
        dryRunProblems: 0,
        write: 'refused: read-only',
      });
      const after = openStore(s.path, { readonly: true });
      expect(reports(after)).toBe(before);
      after.sqlite.close();
    } finally {
      chmodSync(s.dir, 0o755);
      if (s.sqlite.open) s.sqlite.close();
      rmSync(s.dir, { recursive: true, force: true });
    }
  }, 90_000);
});
