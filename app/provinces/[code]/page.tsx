// A province: who it is (and what it became or was made of), a chart per metric against its
// target and deadline, its table as of the report date, and its report history.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale } from '../../locale';
import { requireReader } from '../../session';
import { HistoryTable } from './_components/history-table';
import { LiveRefresh } from '@/components/live-refresh';
import { MetricChartLazy } from '@/components/metric-chart-lazy';
import { OpenActions } from './_components/open-actions';
import { CommuneSection } from './_components/commune-section';
import { ProvinceTable } from './_components/province-table';
import { SiteHeader } from '@/app/site-header';
import { listActions } from '@/db/actions/actions';
import { listAudit } from '@/db/audit';
import { publicActorLabel } from '@/lib/audit/actor-label';
import { cached, dataVersion } from '@/db/store/cache';
import { getStore } from '@/db/store/client';
import { getProvinceCommunes } from '@/db/communes';
import { getUnitHistory } from '@/db/history';
import { getOverviewReport } from '@/db/report';
import { getUnitInfo } from '@/db/units';
import { viewFor } from '@/db/view';
import { chartColumns, chartSummary, latestActual, unitChart } from '@/lib/view/chart-series';
import { vietnamDate } from '@/lib/dates';
import { CURRENT_EDITION, EDITION_INFO } from '@/lib/editions';
import { formatDate, formatNumber, localName, metricName, metricUnit } from '@/lib/format';
import { historyTable, pageOf } from '@/lib/view/history';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey, METRICS, type MetricKey } from '@/lib/metrics';
import type { SearchParams } from '@/lib/view/overview-state';
import { regionByName } from '@/lib/regions';
import { asEdition, readParams } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

const HISTORY_PAGE = 20;

export default async function ProvincePage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> }) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  await requireReader(`/provinces/${code}`);
  const locale = await getLocale(query);
  const t = translator(locale, 'Province');
  const chartText = translator(locale, 'Chart');
  const { values } = readParams(query, ['edition', 'date']);
  const store = getStore();
  // A province's URL names a unit of the current edition unless ?edition=2024 says otherwise;
  // a 2024 province is shown as of its last report unless a date is asked for (lib/editions).
  const { edition, date } = viewFor(store, { edition: asEdition(values.edition) ?? CURRENT_EDITION, date: values.date });
  const info = getUnitInfo(store, edition, code);
  if (!info) notFound();
  const askedDate = values.date;
  // The overview's figures of this province alone (its row is the same: db/report.ts `only`).
  const report = getOverviewReport(store, { date, edition, only: [code] });
  const unitReport = report.units.find((u) => u.code === code)!;
  const history = cached(store, JSON.stringify(['history', edition, code]), () => getUnitHistory(store, { edition, code })!);

  const pageHref = (page: number) => {
    const q = new URLSearchParams(edition === '2025' ? {} : { edition });
    if (askedDate) q.set('date', askedDate);
    if (page > 1) q.set('page', String(page));
    const text = q.toString();
    return `/provinces/${code}${text ? `?${text}` : ''}`;
  };
  const table = historyTable({ metrics: Object.fromEntries(Object.entries(history.metrics).map(([k, v]) => [k, { points: v!.points.filter((p) => p.date <= date) }])) });
  const paged = pageOf(table.rows, Number((typeof query.page === 'string' ? query.page : undefined) ?? 1), HISTORY_PAGE);
  const region = regionByName(info.region);
  const changes = listAudit(store, { unit: code, edition }, 10);

  return (
    <div className="mx-auto max-w-screen-xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={pageHref(paged.page)} illustrative={report.illustrative} />
      <main className="space-y-6">
      <nav className="text-sm print:hidden"><Link href={edition === '2025' ? '/' : `/?edition=${edition}`} className="underline">{t('overview')}</Link></nav>
      <div className="space-y-1" data-testid="province-header">
        <h1 className="text-3xl font-bold">{info.unit.nameVi} <span className="text-lg font-normal text-slate-600">({code})</span></h1>
        <p>
          {t(`kind.${info.unit.kind}`)}
          {region && ` · ${localName(region, locale)}`}
          {' · '}{localName(EDITION_INFO[edition], locale)}
        </p>
        <p className="text-sm text-slate-700">
          {t('population', { population: formatNumber(info.unit.population, locale) })}
          {info.unit.districts !== null && ` · ${t('districts', { count: formatNumber(info.unit.districts, locale) })}`}
          {info.unit.communes !== null && ` · ${t('communes', { count: formatNumber(info.unit.communes, locale) })}`}
        </p>
        {info.successor && (
          <p data-testid="successor">
            {t('became', { date: formatDate(info.successor.date, locale) })}{' '}
            <Link className="underline" href={`/provinces/${info.successor.code}`}>{info.successor.nameVi} ({info.successor.code})</Link>.
          </p>
        )}
        {info.predecessors.length > 0 && (
          <p data-testid="predecessors">
            {t('madeOf')}{' '}
            {info.predecessors.map((p, i) => (
              <span key={p.code}>
                {i > 0 && ', '}
                <Link className="underline" href={`/provinces/${p.code}?edition=2024`}>{p.nameVi} ({p.code})</Link>
              </span>
            ))}
            . {t('sums')}
          </p>
        )}
      </div>
      <LiveRefresh query={`?edition=${edition}&date=${date}`} version={dataVersion(store)} offlineText={translator(locale, 'LiveRefresh')('offline', { date: formatDate(report.asOf, locale) })} />
      {!report.available && <p className="rounded border border-slate-400 p-3">{t('notAvailable')}</p>}
      {/* The table takes the page's width (ten columns); the open actions follow it. */}
      <div className="space-y-6">
        <ProvinceTable metrics={unitReport.metrics} locale={locale} caption={`${t('caption', { date: formatDate(report.asOf, locale) })} ${report.illustrative ? t('illustrativeTargets') : ''}`} />
        <OpenActions actions={listActions(store, { unit: code, edition, status: 'open', today: vietnamDate(new Date()) })} locale={locale} />
      </div>
      <section aria-labelledby="charts-title" className="space-y-4">
        <h2 id="charts-title" className="text-lg font-semibold">{t('charts')}</h2>
        {/* On paper three a row: the page keeps to two A4 pages. */}
        <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-3 print:gap-3">
          {METRICS.filter((m) => history.metrics[m.key]?.points.length).map((m) => {
            const h = history.metrics[m.key]!;
            const chart = unitChart({ unit: info.unit, metric: m, history: h, asOf: date, forecastDate: unitReport.metrics[m.key]?.forecast.date ?? null });
            const [title, unit] = [metricName(m, locale), metricUnit(m, locale)];
            const [target, dueDate] = [chart.target?.targetValue ?? null, chart.target?.dueDate ?? null];
            return (
              <MetricChartLazy
                key={m.key}
                columns={chartColumns(chart.rows)}
                target={target}
                dueDate={dueDate}
                locale={locale}
                title={title}
                unit={unit}
                summary={chartSummary({ title, unit, latest: latestActual(chart.rows)?.actual ?? null, target, dueDate, locale })}
                labels={{
                  actual: chartText('actual'), planned: chartText('planned'), forecast: chartText('forecast'), target: chartText('target'),
                  noData: chartText('noData'), loading: chartText('loading'), due: dueDate ? chartText('due', { date: formatDate(dueDate, locale) }) : null,
                }}
              />
            );
          })}
        </div>
      </section>
      {edition === '2025' && date >= EDITION_INFO['2025'].validFrom && (
        <CommuneSection province={code} communes={getProvinceCommunes(store, code, date)} date={date} locale={locale} />
      )}
      <section aria-labelledby="changes-title" className="space-y-2" data-testid="recent-changes">
        <h2 id="changes-title" className="text-lg font-semibold">{t('recentChanges')}</h2>
        {changes.length === 0 ? (
          <p className="text-sm text-slate-700">{t('noChanges')}</p>
        ) : (
          <ul className="text-sm tabular-nums">
            {changes.map((c) => (
              <li key={c.id}>
                {c.changedAt.slice(0, 10)} · {publicActorLabel(c, locale)} · {metricName(metricByKey(c.metric as MetricKey), locale)} {formatDate(c.reportDate, locale)}: {formatNumber(c.oldValue, locale)} → {formatNumber(c.newValue, locale)}{c.reason ? ` (${c.reason})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <HistoryTable
        table={{ metrics: table.metrics, rows: paged.items }}
        page={paged.page}
        pages={paged.pages}
        pageHref={pageHref}
        csvHref={`/api/v1/units/${code}/history?edition=${edition}&format=csv&lang=${locale}`}
        locale={locale}
      />
      </main>
    </div>
  );
}
