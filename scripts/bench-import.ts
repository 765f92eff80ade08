// npm run bench:import: the time to validate and commit a 100,000-row report file and a wide
// file of 100,000 values (aim: each under 5 s), a 10,000-item API batch (aim: under 1 s), and the process's peak memory. Run by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@/db/store/client';
import { importObservations } from '@/db/import';
import { listUnits } from '@/db/units';
import { addUser, createApiToken } from '@/db/users';
import { readReportFile } from '@/lib/import/xlsx';
import { makeImportCsv, makeWideCsv } from './make-import-file';

/** Wall and CPU time of a step: the machine is shared, so the process's own CPU time is reported beside the clock. */
function timed<T>(run: () => T): { result: T; text: string; ms: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - wall;
  return { result, ms, text: `${ms.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, RSS after ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB)` };
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
try {
  const store = openStore(path.join(dir, 'store.db'), { create: true });
  const units = listUnits(store, '2024').map((u) => ({ code: u.code, districts: u.districts! }));
  const bytes = new TextEncoder().encode(makeImportCsv(100_000, units));

  const options = { batch: { source: 'import' as const, actor: 'bench' }, today: '2026-11-26', scope: null };
  const parse = timed(() => readReportFile(bytes));
  const { rows } = parse.result;
  const check = timed(() => void importObservations(store, rows, { ...options, dryRun: true })); // not kept: the page's check step is another request
  const commit = timed(() => importObservations(store, rows, options).written?.inserted); // only the count is kept, as the page keeps
  console.log(`100,000-row CSV: parse ${parse.text}; check only ${check.text}; validate and commit ${commit.text}; total ${(parse.ms + commit.ms).toFixed(0)} ms (${commit.result} written)`);
  console.log(`the same file again (nothing to write): ${timed(() => importObservations(store, rows, options)).text}`);

  // The wide layout: 100,000 values in rows of one province and day, vi-VN numbers, on a store of its own.
  const wideStore = openStore(path.join(dir, 'wide.db'), { create: true });
  const wideBytes = new TextEncoder().encode(makeWideCsv(100_000, units));
  const wideParse = timed(() => readReportFile(wideBytes));
  const wide = wideParse.result;
  const wideCheck = timed(() => void importObservations(wideStore, wide.rows, { ...options, dryRun: true }));
  const wideCommit = timed(() => {
    const { written, problems } = importObservations(wideStore, wide.rows, options);
    return { inserted: written?.inserted, problems: problems.length };
  });
  console.log(`wide CSV, 100,000 values (${wide.rows.length} read, ${(wideBytes.length / 1024 / 1024).toFixed(1)} MB): parse ${wideParse.text}; check only ${wideCheck.text}; validate and commit ${wideCommit.text}; total ${(wideParse.ms + wideCommit.ms).toFixed(0)} ms (${wideCommit.result.inserted} written, ${wideCommit.result.problems} problems)`);
  wideStore.sqlite.close();

  // The API path: the route handler on a live store, called as Next calls it.
  process.env.DATABASE_URL = store.path;
  addUser(store, { email: 'bench@c06.gov.vn', role: 'admin' });
  const { token } = createApiToken(store, 'bench@c06.gov.vn');
  const { POST } = await import('@/app/api/v1/observations/route');
  const batch = { observations: rows.slice(0, 10_000).map((r) => ({ unit: r.unit, metric: r.metric, date: String(r.date).replace('2024', '2023'), value: Number(r.value) })) };
  const body = JSON.stringify(batch);
  const t = performance.now();
  const response = await POST(new Request('http://localhost/api/v1/observations', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }));
  console.log(`10,000-item API batch: HTTP ${response.status} in ${(performance.now() - t).toFixed(0)} ms (${(body.length / 1024).toFixed(0)} KB)`);
  store.sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
