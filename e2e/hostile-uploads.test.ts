// Issue 18 against the real server (`next start` of e2e/global-setup.ts): hostile workbooks made
// here (lib/import/hostile-files.ts) are posted to the import as a browser without script posts
// its form, by an account that may import. Meanwhile a reader keeps asking the summary API, and
// the server's resident memory (its whole process tree, from /proc) is sampled. The bounds are
// the functional ones, not benchmarks: every answer to the reader within 1 s, the server
// under 600 MB, back near its resting size afterwards. Each refusal names its reason (the limit,
// the inflation), never "Tệp rỗng"; nothing is written. Figures: `npm run bench:bad-uploads`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openStore } from '@/db/store/client';
import { addUser, login, setPassword } from '@/db/users';
import { declaredWholeGrid, manyRows, strayCell, zipBomb } from '@/lib/import/hostile-files';
import { treeRss } from '../scripts/process-memory';

const baseURL = inject('baseURL');
const serverPid = inject('serverPid');
const MB = 1024 * 1024;
const MEMORY_BOUND = 600 * MB;
/** "Near rest": what a served page or two may keep cached, not a refused file's inflated bytes. */
const NEAR_REST = 150 * MB;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cookie = '';
let resting = 0;

/** What the import may have written: the batches, the figures and their audit trail. */
function storeFingerprint(): string {
  const store = openStore(inject('storePath'));
  try {
    return ['batches', 'observations', 'observation_totals', 'observation_audit']
      .map((table) => JSON.stringify(store.sqlite.prepare(`SELECT count(*) AS n, max(rowid) AS last FROM ${table}`).get()))
      .join(' ');
  } finally {
    store.sqlite.close();
  }
}

/** The import page's own action fields, as a browser without script posts them. */
async function actionFields(): Promise<Record<string, string>> {
  const html = await (await fetch(`${baseURL}/data/import`, { headers: { cookie } })).text();
  const fields = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&')]),
  );
  expect(Object.keys(fields).length, 'the import page has its action fields (signed in)').toBeGreaterThan(0);
  return fields;
}

/** Posts the workbook to the import's check while a reader asks the summary API and the memory is sampled. */
async function postWatched(bytes: Uint8Array) {
  const fields = await actionFields();
  let running = true;
  let peak = treeRss(serverPid);
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, treeRss(serverPid));
      await sleep(50);
    }
  })();
  const reads: number[] = [];
  const reader = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${baseURL}/api/v1/summary`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      reads.push(performance.now() - started);
      await sleep(200);
    }
  })();
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('lang', 'vi');
  form.append('intent', 'check');
  form.append('file', new Blob([new Uint8Array(bytes)], { type: XLSX }), 'bao-cao.xlsx');
  const response = await fetch(`${baseURL}/data/import`, { method: 'POST', headers: { cookie, origin: baseURL, accept: 'text/html' }, body: form });
  const html = await response.text();
  // One more reading after the answer: the reader is answered at once when the file is done with.
  await sleep(300);
  running = false;
  await Promise.all([sampler, reader]);
  return { status: response.status, html, peak, reads };
}

/** The import result's stage and its problems' reasons, from the server's HTML. */
function resultOf(html: string): { stage: string; reasons: string[] } {
  const stage = /data-testid="import-result" data-stage="([a-z]+)"/.exec(html)?.[1] ?? '(none)';
  const table = /data-testid="import-problems">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const reasons = [...table.matchAll(/<tr class="border-t[^>]*>(?:<td[^>]*>[\s\S]*?<\/td>){2}<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1].replaceAll('&quot;', '"'));
  return { stage, reasons };
}

/** The server's memory once it has settled (a few readings, the lowest). */
async function settled(): Promise<number> {
  let low = Infinity;
  for (let i = 0; i < 6; i++) {
    await sleep(500);
    low = Math.min(low, treeRss(serverPid));
  }
  return low;
}

beforeAll(async () => {
  const store = openStore(inject('storePath'));
  try {
    addUser(store, { email: 'nhap.lieu.79@e2e-hostile.vn', role: 'reporter', units: ['79'] });
    await setPassword(store, 'nhap.lieu.79@e2e-hostile.vn', 'mat-khau-that-dai-2026');
    const signedIn = await login(store, 'nhap.lieu.79@e2e-hostile.vn', 'mat-khau-that-dai-2026', 'e2e-hostile');
    if (!signedIn.ok) throw new Error('cannot sign in the e2e reporter');
    cookie = `d06_session=${signedIn.token}`;
  } finally {
    store.sqlite.close();
  }
  // Warm: the pages and API the test touches, so their first compile-free load is not counted as growth.
  for (const url of ['/', '/data/import', '/api/v1/summary']) await (await fetch(baseURL + url, { headers: { cookie } })).arrayBuffer();
  resting = await settled();
  expect(resting).toBeGreaterThan(0);
});

afterAll(() => {
  // Nothing to undo: the account stays in the test store, which global-setup removes.
});

describe('hostile workbooks posted to the running server', () => {
  const cases: [string, () => Uint8Array | Promise<Uint8Array>, RegExp | null][] = [
    // Read for what it holds: two rows, however large the range it declares.
    ['a sheet declaring A1:XFD1048576', declaredWholeGrid, null],
    ['a stray filled cell at XFD1048576', () => strayCell(true), /XFD1048576.*quá giới hạn 200\.000 dòng/],
    ['2,000,000 small rows', () => manyRows(2_000_000), /A200001, quá giới hạn 200\.000 dòng/],
    ['a zip bomb of 300 MB declaring its size', () => zipBomb(300), /giải nén ra hơn 128 MB.*bị từ chối trước khi giải nén/],
    ['a zip bomb of 1 GB lying about its size', () => zipBomb(1024, true), /giải nén ra hơn .*bị từ chối trước khi giải nén/],
  ];

  it.each(cases)('%s: the dashboard keeps answering, the server stays under 600 MB, nothing is written', async (_, make, reason) => {
    const bytes = await make();
    const before = storeFingerprint();
    const run = await postWatched(bytes);

    expect(run.status).toBe(200);
    const { stage, reasons } = resultOf(run.html);
    if (reason === null) {
      expect(stage).toBe('checked');
    } else {
      expect(stage).toBe('problems');
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatch(reason);
    }
    expect(run.html).not.toContain('Tệp rỗng');

    expect(run.reads.length, 'the summary API was asked while the file was read').toBeGreaterThan(0);
    expect(Math.max(...run.reads), `slowest summary answer (ms) of ${run.reads.length}`).toBeLessThan(1_000);
    expect(run.peak, `server peak ${(run.peak / MB).toFixed(0)} MB`).toBeLessThan(MEMORY_BOUND);
    const after = await settled();
    expect(after - resting, `server ${(after / MB).toFixed(0)} MB after, ${(resting / MB).toFixed(0)} MB at rest`).toBeLessThan(NEAR_REST);
    expect(storeFingerprint()).toBe(before);
  }, 120_000);
});
