// GET /api/v1/summary?date=&edition=: the national figures and the store's data version, which
// the pages poll every 60 s to know when to refresh.
import { cachedJson, parseQuery, readerRefusal } from '../responses';
import { dataVersion } from '@/db/cache';
import { getStore } from '@/db/client';
import { getNationalSummary } from '@/db/national';
import { reportQuery } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const query = parseQuery(request, reportQuery);
  if (!query.ok) return query.response;
  const store = getStore();
  return cachedJson(store, `summary:${query.data.date}:${query.data.edition}`, () => ({
    dataVersion: dataVersion(store),
    ...getNationalSummary(store, query.data),
  }));
}
