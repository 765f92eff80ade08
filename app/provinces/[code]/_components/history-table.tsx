// Report dates x metrics, newest first, one page at a time (pages are links: permalinks).
import Link from 'next/link';
import { xlsxHref } from '@/lib/exports/csv';
import { formatDate, formatNumber, metricName, metricShortName, type Locale } from '@/lib/format';
import type { HistoryTable as Table } from '@/lib/view/history';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey } from '@/lib/metrics';

export function HistoryTable({ table, page, pages, pageHref, csvHref, locale }: {
  table: Table; page: number; pages: number; pageHref: (page: number) => string; csvHref: string; locale: Locale;
}) {
  const t = translator(locale, 'History');
  return (
    <section aria-labelledby="history-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="history-title" className="text-lg font-semibold">{t('title')}</h2>
        <a href={csvHref} download className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 print:hidden">{t('csv')}</a>
        <a href={xlsxHref(csvHref)} download className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 print:hidden" data-testid="history-xlsx">{t('xlsx')}</a>
      </div>
      {/* On paper the province page keeps to two A4 pages: the history is left out, with where to find it. */}
      <p className="hidden text-sm print:block" data-testid="history-print-note">{t('printNote', { csv: csvHref })}</p>
      <div className="mt-2 overflow-x-auto print:hidden">
        <table className="w-full border-collapse text-sm tabular-nums" data-testid="history-table">
          <thead className="border-b-2 border-slate-400">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">{t('date')}</th>
              {table.metrics.map((k) => (
                <th key={k} scope="col" className="px-2 py-1 text-right align-bottom" title={metricName(metricByKey(k), locale)}>
                  <span data-metric-name>{metricShortName(metricByKey(k), locale)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.date} className="border-b border-slate-200">
                <th scope="row" className="px-2 py-1 text-left font-normal">{formatDate(r.date, locale)}</th>
                {table.metrics.map((k) => <td key={k} className="px-2 py-1 text-right">{formatNumber(r.values[k] ?? null, locale)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('page')} className="mt-2 flex items-center gap-3 text-sm print:hidden">
        {page > 1 ? <Link href={pageHref(page - 1)} scroll={false} className="underline">{t('prev')}</Link> : <span className="text-slate-500">{t('prev')}</span>}
        <span>{t('pageOf', { page, pages })}</span>
        {page < pages ? <Link href={pageHref(page + 1)} scroll={false} className="underline">{t('next')}</Link> : <span className="text-slate-500">{t('next')}</span>}
      </nav>
    </section>
  );
}
