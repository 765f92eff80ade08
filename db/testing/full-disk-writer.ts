// Run by db/store/durable.test.ts in a process of its own under a file-size limit (prlimit --fsize),
// as a full disk leaves a server: the app's store on DATABASE_URL, written through the API and
// the import path (a check first, which only reads). Prints one JSON line of what it saw; what
// the store logged goes to stderr.
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { importObservations } from '@/db/import';
import { POST as observations } from '@/app/api/v1/observations/route';
import { GET as summary } from '@/app/api/v1/summary/route';

const store = getStore();
const row = { unit: '79', metric: 'health_book_records', date: '2026-11-26', value: 99_999_999 };
const post = await observations(new Request('http://localhost/api/v1/observations', {
  method: 'POST',
  headers: { authorization: `Bearer ${process.env.TOKEN}`, 'content-type': 'application/json' },
  body: JSON.stringify({ observations: [row] }),
}));
const options = { batch: { source: 'import' as const, actor: 'test' }, today: '2026-11-26', scope: null };
const check = importObservations(store, [{ ...row, row: 1, value: String(row.value) }], { ...options, dryRun: true });
let write: string;
try {
  importObservations(store, [{ ...row, row: 1, value: String(row.value) }], options);
  write = 'written';
} catch (e) {
  write = e instanceof StoreUnavailableError ? `refused: ${e.problem}` : `error: ${(e as Error).message}`;
}
const read = (await summary(new Request('http://localhost/api/v1/summary?date=2024-11-13&edition=2024'))).status;
console.log(JSON.stringify({ post: { status: post.status, retryAfter: post.headers.get('retry-after'), body: await post.json() }, checkProblems: check.problems.length, write, read }));
