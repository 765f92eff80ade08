// The actions the minutes list, read per invited province (db/actions/actions.ts listActions, which
// maps a province across the merger), each under the meeting's code it was read for.
import { listActions } from '@/db/actions/actions';
import type { Store } from '@/db/store/types';
import type { Meeting } from '@/db/meetings/meetings';
import type { MinutesActionInput } from '@/lib/meetings/minutes';

export function minutesActions(store: Store, meeting: Meeting, today: string): MinutesActionInput[] {
  return meeting.units.flatMap((code) =>
    listActions(store, { unit: code, edition: meeting.edition, today }).map((a) => ({ ...a, unit: code, notes: a.notes.map((n) => ({ date: n.date, text: n.text })) })),
  );
}
