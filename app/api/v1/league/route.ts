// GET /api/v1/league?edition=&date=&metric=&region=&group=&since=&sort=&dir=&lang=&format=csv
// The overview's league table exactly as shown (same view derivation, same filter, same order),
// as CSV or JSON.
import { cachedAnswer, csvAnswer, jsonAnswer, paramRefusal, parseQuery, readerRefusal, xlsxAnswer } from '../responses';
import { getStore } from '@/db/store/client';
import { getOverview } from '@/db/overview';
import { leagueCsv } from '@/lib/view/league';
import { parseOverviewState } from '@/lib/view/overview-state';
import { format, leagueQuery } from '@/lib/validation';
import { translator } from '@/lib/i18n/i18n';

export const dynamic = 'force-dynamic';

const query = leagueQuery.extend({ format: format.default('csv') });

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const parsed = parseQuery(request, query);
  if (!parsed.ok) return parsed.response;
  const { state } = parseOverviewState(Object.fromEntries(new URL(request.url).searchParams));
  const store = getStore();
  const locale = parsed.data.lang ?? 'vi';
  // The overview's own view (db/overview.ts): the same derivation, filter and order as the page.
  const { since } = getOverview(store, state, locale);
  // since= a meeting it does not know is refused as the overview says; a since after the date is
  // ignored, as the overview ignores it (the table then has no change column to order by).
  if (since.unknownMeeting && since.problem) return paramRefusal(since.problem);
  const format = parsed.data.format;
  // Encoded once per data version and view (responses.ts cachedAnswer), from the view of the
  // same version (read again inside: a hit, unless a write landed in between).
  return cachedAnswer(store, JSON.stringify(['league', state, locale, format]), () => {
    const { report, shown: { league } } = getOverview(store, state, locale);
    if (format === 'json') return jsonAnswer({ asOf: report.asOf, edition: report.edition, ...league });
    if (format === 'xlsx') {
      const { header, rows } = leagueCsv(league, locale, report.edition, 'cells');
      return xlsxAnswer(header, rows, `de-an-06-${report.edition}-${report.asOf}.xlsx`, translator(locale, 'Downloads')('leagueSheet'));
    }
    const { header, rows } = leagueCsv(league, locale, report.edition);
    return csvAnswer(header, rows as (string | number | null)[][], `de-an-06-${report.edition}-${report.asOf}.csv`);
  });
}
