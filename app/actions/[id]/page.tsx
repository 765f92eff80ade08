// One action: its province, figure, meeting, problem, cause, the action agreed, who and by when,
// its status (overdue marked) and its dated progress notes. Administrators edit every field and
// close or cancel it; a reporter of its unit changes its status and adds a note; others read.
// Who may do what: lib/actions/rules.ts mayChangeAction, which db/actions/actions.ts checks again on write.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditActionForm, ProgressForm } from '../action-forms';
import { actionFormText } from '../form-text';
import { getLocale } from '../../locale';
import { currentUser, requireReader } from '../../session';
import { ActionStatusBadge } from '@/components/action-status';
import { SiteHeader } from '@/app/site-header';
import { getAction } from '@/db/actions/actions';
import { getStore } from '@/db/store/client';
import { getMeeting } from '@/db/meetings/meetings';
import { isIllustrative } from '@/db/store-facts';
import { mayChangeAction } from '@/lib/actions/rules';
import { vietnamDate } from '@/lib/dates';
import { formatDate, metricName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey, metricsForEdition } from '@/lib/metrics';
import { provinceHref } from '@/lib/view/overview';
import type { SearchParams } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

export default async function ActionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requireReader(`/actions/${id}`);
  const locale = await getLocale(query);
  const t = translator(locale, 'ActionPage');
  const f = translator(locale, 'ActionForm');
  const store = getStore();
  const action = /^\d{1,9}$/.test(id) ? getAction(store, Number(id), vietnamDate(new Date())) : null;
  if (!action) notFound();
  const user = await currentUser();
  const meeting = action.meetingId === null ? null : getMeeting(store, action.meetingId);
  const unit = `${action.edition}:${action.unit}`;
  const admin = user !== null && mayChangeAction(user, 'edit', unit);
  const progress = user !== null && mayChangeAction(user, 'status', unit);
  const text = actionFormText(locale, metricsForEdition(action.edition));
  const row = (label: string, value: React.ReactNode, field: string) => (
    <div className="grid grid-cols-[12rem_1fr] gap-2 border-b border-slate-200 py-1" data-field={field}>
      <dt className="font-semibold">{label}</dt><dd>{value}</dd>
    </div>
  );

  return (
    <div className="mx-auto max-w-screen-lg space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={`/actions/${action.id}`} illustrative={isIllustrative(store)} />
      <main className="space-y-6">
        {meeting && <nav className="text-sm"><Link href={`/meetings/${meeting.id}`} className="underline">{t('backTo', { title: meeting.title })}</Link></nav>}
        <h1 className="text-2xl font-bold">{t('title', { id: action.id })}{action.illustrative && <span className="ml-2 rounded bg-amber-100 px-1 align-middle text-sm font-normal text-amber-950">{t('illustrative')}</span>}</h1>
        {query.saved === '1' && <p role="status" className="rounded border-l-4 border-emerald-800 bg-emerald-50 px-3 py-2" data-testid="action-saved">{t('saved')}</p>}
        <dl data-testid="action-details">
          {row(f('status'), <ActionStatusBadge status={action.status} overdue={action.overdue} locale={locale} />, 'status')}
          {row(t('province'), <Link href={provinceHref(action.edition, action.unit)} className="underline">{action.unitName} ({action.unit})</Link>, 'unit')}
          {row(f('metric'), action.metric ? metricName(metricByKey(action.metric), locale) : f('wholeProvince'), 'metric')}
          {row(t('meeting'), meeting ? `${meeting.title}, ${formatDate(meeting.date, locale)}` : '—', 'meeting')}
          {row(f('problem'), action.problem ?? '—', 'problem')}
          {row(f('cause'), action.cause ?? '—', 'cause')}
          {row(f('action'), action.action, 'action')}
          {row(f('owner'), action.owner, 'owner')}
          {row(f('dueDate'), formatDate(action.dueDate, locale), 'dueDate')}
        </dl>

        <section className="space-y-2" aria-labelledby="notes-heading">
          <h2 id="notes-heading" className="text-xl font-bold">{t('notes')}</h2>
          {action.notes.length === 0 ? <p>{t('noNotes')}</p> : (
            <ol className="space-y-2" data-testid="action-notes">
              {action.notes.map((n) => (
                <li key={n.id} className="rounded border border-slate-300 p-2">
                  <p className="text-sm text-slate-700"><span className="tabular-nums">{formatDate(n.date, locale)}</span> · {n.by[locale]}</p>
                  <p className="whitespace-pre-wrap">{n.text}</p>
                </li>
              ))}
            </ol>
          )}
        </section>

        {progress && (
          <section className="space-y-2" aria-labelledby="progress-heading">
            <h2 id="progress-heading" className="text-xl font-bold">{t('update')}</h2>
            <ProgressForm id={action.id} status={action.status} locale={locale} text={text} save={t('saveProgress')} />
          </section>
        )}
        {admin && (
          <section className="space-y-2" aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="text-xl font-bold">{t('edit')}</h2>
            <EditActionForm
              id={action.id} locale={locale} text={text}
              values={{ problem: action.problem ?? '', cause: action.cause ?? '', action: action.action, owner: action.owner, dueDate: action.dueDate, metric: action.metric ?? '', status: action.status }}
            />
          </section>
        )}
        {!progress && <p className="text-sm text-slate-700" data-testid="read-only">{user ? t('readOnly') : t('signIn')}</p>}
      </main>
    </div>
  );
}
