// GET /api/v1/report?date=YYYY-MM-DD&edition=2024|2025: the same JSON as `npm run report -- --json`.
import { cachedJson, parseQuery, readerRefusal } from '../responses';
import { getStore } from '@/db/store/client';
import { viewFor } from '@/db/view';
import { getReport } from '@/db/report';
import { reportQuery } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const query = parseQuery(request, reportQuery);
  if (!query.ok) return query.response;
  const store = getStore();
  // Without an edition, the one in force on the date; edition 2024 alone: 30/06/2025 (lib/editions).
  const view = viewFor(store, query.data);
  const asked = { date: view.date, edition: view.edition };
  return cachedJson(store, `report:${view.date}:${view.edition}`, () => getReport(store, asked));
}
