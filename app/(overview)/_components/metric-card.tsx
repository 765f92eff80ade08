// One metric of the selection: value, target, % of target, status, change, trend, data date.
import Link from 'next/link';
import { Sparkline } from './sparkline';
import { StatusBadge } from '../../../components/status';
import {
  formatChange, formatCompact, formatDate, formatNumber, formatPercent, metricName, metricUnit, type Locale,
} from '@/lib/format';
import type { Point } from '@/lib/series';
import { translator } from '@/lib/i18n/i18n';
import type { MetricDefinition } from '@/lib/metrics';
import { acrossMergerLabel } from '@/lib/milestones';
import type { MetricProgress } from '@/lib/progress';

export function MetricCard({ metric, progress, trend, locale, href, selected, former = null, since = null }: {
  metric: MetricDefinition; progress: MetricProgress; trend: Point[]; locale: Locale; href: string; selected: boolean;
  /** A milestone before the merger on the 34-province map: the former provinces' count too. */
  former?: { value: number; denominator: number } | null;
  /** The change since the overview's `since` date, when one is asked for. */
  since?: { date: string; change: number | null } | null;
}) {
  const t = translator(locale, 'MetricCard');
  const share = metric.kind !== 'cumulative' && progress.denominator !== null;
  return (
    <li data-metric={metric.key} className={`rounded-lg border p-4 ${selected ? 'border-slate-900 ring-2 ring-slate-900' : 'border-slate-300'}`}>
      <h2 className="font-semibold leading-snug">
        <Link href={href} scroll={false} className="hover:underline focus-visible:outline-2" aria-current={selected ? 'true' : undefined}>
          {metricName(metric, locale)}
        </Link>
      </h2>
      <div className="mt-2 flex items-end justify-between gap-2">
        <p className="text-3xl font-bold tabular-nums" data-testid="card-value" title={formatNumber(progress.value, locale)}>
          {share ? formatNumber(progress.value, locale) : formatCompact(progress.value, locale)}
          {share && <span className="text-lg font-normal"> / {formatNumber(progress.denominator, locale)}</span>}
          <span className="ml-1 text-sm font-normal">{metricUnit(metric, locale)}</span>
        </p>
        <Sparkline points={trend} />
      </div>
      {former && <p className="text-sm font-semibold tabular-nums" data-testid="card-former">{acrossMergerLabel(progress, former, locale)}</p>}
      <p className="mt-1 text-sm tabular-nums">
        <StatusBadge status={progress.status} locale={locale} />{' '}
        <strong>{formatPercent(progress.pctOfTarget, locale)}</strong> {t('ofTarget')} · {formatPercent(progress.expectedPct, locale)} {t('expected')}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 text-sm text-slate-700 tabular-nums">
        <dt>{t('target')}</dt>
        <dd>{formatNumber(progress.target, locale)}{progress.dueDate ? ` (${t('due', { date: formatDate(progress.dueDate, locale) })})` : ''}</dd>
        <dt>{t('change')}</dt>
        <dd>{formatChange(progress.change, locale)}</dd>
        {since && (
          <>
            <dt>{t('since', { date: formatDate(since.date, locale) })}</dt>
            <dd data-testid="card-since">{formatChange(since.change, locale)}</dd>
          </>
        )}
        <dt>{t('forecast')}</dt>
        <dd>{progress.forecast.date ? formatDate(progress.forecast.date, locale) : t('noForecast')}</dd>
        <dt>{t('asOf')}</dt>
        <dd>{formatDate(progress.reportDate, locale)}</dd>
      </dl>
    </li>
  );
}
