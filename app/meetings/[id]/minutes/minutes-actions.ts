// The actions the minutes list, read per invited province (db/actions.ts listActions, which
// maps a province across the merger), each under the meeting's code it was read for; and an
// action's status in words for the page and the downloads ("Đang làm · quá hạn").
import { listActions } from '@/db/actions';
import type { Store } from '@/db/client';
import type { Meeting } from '@/db/meetings';
import type { ActionStatus } from '@/lib/action-rules';
import type { Locale } from '@/lib/format';
import { actionStatusLabel } from '@/lib/i18n';
import type { MinutesActionInput } from '@/lib/minutes';

export function minutesActions(store: Store, meeting: Meeting, today: string): MinutesActionInput[] {
  return meeting.units.flatMap((code) =>
    listActions(store, { unit: code, edition: meeting.edition, today }).map((a) => ({ ...a, unit: code, notes: a.notes.map((n) => ({ date: n.date, text: n.text })) })),
  );
}

/** "Đang làm", or "Đang làm · Quá hạn" when its due date has passed unfinished. */
export function actionStatusText(a: Pick<MinutesActionInput, 'status' | 'overdue'>, locale: Locale): string {
  const status = actionStatusLabel(a.status as ActionStatus, locale);
  return a.overdue ? `${status} · ${actionStatusLabel('overdue', locale)}` : status;
}
