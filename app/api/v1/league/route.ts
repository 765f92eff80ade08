// GET /api/v1/league?edition=&date=&metric=&region=&group=&sort=&dir=&lang=&format=csv
// The overview's league table exactly as shown (same filter, same order), as CSV or JSON.
import { csv, json, parseQuery, readerRefusal } from '../responses';
import { getStore } from '@/db/client';
import { listGroups } from '@/db/groups';
import { getOverviewReport } from '@/db/report';
import { latestReportDate } from '@/db/store-facts';
import { defaultViewDate, EDITION_INFO } from '@/lib/editions';
import { buildLeague, leagueCsv } from '@/lib/league';
import { parseOverviewState } from '@/lib/overview-state';
import { selectionFor } from '@/lib/selection';
import { leagueQuery } from '@/lib/validation';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

const query = leagueQuery.extend({ format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).default('csv') });

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const parsed = parseQuery(request, query);
  if (!parsed.ok) return parsed.response;
  const { state } = parseOverviewState(Object.fromEntries(new URL(request.url).searchParams));
  const store = getStore();
  // The same day as the overview the download came from (lib/editions defaultViewDate).
  const latest = latestReportDate(store) ?? EDITION_INFO['2025'].validFrom;
  const report = getOverviewReport(store, { date: state.date ?? defaultViewDate(state.edition, latest), edition: state.edition });
  const { codes } = selectionFor(state, listGroups(store, state.edition), report.units);
  const league = buildLeague(report.units, report.metrics, (u) => !codes || codes.includes(u.code), state.sort, state.dir);
  if (parsed.data.format === 'json') return json({ asOf: report.asOf, edition: report.edition, ...league });
  const { header, rows } = leagueCsv(league, parsed.data.lang ?? 'vi');
  return csv(header, rows, `de-an-06-${report.edition}-${report.asOf}.csv`);
}
