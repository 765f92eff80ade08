// A province's open actions (db/actions/actions.ts, overdue first), beside its figures on the province
// page: what was agreed, on which figure, by whom, by when, where it stands, and the meeting it
// came from.
import type { Action } from '@/db/actions/actions';
import { formatDate, metricShortName, type Locale } from '@/lib/format';
import { actionStatusLabel, translator } from '@/lib/i18n/i18n';
import { metricByKey } from '@/lib/metrics';

export function OpenActions({ actions, locale }: { actions: readonly Action[]; locale: Locale }) {
  const t = translator(locale, 'OpenActions');
  return (
    <section aria-labelledby="open-actions-title" className="space-y-2" data-testid="open-actions">
      <h2 id="open-actions-title" className="text-lg font-semibold">{t('title', { count: actions.length })}</h2>
      {actions.length === 0 ? (
        <p className="text-sm text-slate-700">{t('none')}</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {actions.map((a) => (
            <li key={a.id} className={`rounded border p-2 ${a.overdue ? 'border-red-800' : 'border-slate-300'}`} data-action={a.id} data-overdue={a.overdue ? 'true' : undefined}>
              <p className="font-semibold">{a.action}</p>
              <p>
                {a.metric ? metricShortName(metricByKey(a.metric), locale) : t('wholeProvince')} · {t('owner', { owner: a.owner })}
              </p>
              <p>
                <span className={a.overdue ? 'font-bold text-red-800' : undefined} data-testid="action-state">
                  {a.overdue ? `! ${actionStatusLabel('overdue', locale)} · ` : ''}{actionStatusLabel(a.status, locale)}
                </span>
                {' · '}{t('due', { date: formatDate(a.dueDate, locale) })}
                {a.illustrative && ` · ${t('illustrative')}`}
              </p>
              {a.meetingId !== null && (
                <p><a className="underline" href={`/meetings/${a.meetingId}`}>{t('meeting')}</a></p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
