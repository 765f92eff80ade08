// npm run bench:import: the time to validate and commit a 100,000-row report file and a wide
// file of 100,000 values (aim: each under 5 s), a 10,000-item API batch (aim: under 1 s), and the process's peak memory. Run by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@/db/client';
import { importObservations } from '@/db/import';
import { listUnits } from '@/db/units';
import { addUser, createApiToken } from '@/db/users';
import { readReportFile } from '@/lib/observation-xlsx';
import { makeImportCsv, makeWideCsv } from './make-import-file';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
try {
  const store = openStore(path.join(dir, 'store.db'), { create: true });
  const units = listUnits(store, '2024').map((u) => ({ code: u.code, districts: u.districts! }));
  const bytes = new TextEncoder().encode(makeImportCsv(100_000, units));

  let t = performance.now();
  const { rows } = readReportFile(bytes);
  const parsed = performance.now() - t;
  t = performance.now();
  const outcome = importObservations(store, rows, { batch: { source: 'import', actor: 'bench' }, today: '2026-11-26', scope: null });
  const committed = performance.now() - t;
  console.log(`100,000-row CSV: parse ${parsed.toFixed(0)} ms, validate and commit ${committed.toFixed(0)} ms, total ${(parsed + committed).toFixed(0)} ms (${outcome.written?.inserted} written)`);
  t = performance.now();
  importObservations(store, rows, { batch: { source: 'import', actor: 'bench' }, today: '2026-11-26', scope: null });
  console.log(`the same file again (nothing to write): ${(performance.now() - t).toFixed(0)} ms`);

  // The wide layout: 100,000 values in rows of one province and day, vi-VN numbers, on a store of its own.
  const wideStore = openStore(path.join(dir, 'wide.db'), { create: true });
  const wideBytes = new TextEncoder().encode(makeWideCsv(100_000, units));
  t = performance.now();
  const wide = readReportFile(wideBytes);
  const wideParsed = performance.now() - t;
  t = performance.now();
  const wideOutcome = importObservations(wideStore, wide.rows, { batch: { source: 'import', actor: 'bench' }, today: '2026-11-26', scope: null });
  const wideCommitted = performance.now() - t;
  console.log(`wide CSV, 100,000 values (${wide.rows.length} read, ${(wideBytes.length / 1024 / 1024).toFixed(1)} MB): parse ${wideParsed.toFixed(0)} ms, validate and commit ${wideCommitted.toFixed(0)} ms, total ${(wideParsed + wideCommitted).toFixed(0)} ms (${wideOutcome.written?.inserted} written, ${wideOutcome.problems.length} problems)`);
  wideStore.sqlite.close();

  // The API path: the route handler on a live store, called as Next calls it.
  process.env.DATABASE_URL = store.path;
  addUser(store, { email: 'bench@c06.gov.vn', role: 'admin' });
  const { token } = createApiToken(store, 'bench@c06.gov.vn');
  const { POST } = await import('@/app/api/v1/observations/route');
  const batch = { observations: rows.slice(0, 10_000).map((r) => ({ unit: r.unit, metric: r.metric, date: String(r.date).replace('2024', '2023'), value: Number(r.value) })) };
  const body = JSON.stringify(batch);
  t = performance.now();
  const response = await POST(new Request('http://localhost/api/v1/observations', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }));
  console.log(`10,000-item API batch: HTTP ${response.status} in ${(performance.now() - t).toFixed(0)} ms (${(body.length / 1024).toFixed(0)} KB)`);
  store.sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
