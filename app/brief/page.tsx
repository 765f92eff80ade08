// /brief?date=&lang=: one A4 page for a leader: the six headline figures with their status and
// change since the last meeting, the provinces lagging most on each metric, reporting
// completeness when the store has it, and the open and overdue actions. It prints on one A4 page
// (app/globals.css .brief) and downloads as a PDF made on the server (/brief/pdf, the same words).
import { getLocale } from '../locale';
import { requireReader } from '../session';
import { loadBrief } from './brief-data';
import { PrintButton } from './print-button';
import { SiteHeader } from '@/app/site-header';
import { StatusBadge } from '@/components/status';
import { getStore } from '@/db/store/client';
import { vietnamDate } from '@/lib/dates';
import { translator } from '@/lib/i18n/i18n';
import type { SearchParams } from '@/lib/view/overview-state';

export const dynamic = 'force-dynamic';

export default async function BriefPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requireReader('/brief');
  const locale = await getLocale(params);
  const t = translator(locale, 'Brief');
  const { document: d, asOf } = loadBrief(getStore(), { date: typeof params.date === 'string' ? params.date : undefined, locale, today: vietnamDate(new Date()) });
  const cell = 'px-2 py-1';
  return (
    <div className="brief mx-auto max-w-4xl space-y-4 p-4 sm:p-6">
      <div className="print:hidden">
        <SiteHeader locale={locale} path={`/brief?date=${asOf}`} illustrative={false} />
      </div>
      <main className="space-y-4" data-testid="brief">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h1 className="text-2xl font-bold">{d.title}</h1>
            <p>{d.subtitle}</p>
            <p className="text-sm text-slate-700">{d.sinceNote}</p>
            {d.illustrative && <p role="note" className="text-sm text-amber-900">{d.illustrative}</p>}
          </div>
          <div className="flex flex-wrap gap-2 print:hidden">
            <PrintButton label={t('print')} />
            <a href={`/brief/pdf?date=${asOf}&lang=${locale}`} download className="rounded border border-slate-500 px-3 py-1 text-sm font-semibold hover:bg-slate-100" data-testid="brief-pdf">
              {t('pdf')}
            </a>
          </div>
        </div>
        <section aria-labelledby="brief-figures">
          <h2 id="brief-figures" className="text-lg font-semibold">{d.figuresTitle}</h2>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="brief-figures">
            <table className="w-full border-collapse text-sm tabular-nums" data-testid="brief-figures">
              <thead className="border-b-2 border-slate-400">
                <tr>
                  <th scope="col" className={`${cell} text-left`}>{d.head.metric}</th>
                  <th scope="col" className={`${cell} text-right`}>{d.head.value}</th>
                  <th scope="col" className={`${cell} text-right`}>{d.head.pct}</th>
                  <th scope="col" className={`${cell} text-left`}>{d.head.status}</th>
                  <th scope="col" className={`${cell} text-right`}>{d.head.change}</th>
                </tr>
              </thead>
              <tbody>
                {d.figures.map((f) => (
                  <tr key={f.key} className="border-b border-slate-200" data-metric={f.key}>
                    <th scope="row" className={`${cell} text-left font-normal`}>{f.name}</th>
                    <td className={`${cell} text-right whitespace-nowrap`}>{f.value}</td>
                    <td className={`${cell} text-right`}>{f.pct}</td>
                    <td className={cell}><StatusBadge status={f.status} locale={locale} /></td>
                    <td className={`${cell} text-right whitespace-nowrap`} data-field="change">{f.change ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="brief-lagging">
          <h2 id="brief-lagging" className="text-lg font-semibold">{d.laggingTitle}</h2>
          <ul className="space-y-1 text-sm" data-testid="brief-lagging">
            {d.lagging.map((l) => <li key={l.metric}><b>{l.metric}:</b> {l.provinces}</li>)}
          </ul>
        </section>
        {d.completeness && (
          <section aria-labelledby="brief-completeness">
            <h2 id="brief-completeness" className="text-lg font-semibold">{d.completeness.title}</h2>
            <p className="text-sm" data-testid="brief-completeness">{d.completeness.text}</p>
          </section>
        )}
        <section aria-labelledby="brief-actions">
          <h2 id="brief-actions" className="text-lg font-semibold">{d.actionsTitle}</h2>
          <p className="text-sm" data-testid="brief-actions-summary">{d.actionsSummary}</p>
          <ol className="brief-actions mt-1 text-sm" data-testid="brief-actions">
            {d.actions.map((a, i) => (
              <li key={i} data-overdue={a.overdue ? 'true' : undefined}>
                <span className={a.overdue ? 'font-bold text-red-800' : undefined}>{a.overdue ? '! ' : ''}{a.state}</span>
                <span className="tabular-nums">{a.due}</span>
                <span><b>{a.province}:</b> {a.text}</span>
              </li>
            ))}
          </ol>
          {d.moreActions && <p className="text-sm text-slate-700">{d.moreActions}</p>}
        </section>
        <p className="text-xs text-slate-700">{d.footer}</p>
      </main>
    </div>
  );
}
