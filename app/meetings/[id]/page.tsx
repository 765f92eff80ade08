// A meeting's agenda: for its provinces on its date, every figure behind or at risk (with what
// changed since the baseline), the provinces that improved most (the delta ranking) and those
// that slipped (lib/changes.ts); then the actions agreed at it and those still open from earlier
// meetings for its provinces (db/actions/actions.ts). Administrators add an action on a lagging figure.
import Link from 'next/link';
import { Fragment } from 'react';
import { notFound } from 'next/navigation';
import { getLocale } from '../../locale';
import { currentUser, requireReader } from '../../session';
import { AgendaActions } from './agenda-actions';
import { AddActionForm } from '../../actions/action-forms';
import { actionFormText } from '../../actions/form-text';
import { SiteHeader } from '@/app/site-header';
import { StatusBadge, StatusStyles } from '@/components/status';
import { cached } from '@/db/store/cache';
import { getChanges } from '@/db/changes';
import { getStore } from '@/db/store/client';
import { findMeeting } from '@/db/meetings/meetings';
import { problemFromLagging } from '@/lib/actions/rules';
import { EDITION_INFO } from '@/lib/editions';
import { formatDate, formatNumber, formatPercent, localName, metricName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { agendaRows } from '@/lib/meetings/agenda';
import { metricByKey } from '@/lib/metrics';
import { provinceHref } from '@/lib/view/overview';
import type { SearchParams } from '@/lib/view/params';
import { mayManageMeetings } from '@/lib/security/permissions';

export const dynamic = 'force-dynamic';

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requireReader(`/meetings/${id}`);
  const locale = await getLocale(query);
  const t = translator(locale, 'Meetings');
  const store = getStore();
  const meeting = findMeeting(store, id);
  if (!meeting) notFound();
  const user = await currentUser();
  const changes = cached(store, JSON.stringify(['agenda', meeting.baselineDate, meeting.date, meeting.edition, meeting.units]), () =>
    getChanges(store, { from: meeting.baselineDate, to: meeting.date, edition: meeting.edition, selection: meeting.units }));
  const rows = agendaRows(changes.lagging, locale);
  const names = new Map(changes.units.map((u) => [u.code, u.name]));
  const cell = 'px-2 py-1';
  const admin = mayManageMeetings(user);
  const a = translator(locale, 'ActionForm');
  const formText = actionFormText(locale);

  return (
    <div className="mx-auto max-w-screen-xl space-y-6 p-4 sm:p-6">
      <StatusStyles />
      <SiteHeader locale={locale} path={`/meetings/${meeting.id}`} illustrative={changes.illustrative || meeting.illustrative} />
      <main className="space-y-8">
        <nav className="text-sm print:hidden"><Link href="/meetings" className="underline">{t('all')}</Link></nav>
        <div className="space-y-1" data-testid="meeting-header">
          <h1 className="text-3xl font-bold">
            {meeting.title}
            {meeting.illustrative && <span className="ml-2 rounded bg-amber-100 px-1 align-middle text-sm font-normal text-amber-950">{t('illustrative')}</span>}
          </h1>
          <p>{[meeting.place, formatDate(meeting.date, locale), localName(EDITION_INFO[meeting.edition], locale)].filter(Boolean).join(' · ')}</p>
          <p className="text-sm text-slate-700" data-testid="meeting-baseline">
            {t(`baseline.${meeting.baselineSource === 'previous-meeting' ? 'previous' : meeting.baselineSource}`, { date: formatDate(meeting.baselineDate, locale) })}
          </p>
          <p className="text-sm">{t('invited', { count: meeting.units.length })}: {meeting.units.map((c) => `${names.get(c) ?? c} (${c})`).join(', ')}</p>
          {admin && <p className="print:hidden"><Link href={`/meetings/${meeting.id}/edit`} className="underline" data-testid="edit-meeting">{t('edit')}</Link></p>}
        </div>

        <section className="space-y-2" aria-labelledby="lagging-heading">
          <h2 id="lagging-heading" className="text-xl font-bold">{t('lagging', { count: rows.length, date: formatDate(meeting.date, locale) })}</h2>
          {rows.length === 0 ? <p>{t('noLagging')}</p> : (
            <table className="w-full border-collapse text-sm" data-testid="lagging-table">
              <thead className="text-left">
                <tr className="border-b border-slate-400">
                  <th scope="col" className={cell}>{t('province')}</th>
                  <th scope="col" className={cell}>{t('metric')}</th>
                  <th scope="col" className={`${cell} text-right`}>{t('value')}</th>
                  <th scope="col" className={`${cell} text-right`}>{t('target')}</th>
                  <th scope="col" className={`${cell} text-right`}>{t('pct')}</th>
                  <th scope="col" className={cell}>{t('status')}</th>
                  <th scope="col" className={`${cell} text-right`}>{t('change', { date: formatDate(meeting.baselineDate, locale) })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <Fragment key={`${r.code}:${r.metric}`}>
                  <tr className="border-b border-slate-200 align-top" data-unit={r.code} data-metric={r.metric}>
                    <th scope="row" className={`${cell} text-left font-semibold`}><Link href={provinceHref(meeting.edition, r.code)} className="underline">{r.name}</Link></th>
                    <td className={cell}>{r.metricName}</td>
                    <td className={`${cell} text-right tabular-nums`}>{r.value}</td>
                    <td className={`${cell} text-right tabular-nums`}>{r.target}</td>
                    <td className={`${cell} text-right tabular-nums`}>{r.pctTo && `${r.pctFrom} → ${r.pctTo}`}</td>
                    <td className={cell}><StatusBadge status={r.statusFrom} locale={locale} compact /> → <StatusBadge status={r.statusTo} locale={locale} /></td>
                    <td className={`${cell} text-right tabular-nums`}>{r.change}</td>
                  </tr>
                  {admin && (
                    <tr className="border-b border-slate-200 print:hidden" data-add-for={`${r.code}:${r.metric}`}>
                      <td colSpan={7} className={cell}>
                        <details>
                          <summary className="cursor-pointer font-semibold text-slate-900 underline">{a('add')}</summary>
                          <AddActionForm
                            unit={r.code} metric={r.metric} meetingId={meeting.id} locale={locale} text={formText} save={a('add')}
                            problem={problemFromLagging(changes.lagging[i], meeting.date)[locale]}
                          />
                        </details>
                      </td>
                    </tr>
                  )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <div className="grid gap-6 md:grid-cols-2">
          <section className="space-y-2" aria-labelledby="improved-heading" data-testid="improved">
            <h2 id="improved-heading" className="text-xl font-bold">{t('improved')}</h2>
            {changes.improved.length === 0 ? <p>{t('noImproved')}</p> : (
              <ol className="list-decimal space-y-1 pl-6">
                {changes.improved.map((u) => (
                  <li key={u.code} data-unit={u.code}>{u.name} ({u.code}): {t('score', { score: formatPercent(u.score, locale), metrics: formatNumber(u.metrics, locale) })}</li>
                ))}
              </ol>
            )}
          </section>
          <section className="space-y-2" aria-labelledby="slipped-heading" data-testid="slipped">
            <h2 id="slipped-heading" className="text-xl font-bold">{t('slipped')}</h2>
            {changes.slipped.length === 0 ? <p>{t('noSlipped')}</p> : (
              <ul className="space-y-1">
                {changes.slipped.map((u) => (
                  <li key={u.code} data-unit={u.code}>
                    <span className="font-semibold">{u.name} ({u.code})</span>:{' '}
                    {u.metrics.map((m, i) => (
                      <span key={m.metric}>{i > 0 && '; '}{metricName(metricByKey(m.metric), locale)} <StatusBadge status={m.statusFrom} locale={locale} compact /> → <StatusBadge status={m.statusTo} locale={locale} compact /></span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        <AgendaActions store={store} meeting={meeting} locale={locale} />
      </main>
    </div>
  );
}
