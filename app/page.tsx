// The national overview: where the country (or a region, or a meeting group) stands on each
// metric, which provinces are behind, and the league table. State lives in the URL.
import { getLocale } from './locale';
import { requireReader } from './session';
import { LeagueTable } from '@/components/league-table';
import { LiveRefresh } from '@/components/live-refresh';
import { MetricCard } from '@/components/metric-card';
import { OverviewControls } from '@/components/overview-controls';
import { Ranking } from '@/components/ranking';
import { SiteHeader } from '@/components/site-header';
import { ViewTabs } from '@/components/view-tabs';
import { TileMap } from '@/components/tile-map';
import { dataVersion } from '@/db/cache';
import { getStore } from '@/db/client';
import { listGroups } from '@/db/groups';
import { getOverviewReport } from '@/db/report';
import { latestReportDate } from '@/db/store-facts';
import { defaultViewDate, EDITION_INFO } from '@/lib/editions';
import { formatDate, formatPercent, metricName } from '@/lib/format';
import { buildLeague } from '@/lib/league';
import { metricByKey, METRICS } from '@/lib/metrics';
import { overviewHref, parseOverviewState, stateQuery, type SearchParams } from '@/lib/overview-state';
import { selectionFor } from '@/lib/selection';

export const dynamic = 'force-dynamic';

const TEXT = {
  vi: { asOf: 'Số liệu đến ngày', ranking: 'Xếp hạng theo % chỉ tiêu', map: 'Bản đồ trạng thái', notAvailable: 'Địa giới 63 tỉnh không còn số liệu sau 30/6/2025: các tỉnh này đã sáp nhập. Xem địa giới 34 tỉnh.', ignored: 'Bỏ qua tham số không hợp lệ', noMetric: 'Chỉ tiêu này không áp dụng cho ngày đã chọn.' },
  en: { asOf: 'Data as of', ranking: 'Ranking by % of target', map: 'Status map', notAvailable: 'The 63-province map has no figures after 30/6/2025: these provinces have merged. See the 34-province map.', ignored: 'Ignored invalid parameter', noMetric: 'This metric does not apply on the chosen date.' },
};

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requireReader('/');
  const locale = await getLocale(params);
  const t = TEXT[locale];
  const { state, ignored } = parseOverviewState(params);
  const store = getStore();
  const latest = latestReportDate(store) ?? EDITION_INFO['2025'].validFrom;
  const groups = listGroups(store, state.edition);
  // The 63-province map, with no date asked for, is shown as of its last day (30/6/2025).
  const date = state.date ?? defaultViewDate(state.edition, latest);
  const all = getOverviewReport(store, { date, edition: state.edition });
  const selection = selectionFor(state, groups, all.units);
  const report = selection.codes
    ? getOverviewReport(store, { date, edition: state.edition, selection: selection.codes })
    : all;
  const inSelection = (code: string) => !selection.codes || selection.codes.includes(code);
  const metric = report.metrics.includes(state.metric) ? state.metric : null;
  const provinceHref = (code: string) => `/provinces/${code}${state.edition === '2025' ? '' : `?edition=${state.edition}`}`;
  const query = stateQuery(state);
  const league = buildLeague(report.units, report.metrics, (u) => inSelection(u.code), state.sort, state.dir);

  return (
    <div className="mx-auto max-w-screen-2xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={`/${query}`} illustrative={report.illustrative} />
      <main className="space-y-6">
      <OverviewControls state={state} metrics={METRICS.filter((m) => report.metrics.includes(m.key))} groups={groups} latestDate={latest} locale={locale} />
      {ignored.length > 0 && (
        <p className="text-sm text-amber-900">{t.ignored}: {ignored.map((i) => `${i.parameter}=${i.value}`).join(', ')}</p>
      )}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {selection.label[locale]} · <span data-testid="as-of">{t.asOf} {formatDate(report.asOf, locale)}</span>
        </h1>
        <p className="text-sm text-slate-700">{locale === 'vi' ? EDITION_INFO[state.edition].nameVi : EDITION_INFO[state.edition].nameEn}</p>
      </div>
      <LiveRefresh query={query} version={dataVersion(store)} asOfLabel={formatDate(report.asOf, locale)} locale={locale} />
      {!report.available ? (
        <p className="rounded border border-slate-400 p-4">
          {t.notAvailable.split('. ')[0]}. <a className="underline" href={overviewHref(state, { edition: '2025' })}>{t.notAvailable.split('. ')[1]}</a>
        </p>
      ) : (
        <>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="metric-cards">
            {METRICS.filter((m) => report.nationalDetail[m.key]).map((m) => (
              <MetricCard
                key={m.key}
                metric={m}
                progress={report.nationalDetail[m.key]!}
                trend={report.nationalSeries[m.key] ?? []}
                locale={locale}
                href={overviewHref(state, { metric: m.key, sort: m.key })}
                selected={m.key === metric}
              />
            ))}
          </ul>
          <ViewTabs state={state} locale={locale} />
          {state.view === 'table' ? (
            <LeagueTable
              league={league}
              locale={locale}
              sort={state.sort}
              dir={state.dir}
              sortHref={(sort, dir) => overviewHref(state, { sort, dir })}
              csvHref={`/api/v1/league${query ? `${query}&` : '?'}lang=${locale}`}
              provinceHref={provinceHref}
            />
          ) : metric ? (
            <div className="grid gap-6 lg:grid-cols-2">
              <Ranking
                title={`${t.ranking}: ${metricName(metricByKey(metric), locale)}`}
                locale={locale}
                items={league.rows
                  .filter((r) => r.metrics[metric])
                  .map((r) => ({ code: r.code, name: r.name, href: provinceHref(r.code), progress: r.metrics[metric]! }))
                  .sort((a, b) => (b.progress.pctOfTarget ?? -1) - (a.progress.pctOfTarget ?? -1) || a.code.localeCompare(b.code))}
              />
              <TileMap
                edition={state.edition}
                locale={locale}
                title={`${t.map}: ${metricName(metricByKey(metric), locale)}`}
                tiles={report.units.map((u) => ({
                  code: u.code,
                  name: u.name,
                  status: u.metrics[metric]?.status ?? 'no_data',
                  valueLabel: formatPercent(u.metrics[metric]?.pctOfTarget ?? null, locale),
                  href: provinceHref(u.code),
                  dimmed: !inSelection(u.code),
                }))}
              />
            </div>
          ) : (
            <p>{t.noMetric}</p>
          )}
        </>
      )}
      </main>
    </div>
  );
}
