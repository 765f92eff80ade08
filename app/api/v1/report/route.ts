// GET /api/v1/report?date=YYYY-MM-DD&edition=2024|2025: the same JSON as `npm run report -- --json`.
import { cachedJson, parseQuery, readerRefusal } from '../responses';
import { getStore } from '@/db/client';
import { getReport } from '@/db/report';
import { reportQuery } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const query = parseQuery(request, reportQuery);
  if (!query.ok) return query.response;
  const store = getStore();
  return cachedJson(store, `report:${query.data.date}:${query.data.edition}`, () => getReport(store, query.data));
}
