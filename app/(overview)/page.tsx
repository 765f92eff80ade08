// The national overview: where the country (or a region, or a meeting group) stands on each
// metric, which provinces are behind, and the league table. State lives in the URL.
import { getLocale } from '../locale';
import { requireReader } from '../session';
import { LeagueTable } from './_components/league-table';
import { LiveRefresh } from '@/components/live-refresh';
import { MetricCard } from './_components/metric-card';
import { OverviewControls } from './_components/overview-controls';
import { Ranking } from './_components/ranking';
import { SiteHeader } from '@/app/site-header';
import { ViewTabs } from './_components/view-tabs';
import { TileMap } from './_components/tile-map';
import { listActions } from '@/db/actions/actions';
import { dataVersion } from '@/db/store/cache';
import { getStore } from '@/db/store/client';
import { getOverview } from '@/db/overview';
import { getWeekReport } from '@/db/reporting';
import { ReportingSentence } from '@/components/reporting-state';
import { lastEndedWeek } from '@/lib/reporting/weeks';
import { actionMarks } from '@/lib/actions/marks';
import { vietnamDate } from '@/lib/dates';
import { EDITION_INFO } from '@/lib/editions';
import { formatDate, localName, metricName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey, METRICS, type MetricKey } from '@/lib/metrics';
import { overviewHref, parseOverviewState, stateQuery, type SearchParams } from '@/lib/view/overview-state';
import { provinceHref } from '@/lib/view/overview';
import { asIgnored, ignoredText } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requireReader('/');
  const locale = await getLocale(params);
  const t = translator(locale, 'Overview');
  const parsed = parseOverviewState(params);
  const { state } = parsed;
  const store = getStore();
  // Derived once per data version, state and language (db/overview.ts), as the league download is.
  const { view, latest, groups, selection, since, report, shown } = getOverview(store, state, locale);
  // ?since= a date, or a meeting (its date); refused with the same message as the league API.
  const ignored = since.problem ? [...parsed.ignored, asIgnored(since.problem, state.since!)] : parsed.ignored;
  const metric = shown.metric;
  const href = (code: string) => provinceHref(view.edition, code);
  const query = stateQuery(state);
  // Who has reported in the last week that has ended (lib/reporting), linked to /reporting.
  const reporting = getWeekReport(store, lastEndedWeek(new Date()), null);
  const { onTime, expected, late, missing } = reporting.provinces;
  const reportingCounts = { onTime, expected, late, missing };

  return (
    <div className="mx-auto max-w-screen-2xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={`/${query}`} illustrative={report.illustrative} />
      <main className="space-y-6">
      <OverviewControls state={state} edition={view.edition} metrics={METRICS.filter((m) => report.metrics.includes(m.key as MetricKey))} groups={groups} latestDate={latest} locale={locale}
        meetings={groups.map((g) => ({ id: g.id, slug: g.slug, label: localName(g, locale) }))}
      />
      {ignored.length > 0 && (
        <p className="text-sm text-amber-900" data-testid="ignored">{t('ignored', { list: ignoredText(ignored, locale) })}</p>
      )}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {selection.label[locale]} · <span data-testid="as-of">{t('asOf', { date: formatDate(report.asOf, locale) })}</span>
        </h1>
        <p className="text-sm text-slate-700" data-testid="edition">{localName(EDITION_INFO[view.edition], locale)}</p>
      </div>
      <LiveRefresh query={query} version={dataVersion(store)} offlineText={translator(locale, 'LiveRefresh')('offline', { date: formatDate(report.asOf, locale) })} />
      <p className="rounded border border-slate-300 p-3" data-testid="reporting-card">
        <ReportingSentence tally={reporting.provinces} href={`/reporting?week=${reporting.week.key}`}
          text={translator(locale, 'Reporting')('summary', { week: reporting.week.week, ...reportingCounts })} />
      </p>
      {!shown.available ? (
        <p className="rounded border border-slate-400 p-4">
          {t('notAvailable')} <a className="underline" href={overviewHref(state, { edition: '2025' })}>{t('seeCurrent')}</a>
        </p>
      ) : (
        <>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="metric-cards">
            {shown.cards.map((card) => (
              <MetricCard
                key={card.metric.key}
                metric={card.metric}
                progress={card.progress}
                trend={card.trend}
                former={card.former}
                since={card.since}
                locale={locale}
                href={overviewHref(state, { metric: card.metric.key as MetricKey, sort: card.metric.key as MetricKey })}
                selected={card.metric.key === metric}
              />
            ))}
          </ul>
          <ViewTabs state={state} locale={locale} />
          {shown.changes && metric && (
            <p className="text-sm print:hidden">
              <a className="underline" data-testid="improved-order" href={overviewHref(state, state.sort === 'improved' ? { sort: metric, dir: 'desc' } : { sort: 'improved', dir: 'desc' })}>
                {state.sort === 'improved' ? t('byLevel') : t('improved')}
              </a>
            </p>
          )}
          {state.view === 'table' ? (
            <LeagueTable
              league={shown.league}
              locale={locale}
              sort={state.sort}
              dir={state.dir}
              sortHref={(sort, dir) => overviewHref(state, { sort, dir })}
              csvHref={`/api/v1/league${query ? `${query}&` : '?'}lang=${locale}`}
              provinceHref={href}
              marks={actionMarks(listActions(store, { status: 'open', today: vietnamDate(new Date()) }), view.edition)}
            />
          ) : metric ? (
            <div className="grid gap-6 lg:grid-cols-2">
              <Ranking
                title={t(metricByKey(metric).kind === 'milestone' ? 'milestones' : 'ranking', { metric: metricName(metricByKey(metric), locale) })}
                locale={locale}
                items={(shown.rankings[metric] ?? []).map((item) => ({ ...item, href: href(item.code) }))}
              />
              <TileMap
                edition={view.edition}
                locale={locale}
                title={t('map', { metric: metricName(metricByKey(metric), locale) })}
                tiles={shown.tiles.map((tile) => ({ ...tile, href: href(tile.code) }))}
              />
            </div>
          ) : (
            <p>{t('noMetric')}</p>
          )}
        </>
      )}
      </main>
    </div>
  );
}
