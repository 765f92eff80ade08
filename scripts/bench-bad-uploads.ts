// npm run bench:bad-uploads [-- --app DIR] [--uploads 6] [--rows 100000] [--only csv|hostile]:
// 1. six administrators' uploads at once of a ~2.9 MB report file of 100,000 bad rows (4
//    problems each) to the import page;
// 2. then, one after another, hostile workbooks (lib/import/hostile-files.ts): a sheet declaring
//    A1:XFD1048576, a stray filled cell at XFD1048576, 2,000,000 small rows, zip bombs of 300 MB
//    (honest) and 1 GB (lying about its size);
// on the production server (`next start`, needs `npx next build`) over a temporary store.
// Prints the server's resident memory (the whole process tree, from /proc) before, at its peak
// and a few seconds after, each answer's status, size, time and first problem, and the slowest
// answer a reader (GET /api/v1/summary every 250 ms) got meanwhile. Aims: the server stays under
// 600 MB, the reader is answered within 1 s. --app DIR: serve another checkout's build (to
// compare with old code).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTestStore } from '@/db/testing/test-store';
import { declaredWholeGrid, manyRows, strayCell, zipBomb } from '@/lib/import/hostile-files';
import { addUser, login, setPassword } from '@/db/users';
import { treeRss } from './process-memory';

const { values } = parseArgs({ options: { app: { type: 'string', default: '.' }, uploads: { type: 'string', default: '6' }, rows: { type: 'string', default: '100000' }, only: { type: 'string' } } });
const APP = path.resolve(values.app!);
const UPLOADS = Number(values.uploads);
const ROWS = Number(values.rows);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Unknown unit, unknown metric, impossible date, a value that is not a number: 4 problems a row. */
function badFile(rows: number): Uint8Array<ArrayBuffer> {
  const lines = ['Mã đơn vị,Chỉ tiêu,Ngày báo cáo,Giá trị,Lý do điều chỉnh'];
  for (let i = 0; i < rows; i++) lines.push(`99,no_metric,2026-13-40,x${i % 10},`);
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  if (!existsSync(path.join(APP, '.next', 'BUILD_ID'))) throw new Error(`no production build in ${APP}: run \`npx next build\` there first`);
  const store = createTestStore({ seed: true });
  let server: ChildProcess | undefined;
  try {
    addUser(store, { email: 'bench.admin@c06.gov.vn', role: 'admin' });
    await setPassword(store, 'bench.admin@c06.gov.vn', 'mat-khau-bench-2026');
    const signedIn = await login(store, 'bench.admin@c06.gov.vn', 'mat-khau-bench-2026', 'bench');
    if (!signedIn.ok) throw new Error('cannot sign in');
    const cookie = `d06_session=${signedIn.token}`;

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(path.join(APP, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: APP,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: store.path, NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('the server did not answer within 60 s');
      try {
        if ((await fetch(`${base}/api/v1/summary`)).ok) break;
      } catch {
        // not yet listening
      }
      await sleep(250);
    }

    // The page as a browser without script posts it: its own hidden action fields.
    const page = async () => {
      const html = await (await fetch(`${base}/data/import`, { headers: { cookie } })).text();
      return Object.fromEntries([...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&')]));
    };
    const fields = await page();
    if (Object.keys(fields).length === 0) throw new Error('the import page has no action fields: not signed in?');
    for (const url of ['/', '/provinces/79', '/api/v1/summary']) await (await fetch(base + url)).arrayBuffer();
    await sleep(1_000);
    const idle = treeRss(server.pid!);

    /** Runs `work` while sampling the server's memory and a reader's latency. */
    const watched = async <T>(work: () => Promise<T>) => {
      const before = treeRss(server!.pid!);
      let peak = before;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, treeRss(server!.pid!));
          await sleep(50);
        }
      })();
      let slowestRead = 0;
      let reads = 0;
      const reader = (async () => {
        while (sampling) {
          const t = performance.now();
          await (await fetch(`${base}/api/v1/summary`)).arrayBuffer();
          slowestRead = Math.max(slowestRead, performance.now() - t);
          reads++;
          await sleep(250);
        }
      })();
      const t = performance.now();
      const result = await work();
      const wall = performance.now() - t;
      await sleep(500);
      sampling = false;
      await Promise.all([sampler, reader]);
      await sleep(3_000);
      return { result, wall, before, peak, after: treeRss(server!.pid!), slowestRead, reads };
    };
    const upload = async (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      form.append('intent', 'check');
      form.append('file', new Blob([bytes], { type }), name);
      const t = performance.now();
      const response = await fetch(`${base}/data/import`, { method: 'POST', headers: { cookie, origin: base, accept: 'text/html' }, body: form });
      const body = await response.arrayBuffer();
      const html = new TextDecoder().decode(body);
      const problem = /<tr class="border-t[^>]*>(?:<td[^>]*>[^<]*<\/td>){2}<td[^>]*>([^<]*)<\/td>/.exec(html)?.[1] ?? '';
      return { status: response.status, size: body.byteLength, ms: performance.now() - t, rows: (html.match(/<tr class="border-t/g) ?? []).length, problem };
    };
    console.log(`app: ${APP}`);
    console.log(`server memory at rest (RSS of the process tree): ${mb(idle)}`);

    if (values.only !== 'hostile') {
      const bytes = badFile(ROWS);
      const run = await watched(() => Promise.all(Array.from({ length: UPLOADS }, (_, i) => upload(bytes, `bad-${i}.csv`, 'text/csv'))));
      console.log(`file: ${ROWS.toLocaleString('en')} bad rows, ${mb(bytes.length)}; ${UPLOADS} uploads at once, all answered in ${(run.wall / 1000).toFixed(1)} s`);
      for (const [i, a] of run.result.entries()) console.log(`  upload ${i + 1}: HTTP ${a.status}, ${mb(a.size)} in ${(a.ms / 1000).toFixed(1)} s, ${a.rows} problem rows in the page`);
      console.log(`  server memory: ${mb(run.before)} before, ${mb(run.peak)} at the peak (aim: under 600 MB), ${mb(run.after)} 3 s after; slowest reader meanwhile: ${(run.slowestRead / 1000).toFixed(2)} s`);
    }
    if (values.only !== 'csv') {
      const hostile: [string, () => Promise<Uint8Array> | Uint8Array][] = [
        ['sheet declaring A1:XFD1048576 (2 rows)', declaredWholeGrid],
        ['stray filled cell at XFD1048576', () => strayCell(true)],
        ['2,000,000 small rows', () => manyRows(2_000_000)],
        ['zip bomb, 300 MB, size declared', () => zipBomb(300)],
        ['zip bomb, 1 GB, size lied about', () => zipBomb(1024, true)],
      ];
      for (const [name, make] of hostile) {
        const bytes = new Uint8Array(await make());
        const run = await watched(() => upload(bytes, 'hostile.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
        const a = run.result;
        console.log(`${name} (${(bytes.length / 1024).toFixed(0)} KB): HTTP ${a.status} in ${(a.ms / 1000).toFixed(1)} s, "${a.problem.slice(0, 110)}"`);
        console.log(`  server memory: ${mb(run.before)} before, ${mb(run.peak)} at the peak, ${mb(run.after)} 3 s after; reader: ${run.reads} answers, slowest ${(run.slowestRead / 1000).toFixed(2)} s`);
      }
    }
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await sleep(1_000);
    }
    store.dispose();
  }
}

main().catch((error) => {
  console.error(`bench-bad-uploads: ${(error as Error).message}`);
  process.exitCode = 1;
});
