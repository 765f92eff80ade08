// npm run bench:web [-- --no-build] [--first-load]   (--first-load: only the first-load JavaScript)
// Production build, then autocannon against `next start` on this machine: 20 connections for
// 10 s on the overview, a province page and /api/v1/report; then the first-load JavaScript of
// each page (the gzipped size of every script the page's HTML loads). Run by hand; the figures
// go in the note. Aims: API >= 1,000 req/s with p99 < 50 ms; pages >= 150 req/s; first-load
// JavaScript < 200 KB gzipped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createTestStore } from '@/db/test-store';

const PORT = 3210;
const BASE = `http://127.0.0.1:${PORT}`;
const next = path.join(process.cwd(), 'node_modules', '.bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const TARGETS = [
  { label: 'overview page /', path: '/' },
  { label: 'province page /provinces/79', path: '/provinces/79' },
  { label: 'deck /present?group=hoi-nghi-14-11-2024', path: '/present?group=hoi-nghi-14-11-2024&date=2024-11-13', throughput: false },
  { label: 'sign-in page /login', path: '/login', throughput: false },
  { label: 'API /api/v1/report (latest)', path: '/api/v1/report' },
  { label: 'API /api/v1/report?date=2024-11-13', path: '/api/v1/report?date=2024-11-13&edition=2024' },
];

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/v1/summary`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start within 60 s');
}

async function firstLoadJs(pagePath: string): Promise<{ scripts: number; gzipBytes: number }> {
  const html = await (await fetch(BASE + pagePath)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let gzipBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  // Inline scripts (the RSC payload) travel with the HTML: counted separately below.
  return { scripts: sources.length, gzipBytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'no-build': { type: 'boolean', default: false }, 'first-load': { type: 'boolean', default: false } },
  });
  if (!values['no-build']) {
    const build = spawnSync(next, ['build'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const store = createTestStore({ seed: true });
  let server: ChildProcess | null = null;
  try {
    server = spawn(next, ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
      env: { ...env, DATABASE_URL: store.path },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    await waitForServer();
    for (const t of TARGETS) await fetch(BASE + t.path); // warm the caches and the JIT

    if (!values['first-load']) console.log('\nThroughput, 20 connections, 10 s each:');
    for (const t of values['first-load'] ? [] : TARGETS.filter((x) => x.throughput !== false)) {
      const result = await autocannon({ url: BASE + t.path, connections: 20, duration: 10 });
      const errors = result.errors + result.timeouts + result.non2xx;
      console.log(
        `${t.label.padEnd(40)} ${result.requests.average.toFixed(0).padStart(6)} req/s   ` +
          `p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${errors}`,
      );
    }

    console.log('\nFirst-load JavaScript (scripts the HTML loads, gzip -9):');
    for (const t of TARGETS.filter((x) => !x.path.startsWith('/api'))) {
      const { scripts, gzipBytes } = await firstLoadJs(t.path);
      const html = await (await fetch(BASE + t.path)).text();
      console.log(
        `${t.label.padEnd(40)} ${(gzipBytes / 1024).toFixed(1).padStart(6)} KB in ${scripts} scripts` +
          `   (HTML with inline data: ${(gzipSync(html).length / 1024).toFixed(1)} KB gzipped)`,
      );
    }
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    store.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
