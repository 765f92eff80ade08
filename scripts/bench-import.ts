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
import { utils, write } from '@e965/xlsx';
import { makeImportCsv, makeWideCsv } from './make-import-file';

/** Wall and CPU time of a step: the machine is shared, so the process's own CPU time is reported beside the clock. */
async function timed<T>(run: () => T | Promise<T>): Promise<{ result: T; text: string; ms: number }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
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
  const parse = await timed(() => readReportFile(bytes));
  const { rows } = parse.result;
  const check = await timed(() => void importObservations(store, rows, { ...options, dryRun: true })); // not kept: the page's check step is another request
  const commit = await timed(() => importObservations(store, rows, options).written?.inserted); // only the count is kept, as the page keeps
  console.log(`100,000-row CSV: parse ${parse.text}; check only ${check.text}; validate and commit ${commit.text}; total ${(parse.ms + commit.ms).toFixed(0)} ms (${commit.result} written)`);
  console.log(`the same file again (nothing to write): ${(await timed(() => importObservations(store, rows, options))).text}`);

  // The wide layout: 100,000 values in rows of one province and day, vi-VN numbers, on a store of its own.
  const wideStore = openStore(path.join(dir, 'wide.db'), { create: true });
  const wideBytes = new TextEncoder().encode(makeWideCsv(100_000, units));
  const wideParse = await timed(() => readReportFile(wideBytes));
  const wide = wideParse.result;
  const wideCheck = await timed(() => void importObservations(wideStore, wide.rows, { ...options, dryRun: true }));
  const wideCommit = await timed(() => {
    const { written, problems } = importObservations(wideStore, wide.rows, options);
    return { inserted: written?.inserted, problems: problems.length };
  });
  console.log(`wide CSV, 100,000 values (${wide.rows.length} read, ${(wideBytes.length / 1024 / 1024).toFixed(1)} MB): parse ${wideParse.text}; check only ${wideCheck.text}; validate and commit ${wideCommit.text}; total ${(wideParse.ms + wideCommit.ms).toFixed(0)} ms (${wideCommit.result.inserted} written, ${wideCommit.result.problems} problems)`);
  wideStore.sqlite.close();

  // The same 100,000 rows as a real workbook (number and text cells, as Excel keeps them), read by
  // the sheet worker (lib/import/read-sheet.ts), on a store of its own. The CPU time is this
  // thread's: the worker's is not counted in it.
  const xlsxStore = openStore(path.join(dir, 'xlsx.db'), { create: true });
  const grid = new TextDecoder().decode(bytes).trim().split('\n').map((line, i) => line.split(',').map((cell, j) => (i > 0 && j === 3 ? Number(cell) : cell)));
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(grid), 'Báo cáo');
  const xlsxBytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  const xlsxParse = await timed(() => readReportFile(xlsxBytes));
  const xlsxCommit = await timed(() => importObservations(xlsxStore, xlsxParse.result.rows, options).written?.inserted);
  console.log(`100,000-row XLSX (${(xlsxBytes.length / 1024 / 1024).toFixed(1)} MB): read ${xlsxParse.text}; validate and commit ${xlsxCommit.text}; total ${(xlsxParse.ms + xlsxCommit.ms).toFixed(0)} ms (${xlsxCommit.result} written, ${xlsxParse.result.problems.length} problems)`);
  xlsxStore.sqlite.close();

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
