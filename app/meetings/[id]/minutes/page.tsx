// The minutes of a meeting (biên bản), printable on A4 (app/globals.css @page minutes): one
// section per invited province with its figures on the meeting date, what changed since the
// baseline and its actions. The same content downloads as CSV and XLSX (./download).
import { notFound } from 'next/navigation';
import { getLocale } from '../../../locale';
import { requireReader } from '../../../session';
import { SiteHeader } from '@/app/site-header';
import { StatusBadge, StatusStyles } from '@/components/status';
import { getStore } from '@/db/store/client';
import { vietnamDate } from '@/lib/dates';
import { EDITION_INFO } from '@/lib/editions';
import { formatChange, formatDate, formatNumber, localName, metricName, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey } from '@/lib/metrics';
import { pctText, type MinutesFigure, type MinutesSection } from '@/lib/meetings/minutes';
import type { SearchParams } from '@/lib/view/overview-state';
import { actionStatusText } from '@/lib/actions/table';
import { loadMinutes } from './minutes-data';

export const dynamic = 'force-dynamic';

function value(f: MinutesFigure, side: 'from' | 'to', locale: Locale, t: ReturnType<typeof translator<'Minutes'>>): string {
  const v = f[side];
  if (metricByKey(f.metric).kind === 'milestone') return v === null ? t('noReport') : v >= 1 ? t('reached') : t('notReached');
  return formatNumber(v, locale);
}

function Section({ section, locale }: { section: MinutesSection; locale: Locale }) {
  const t = translator(locale, 'Minutes');
  const id = `province-${section.code}`;
  return (
    <section aria-labelledby={id} className="minutes-section space-y-3" data-testid="minutes-section" data-code={section.code}>
      <h2 id={id} className="text-xl font-bold">{section.name} <span className="font-normal text-slate-600">({section.code})</span></h2>
      <table className="w-full border-collapse text-sm" data-testid="minutes-figures">
        <caption className="sr-only">{t('figuresCaption', { province: section.name })}</caption>
        <thead>
          <tr className="border-b border-slate-400 text-left">
            <th scope="col" className="py-1 pr-2">{t('colMetric')}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t('colValue')}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t('colTarget')}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t('colPct')}</th>
            <th scope="col" className="py-1 pr-2">{t('colStatus')}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t('colBaselineValue')}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t('colChange')}</th>
            <th scope="col" className="py-1">{t('colBaselineStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {section.figures.map((f) => (
            <tr key={f.metric} className="border-b border-slate-200" data-metric={f.metric}>
              <th scope="row" className="py-1 pr-2 text-left font-normal">{metricName(metricByKey(f.metric), locale)}</th>
              <td className="py-1 pr-2 text-right tabular-nums">{value(f, 'to', locale, t)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{metricByKey(f.metric).kind === 'milestone' ? formatDate(f.dueDate, locale) : formatNumber(f.target, locale)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{pctText(f.pctTo, locale)}</td>
              <td className="py-1 pr-2"><StatusBadge status={f.statusTo} locale={locale} /></td>
              <td className="py-1 pr-2 text-right tabular-nums">{value(f, 'from', locale, t)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{formatChange(f.change, locale)}</td>
              <td className="py-1"><StatusBadge status={f.statusFrom} locale={locale} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="font-semibold">{t('actions', { count: section.actions.length })}</h3>
      {section.actions.length === 0 ? (
        <p className="text-sm text-slate-700">{t('noActions')}</p>
      ) : (
        <ol className="space-y-2 text-sm" data-testid="minutes-actions">
          {section.actions.map((a) => (
            <li key={a.id} className="rounded border border-slate-300 p-2" data-action={a.id} data-overdue={a.overdue ? 'true' : undefined}>
              <p className="font-semibold">
                {a.action} <span className="font-normal">· {a.metric ? metricName(metricByKey(a.metric), locale) : t('wholeProvince')}</span>
              </p>
              {a.problem && <p>{t('problem')}: {a.problem}</p>}
              {a.cause && <p>{t('cause')}: {a.cause}</p>}
              <p>
                {t('owner')}: {a.owner} · {t('due', { date: formatDate(a.dueDate, locale) })} ·{' '}
                <strong data-testid="action-status">{actionStatusText(a, locale)}</strong>
              </p>
              {a.notes.length > 0 && (
                <ul className="ml-4 list-disc">
                  {a.notes.map((n, i) => <li key={i}>{formatDate(n.date, locale)}: {n.text}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export default async function MinutesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requireReader(`/meetings/${id}/minutes`);
  const locale = await getLocale(query);
  const t = translator(locale, 'Minutes');
  const store = getStore();
  const today = vietnamDate(new Date());
  const minutes = loadMinutes(store, id, today);
  if (!minutes) notFound();
  const m = minutes.meeting;
  const download = (format: 'csv' | 'xlsx') => `/meetings/${m.id}/minutes/download?format=${format}&lang=${locale}`;

  return (
    <div className="minutes mx-auto max-w-screen-lg space-y-6 p-4 sm:p-6">
      <StatusStyles />
      <SiteHeader locale={locale} path={`/meetings/${m.id}/minutes`} illustrative={minutes.illustrative} />
      <main className="space-y-6">
        <nav className="flex flex-wrap gap-4 text-sm print:hidden" aria-label={t('links')}>
          <a href={`/meetings/${m.id}`} className="underline">{t('meetingPage')}</a>
          <a href={download('csv')} className="underline" data-testid="minutes-csv">{t('downloadCsv')}</a>
          <a href={download('xlsx')} className="underline" data-testid="minutes-xlsx">{t('downloadXlsx')}</a>
          <span className="text-slate-700">{t('printHint')}</span>
        </nav>
        <header className="space-y-1" data-testid="minutes-header">
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t('kicker')}</p>
          <h1 className="text-2xl font-bold">
            {m.title}
            {m.illustrative && <span className="ml-2 text-base font-normal text-amber-900" data-testid="minutes-illustrative">({t('illustrativeMark')})</span>}
          </h1>
          <p>{[formatDate(m.date, locale), m.place].filter(Boolean).join(' · ')} · {localName(EDITION_INFO[m.edition], locale)}</p>
          <p className="text-sm text-slate-700">
            {t('dates', { asOf: formatDate(minutes.asOf, locale), baseline: formatDate(minutes.baselineDate, locale), count: minutes.sections.length })}
          </p>
          {minutes.illustrative && !m.illustrative && <p className="text-sm text-amber-900">{t('illustrativeFigures')}</p>}
        </header>
        {minutes.sections.map((s) => <Section key={s.code} section={s} locale={locale} />)}
      </main>
    </div>
  );
}
