// GET /api/v1/league?edition=&date=&metric=&region=&group=&since=&sort=&dir=&lang=&format=csv
// The overview's league table exactly as shown (same view derivation, same filter, same order),
// as CSV or JSON.
import { cachedAnswer, csvAnswer, jsonAnswer, paramRefusal, parseQuery, readerRefusal, xlsxAnswer } from '../responses';
import { sinceDate, sinceReport } from '@/db/changes';
import { getStore } from '@/db/client';
import { listGroups } from '@/db/groups';
import { getOverviewReport } from '@/db/report';
import { milestoneReachedDates, unitRegions, viewFor } from '@/db/view';
import { leagueCsv } from '@/lib/league';
import { parseOverviewState } from '@/lib/overview-state';
import { deriveOverview } from '@/lib/overview-view';
import { selectionFor } from '@/lib/selection';
import { format, leagueQuery } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const query = leagueQuery.extend({ format: format.default('csv') });

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const parsed = parseQuery(request, query);
  if (!parsed.ok) return parsed.response;
  const { state } = parseOverviewState(Object.fromEntries(new URL(request.url).searchParams));
  const store = getStore();
  // The same view as the overview the download came from (lib/editions resolveView).
  const view = viewFor(store, state);
  const { codes } = selectionFor(state, listGroups(store, view.edition), unitRegions(store, view.edition));
  const report = getOverviewReport(store, { date: view.date, edition: view.edition, selection: codes ?? undefined });
  const locale = parsed.data.lang ?? 'vi';
  // since= a meeting it does not know is refused as the overview says; a since after the date is
  // ignored, as the overview ignores it (the table then has no change column to order by).
  const sinceAt = sinceDate(store, state.since, view.date);
  if (sinceAt.unknownMeeting && sinceAt.problem) return paramRefusal(sinceAt.problem);
  const format = parsed.data.format;
  // Derived and encoded once per data version and view (responses.ts cachedAnswer).
  return cachedAnswer(store, JSON.stringify(['league', state, codes, sinceAt.date, locale, format]), () => {
    const since = sinceReport(store, sinceAt.date, view, codes);
    const { league } = deriveOverview({ state, view, report, codes, locale, since, reached: milestoneReachedDates(store, view.edition, view.date) });
    if (format === 'json') return jsonAnswer({ asOf: report.asOf, edition: report.edition, ...league });
    if (format === 'xlsx') {
      const { header, rows } = leagueCsv(league, locale, report.edition, 'cells');
      return xlsxAnswer(header, rows, `de-an-06-${report.edition}-${report.asOf}.xlsx`, locale === 'vi' ? 'Bảng xếp hạng' : 'League');
    }
    const { header, rows } = leagueCsv(league, locale, report.edition);
    return csvAnswer(header, rows as (string | number | null)[][], `de-an-06-${report.edition}-${report.asOf}.csv`);
  });
}
