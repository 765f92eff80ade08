// The agenda's actions: those agreed at this meeting, and those of earlier meetings for its
// provinces still open (every one of the meeting it compares with): lib/meetings/agenda.ts.
import { ActionList } from './_components/action-list';
import { listActions } from '@/db/actions/actions';
import type { Store } from '@/db/store/types';
import { findGroup, listGroups } from '@/db/meetings/groups';
import { getMeeting, type Meeting } from '@/db/meetings/meetings';
import { vietnamDate } from '@/lib/dates';
import type { Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { agendaActions } from '@/lib/meetings/agenda';

export function AgendaActions({ store, meeting, locale }: { store: Store; meeting: Meeting; locale: Locale }) {
  const t = translator(locale, 'Meetings');
  const today = vietnamDate(new Date());
  const provinces = new Set(findGroup(listGroups(store, '2025'), meeting.id)?.codes ?? []);
  const { agreed, earlier } = agendaActions(listActions(store, { today }), meeting, provinces, (id) => getMeeting(store, id)?.date ?? null, today);
  return (
    <>
      <section className="space-y-2" aria-labelledby="agreed-heading">
        <h2 id="agreed-heading" className="text-xl font-bold">{t('agreed', { count: agreed.length })}</h2>
        <ActionList actions={agreed} locale={locale} testId="agreed-actions" />
      </section>
      <section className="space-y-2" aria-labelledby="earlier-heading">
        <h2 id="earlier-heading" className="text-xl font-bold">{t('earlier', { count: earlier.length })}</h2>
        <ActionList actions={earlier} locale={locale} testId="earlier-actions" />
      </section>
    </>
  );
}
