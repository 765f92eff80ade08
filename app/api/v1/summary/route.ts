// GET /api/v1/summary?date=&edition=: the national figures and the store's data version, which
// the pages poll every 60 s to know when to refresh.
import { cachedJson, parseQuery, readerRefusal } from '../responses';
import { dataVersion } from '@/db/store/cache';
import { getStore } from '@/db/store/client';
import { viewFor } from '@/db/view';
import { getNationalSummary } from '@/db/national';
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
  return cachedJson(store, `summary:${view.date}:${view.edition}`, () => ({
    dataVersion: dataVersion(store),
    ...getNationalSummary(store, asked),
  }));
}
