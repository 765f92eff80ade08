// Run by db/store/durable.test.ts in a process of its own (as an unprivileged user when the tests
// run as root, who ignores permission bits): the app's store on DATABASE_URL, read through the
// API's route handlers as Next calls them, and written through the API and the import path.
// Prints one JSON line of what it saw.
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { importObservations } from '@/db/import';
import { GET as league } from '@/app/api/v1/league/route';
import { POST as observations } from '@/app/api/v1/observations/route';
import { GET as report } from '@/app/api/v1/report/route';
import { GET as summary } from '@/app/api/v1/summary/route';
import { GET as history } from '@/app/api/v1/units/[code]/history/route';
import { GET as units } from '@/app/api/v1/units/route';

const url = (p: string) => new Request(`http://localhost/api/v1/${p}`);
const store = getStore();
const reads = {
  summary: (await summary(url('summary?date=2024-11-13&edition=2024'))).status,
  report: (await report(url('report?date=2024-11-13&edition=2024'))).status,
  league: (await league(url('league?date=2024-11-13&edition=2024'))).status,
  units: (await units(url('units'))).status,
  history: (await history(url('units/79/history'), { params: Promise.resolve({ code: '79' }) })).status,
};
const nationalHealth = ((await (await summary(url('summary?date=2024-11-13&edition=2024'))).json()) as { metrics: Record<string, { value: number }> }).metrics.health_book_records.value;
const row = { unit: '79', metric: 'health_book_records', date: '2026-11-26', value: 99_999_999 };
const post = await observations(new Request('http://localhost/api/v1/observations', {
  method: 'POST',
  headers: { authorization: `Bearer ${process.env.TOKEN}`, 'content-type': 'application/json' },
  body: JSON.stringify({ observations: [row] }),
}));
const dryRun = importObservations(store, [{ ...row, row: 1, value: String(row.value) }], { batch: { source: 'import', actor: 'test' }, today: '2026-11-26', scope: null, dryRun: true });
let write: string;
try {
  importObservations(store, [{ ...row, row: 1, value: String(row.value) }], { batch: { source: 'import', actor: 'test' }, today: '2026-11-26', scope: null });
  write = 'written';
} catch (e) {
  write = e instanceof StoreUnavailableError ? `refused: ${e.problem}` : `error: ${(e as Error).message}`;
}
console.log(JSON.stringify({ readonly: store.readonly ?? null, reads, nationalHealth, post: { status: post.status, body: await post.json() }, dryRunProblems: dryRun.problems.length, write }));
