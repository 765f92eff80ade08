// One commune (2025 edition): its kind and province, its land-data milestone and parcels on the
// date, the parcels over time (a chart) and every report (a table, newest first). A code that is
// not a commune of this province: the commune not-found page (./not-found.tsx).
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale } from '../../../../locale';
import { requireReader } from '../../../../session';
import { CommuneHistory } from './_components/commune-history';
import { MetricChartLazy } from '@/components/metric-chart-lazy';
import { SiteHeader } from '@/app/site-header';
import { getStore } from '@/db/store/client';
import { communeReports, findCommune } from '@/db/communes';
import { isIllustrative } from '@/db/store-facts';
import { viewFor } from '@/db/view';
import { buildChartSeries, chartColumns, chartSummary, latestActual } from '@/lib/view/chart-series';
import { communeStatus } from '@/lib/communes/communes';
import { formatDate, formatNumber, metricName, metricUnit } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey } from '@/lib/metrics';
import type { SearchParams } from '@/lib/view/overview-state';
import { readParams } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

export default async function CommunePage({ params, searchParams }: { params: Promise<{ code: string; commune: string }>; searchParams: Promise<SearchParams> }) {
  const [{ code, commune }, query] = await Promise.all([params, searchParams]);
  await requireReader(`/provinces/${code}/communes/${commune}`);
  const locale = await getLocale(query);
  const t = translator(locale, 'Communes');
  const chartText = translator(locale, 'Chart');
  const store = getStore();
  const found = findCommune(store, code, commune);
  if (!found) notFound();
  const { province, commune: unit } = found;
  const { values } = readParams(query, ['date']);
  const { date } = viewFor(store, { edition: '2025', date: values.date });
  const reports = communeReports(store, unit.id);
  const status = communeStatus(unit, reports, date);
  const parcelsMetric = metricByKey('land_parcels_digitized');
  const rows = buildChartSeries({ points: reports.parcels, targets: [], shape: 'linear', forecast: { date: null }, asOf: date, targetInForce: null });
  const [title, unitName] = [metricName(parcelsMetric, locale), metricUnit(parcelsMetric, locale)];
  const path = `/provinces/${code}/communes/${unit.code}${values.date ? `?date=${values.date}` : ''}`;

  return (
    <div className="mx-auto max-w-screen-xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={path} illustrative={isIllustrative(store)} />
      <main className="space-y-6">
        <div className="space-y-1" data-testid="commune-header">
          <h1 className="text-3xl font-bold">{unit.nameVi} <span className="text-lg font-normal text-slate-600">({unit.code})</span></h1>
          <p>
            <span data-testid="commune-kind">{t(`kind.${status.kind}`)}</span>{' · '}
            <Link className="underline" href={`/provinces/${province.code}`} data-testid="commune-province">
              {t('province', { province: `${province.nameVi} (${province.code})` })}
            </Link>
          </p>
        </div>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="commune-status">
          <dt className="font-semibold">{t('date')}</dt>
          <dd>{formatDate(date, locale)}</dd>
          <dt className="font-semibold">{t('reached')}</dt>
          <dd data-testid="commune-reached">{status.landData.reached ? t('reachedText', { date: formatDate(status.landData.date, locale) }) : t('notYet')}</dd>
          <dt className="font-semibold">{t('parcels')}</dt>
          <dd>{status.parcels ? `${formatNumber(status.parcels.value, locale)} (${formatDate(status.parcels.reportDate, locale)})` : t('none')}</dd>
        </dl>
        <MetricChartLazy
          columns={chartColumns(rows)}
          target={null}
          dueDate={null}
          locale={locale}
          title={title}
          unit={unitName}
          summary={chartSummary({ title, unit: unitName, latest: latestActual(rows)?.actual ?? null, target: null, dueDate: null, locale })}
          labels={{
            actual: chartText('actual'), planned: chartText('planned'), forecast: chartText('forecast'), target: chartText('target'),
            noData: chartText('noData'), loading: chartText('loading'), due: null,
          }}
        />
        <CommuneHistory reports={reports} asOf={date} locale={locale} />
      </main>
    </div>
  );
}
