// All provinces x metrics, sortable by any column (links, so each order is a permalink), with
// the status counts of what is shown and a CSV download of exactly those rows.
import Link from 'next/link';
import { Fragment } from 'react';
import { STATUS_STYLE, statusClass } from '../../../components/status';
import { xlsxHref } from '@/lib/exports/csv';
import { formatNumber, formatPercent, metricName, type Locale } from '@/lib/format';
import { statusLabel, translator } from '@/lib/i18n/i18n';
import type { League } from '@/lib/view/league';
import { markKey } from '@/lib/actions/marks';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { milestoneLabel } from '@/lib/milestones';
import type { SortColumn } from '@/lib/view/overview-state';
import { STATUSES } from '@/lib/status';

export function LeagueTable({ league, locale, sort, dir, sortHref, csvHref, provinceHref, marks }: {
  league: League;
  locale: Locale;
  sort: SortColumn;
  dir: 'asc' | 'desc';
  sortHref: (column: SortColumn, dir: 'asc' | 'desc') => string;
  csvHref: string;
  provinceHref: (code: string) => string;
  /** Cells with an open action (lib/actions/marks.ts markKey); marked on screen only, never in the CSV. */
  marks?: ReadonlySet<string>;
}) {
  const t = translator(locale, 'LeagueTable');
  const mark = (code: string, metric: MetricKey | null) =>
    marks?.has(markKey(code, metric)) ? <span className="act" role="img" aria-label={t('openAction')} title={t('openAction')} data-testid="action-mark">⚑</span> : null;
  const header = (column: SortColumn, label: string, numeric: boolean) => {
    const active = sort === column;
    const next = active ? (dir === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc';
    return (
      <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={`px-2 py-1 align-bottom ${numeric ? 'text-right' : 'text-left'}`}>
        <Link href={sortHref(column, next)} scroll={false} className="hover:underline" aria-label={t('sortBy', { column: label })}>
          {label}
          <span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </Link>
      </th>
    );
  };
  return (
    <section aria-labelledby="league-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="league-title" className="text-lg font-semibold">{t('title')}</h2>
        <a href={csvHref} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 print:hidden" download>
          {t('csv')}
        </a>
        <a href={xlsxHref(csvHref)} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 print:hidden" download data-testid="league-xlsx">
          {t('xlsx')}
        </a>
      </div>
      <p className="text-xs text-slate-700">{t('note')}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="lt w-full border-collapse text-sm tabular-nums" data-testid="league-table">
          <thead className="border-b-2 border-slate-400">
            <tr>
              {header('code', t('code'), false)}
              {header('name', t('name'), false)}
              <th scope="col" className="hidden px-2 py-1 text-left align-bottom 2xl:table-cell">
                <Link href={sortHref('region', sort === 'region' && dir === 'asc' ? 'desc' : 'asc')} scroll={false} className="hover:underline">{t('region')}</Link>
              </th>
              {league.metrics.map((key) => <Fragment key={key}>{header(key, metricName(metricByKey(key), locale), true)}</Fragment>)}
            </tr>
          </thead>
          <tbody>
            {league.rows.map((row) => (
              <tr key={row.code} data-code={row.code}>
                <td>{row.code}</td>
                <td><a href={provinceHref(row.code)}>{row.name}</a>{mark(row.code, null)}</td>
                <td className="hidden 2xl:table-cell">{row.region}</td>
                {league.metrics.map((key) => {
                  const m = row.metrics[key];
                  const milestone = row.milestones[key];
                  return (
                    <td key={key} className="n">
                      {m && (
                        <>
                          {milestone ? <b data-testid="milestone">{milestoneLabel(milestone, locale, m.value !== null)}</b> : <b>{formatPercent(m.pctOfTarget, locale, 0)}</b>}{' '}
                          <i className={statusClass(m.status)}>{STATUS_STYLE[m.status].icon}<span className="sr">{statusLabel(m.status, locale)}</span></i>
                          <small>{formatNumber(m.value, locale)}</small>
                          {mark(row.code, key)}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-400 align-top">
            <tr>
              <th scope="row" colSpan={2} className="px-2 py-1 text-left font-semibold">{t('counts')}</th>
              <td className="hidden 2xl:table-cell" />
              {league.metrics.map((key) => (
                <td key={key} className="px-2 py-1 text-right text-xs" data-testid="status-counts" data-metric={key}>
                  {STATUSES.map((s) => (
                    <span key={s} className="block whitespace-nowrap">
                      <span aria-hidden="true">{STATUS_STYLE[s].icon}</span> {statusLabel(s, locale)}: {league.statusCounts[key]?.[s] ?? 0}
                    </span>
                  ))}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
