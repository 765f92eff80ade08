// npm run bench:web [-- --no-build] [--duration 8] [--connections 20] [--store PATH] [--only throughput|cold|size|paint] [--match TEXT]
// Production build with a trivial page and route (scripts/bench-web-build.ts), then on one
// `next start` server:
// - throughput: autocannon on each target, each run between two runs of the trivial page (pages)
//   or route (API) so that load on the machine hits both alike; prints req/s, p50, p99 and the
//   ratio to the mean of the two trivial runs around it. Aims: pages >= 0.8 of the trivial page,
//   API >= 0.9 of the trivial route with p99 < 50 ms. Each page is also run against the trivial
//   page padded to its own HTML size (?kb=, scripts/bench-web-build.ts): what rendering that much
//   HTML costs the framework alone, with nothing computed.
// - cold render: after a real write (a correction through db/observations.ts writeObservations,
//   which moves the data version), the latency of the first request to each page; 5 writes each,
//   median and slowest. Aim: under 150 ms on the illustrative store.
// - size: first-load JavaScript (every script the HTML loads, gzip -9; aim <= 190 KB) and the
//   HTML itself, raw and gzipped.
// - paint (only with --only paint, i.e. `npm run bench:paint`): FCP and LCP in Chromium on slow 4G
//   with the CPU slowed 4x, each page against its same-size trivial twin (scripts/bench-paint.ts).
// The store is a fresh illustrative one, or a copy of --store PATH (e.g. the 3.6-million-report
// store of `npm run bench:store -- --keep PATH`). Run by hand; the figures go in the note.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { paintBench } from './bench-paint';
import { BENCH_DIST_DIR, buildForBench, TRIVIAL_PAGE, TRIVIAL_ROUTE } from './bench-web-build';
import { openStore } from '@/db/store/client';
import type { Store } from '@/db/store/types';
import { getUnitHistory } from '@/db/history';
import { writeObservations } from '@/db/observations';
import { seedIllustrativeData } from '@/db/seed/seed';
import { TEST_TODAY } from '@/db/testing/test-store';
import { listUnits } from '@/db/units';
import { metricByKey, type MetricKey } from '@/lib/metrics';

const PORT = 3210;
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const DECK = '/present?group=hoi-nghi-14-11-2024&date=2024-11-13';

const PAGES: { label: string; path: string }[] = [
  { label: 'overview / (vi)', path: '/' },
  { label: 'overview /?lang=en', path: '/?lang=en' },
  { label: 'province /provinces/79 (vi)', path: '/provinces/79' },
  { label: 'province /provinces/79?lang=en', path: '/provinces/79?lang=en' },
  { label: 'deck (vi)', path: DECK },
  { label: 'deck &lang=en', path: `${DECK}&lang=en` },
];
// What a reader waits for on a slow connection: one page of each kind, read as a first visit.
const PAINTED: { label: string; path: string }[] = [
  { label: 'overview /', path: '/' },
  { label: 'province /provinces/79', path: '/provinces/79' },
  { label: 'agenda /meetings/hoi-nghi-14-11-2024', path: '/meetings/hoi-nghi-14-11-2024' },
  { label: 'deck', path: DECK },
];
const ROUTES: { label: string; path: string }[] = [
  { label: 'API report (latest)', path: '/api/v1/report' },
  { label: 'API report 13/11/2024, 2024', path: '/api/v1/report?date=2024-11-13&edition=2024' },
  { label: 'API summary', path: '/api/v1/summary' },
  { label: 'API league', path: '/api/v1/league' },
];

interface Run { rps: number; p50: number; p99: number; errors: number }

async function load(url: string, connections: number, duration: number): Promise<Run> {
  const r = await autocannon({ url, connections, duration });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(BASE + TRIVIAL_ROUTE)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start within 60 s');
}

const line = (label: string, r: Run, ratio?: number) =>
  `${label.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms` +
  (r.errors ? `  errors ${r.errors}` : '') + (ratio === undefined ? '' : `  ratio ${ratio.toFixed(2)}`);

const htmlBytes = async (pagePath: string) => Buffer.byteLength(await (await fetch(BASE + pagePath)).text());

/**
 * The trivial page padded to a page's HTML size. ?kb= grows the HTML by a near-constant amount a
 * row over the frame the root layout gives every page, but not by exactly 1 KB a unit: measure
 * the frame and one padded answer, and ask for what makes up the page's size.
 */
async function sameSizeTwin(pagePath: string): Promise<{ path: string; kb: number }> {
  const want = await htmlBytes(pagePath);
  const frame = await htmlBytes(TRIVIAL_PAGE);
  const probe = Math.max(Math.round(want / 1024), 1);
  const perKb = ((await htmlBytes(`${TRIVIAL_PAGE}?kb=${probe}`)) - frame) / probe;
  const kb = Math.max(Math.round((want - frame) / perKb), 0);
  return { path: `${TRIVIAL_PAGE}?kb=${kb}`, kb: Math.round(want / 1024) };
}

async function throughput(connections: number, duration: number): Promise<void> {
  console.log(`\nThroughput, ${connections} connections, ${duration} s each; each target between two runs of its trivial twin:`);
  for (const [trivial, targets] of [[TRIVIAL_PAGE, PAGES], [TRIVIAL_ROUTE, ROUTES]] as const) {
    let before = await load(BASE + trivial, connections, duration);
    console.log(line(`  trivial ${trivial}`, before));
    for (const t of targets) {
      const run = await load(BASE + t.path, connections, duration);
      const after = await load(BASE + trivial, connections, duration);
      console.log(line(t.label, run, run.rps / ((before.rps + after.rps) / 2)));
      console.log(line(`  trivial ${trivial}`, after));
      before = after;
      if (trivial === TRIVIAL_PAGE) {
        // What the framework does with this much HTML and nothing to compute: the page's ceiling.
        const { path: twinPath, kb } = await sameSizeTwin(t.path);
        const twin = await load(BASE + twinPath, connections, duration);
        console.log(line(`  trivial of the same size (${kb} KB)`, twin, run.rps / twin.rps));
      }
    }
  }
}

/**
 * A correction of one unit's latest figure, up then back: the data version moves. A province's
 * health-book figure, or, on a store of commune reports only (bench:store's large store), the
 * first figure a commune has.
 */
function writer(store: Store): () => void {
  const units = [...listUnits(store, '2025'), ...listUnits(store, '2025', 'commune')];
  for (const unit of units) {
    const history = getUnitHistory(store, { edition: '2025', code: unit.code, level: unit.level })?.metrics ?? {};
    const key = (['health_book_records', ...Object.keys(history)] as MetricKey[]).find((k) => history[k]?.points.length);
    const last = key ? history[key]!.points.at(-1)! : null;
    if (!key || !last) continue;
    let step = 1;
    return () => {
      const row = { unitId: unit.id, metricId: metricByKey(key).id, reportDate: last.date, value: last.value + step, reason: 'bench:web cold render' };
      writeObservations(store, { source: 'script', actor: 'bench-web', note: 'cold render' }, [row]);
      step = step === 1 ? 0 : 1;
    };
  }
  throw new Error('no unit in the store has a report to correct');
}

async function coldRenders(store: Store): Promise<void> {
  const write = writer(store);
  console.log('\nFirst request after a write (cold render), 5 writes per page; median and slowest:');
  for (const t of [...PAGES, ...ROUTES]) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      write();
      const started = performance.now();
      const res = await fetch(BASE + t.path);
      await res.arrayBuffer();
      times.push(performance.now() - started);
      if (!res.ok) throw new Error(`${t.path} answered ${res.status}`);
    }
    times.sort((a, b) => a - b);
    console.log(`${t.label.padEnd(34)} median ${times[2].toFixed(0).padStart(4)} ms   slowest ${times[4].toFixed(0).padStart(4)} ms`);
  }
}

async function sizes(): Promise<void> {
  console.log('\nFirst-load JavaScript (gzip -9) and HTML (raw / gzip -9):');
  for (const t of [...PAGES, PAINTED[2], { label: 'sign-in /login', path: '/login' }, { label: `trivial ${TRIVIAL_PAGE}`, path: TRIVIAL_PAGE }]) {
    const html = await (await fetch(BASE + t.path)).text();
    const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let js = 0;
    for (const src of sources) js += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer()), { level: 9 }).length;
    const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
    console.log(`${t.label.padEnd(34)} JS ${kb(js)} KB in ${String(sources.length).padStart(2)} scripts   HTML ${kb(Buffer.byteLength(html))} KB / ${kb(gzipSync(html, { level: 9 }).length)} KB`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      duration: { type: 'string', default: '8' },
      connections: { type: 'string', default: '20' },
      store: { type: 'string' },
      only: { type: 'string' },
      match: { type: 'string' },
    },
  });
  if (values.match) for (const list of [PAGES, ROUTES, PAINTED]) list.splice(0, list.length, ...list.filter((t) => t.label.includes(values.match!)));
  if (!values['no-build']) buildForBench(env);
  else if (!existsSync(path.join(BENCH_DIST_DIR, 'BUILD_ID'))) throw new Error(`--no-build needs an earlier bench build in ${BENCH_DIST_DIR}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-web-'));
  const file = path.join(dir, 'store.db');
  if (values.store) copyFileSync(values.store, file);
  const store = openStore(file, { create: true });
  if (!values.store) seedIllustrativeData(store, TEST_TODAY, new Date(`${TEST_TODAY}T00:00:00Z`));
  let server: ChildProcess | null = null;
  try {
    const next = path.join(process.cwd(), 'node_modules', '.bin', 'next');
    server = spawn(next, ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
      env: { ...env, DATABASE_URL: file, NEXT_DIST_DIR: BENCH_DIST_DIR },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    await waitForServer();
    console.log(`store: ${values.store ?? 'illustrative'}; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    for (let i = 0; i < 3; i++) for (const t of [...PAGES, ...ROUTES]) await fetch(BASE + t.path); // warm the JIT
    if (!values.only || values.only === 'cold') await coldRenders(store);
    if (!values.only || values.only === 'throughput') await throughput(Number(values.connections), Number(values.duration));
    if (!values.only || values.only === 'size') await sizes();
    if (values.only === 'paint') await paintBench(BASE, PAINTED, async (p) => (await sameSizeTwin(p)).path);
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    store.sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
