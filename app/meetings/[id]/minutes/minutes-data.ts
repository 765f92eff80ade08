// The minutes' inputs, read once for the page and the downloads: the meeting (by id or slug),
// the reports of its provinces on its date and its baseline date (its edition), its provinces'
// actions; lib/meetings/minutes.ts derives what the minutes hold.
import { getReport } from '@/db/report';
import type { Store } from '@/db/store/types';
import { findMeeting } from '@/db/meetings/meetings';
import { deriveMinutes, type Minutes } from '@/lib/meetings/minutes';
import { PARAM_RULES } from '@/lib/view/params';
import { minutesActions } from './minutes-actions';

/** The minutes of the meeting `idOrSlug`; null for a malformed or unknown one. */
export function loadMinutes(store: Store, idOrSlug: string, today: string): Minutes | null {
  if (!PARAM_RULES.meeting.ok(idOrSlug)) return null;
  const meeting = findMeeting(store, idOrSlug);
  if (!meeting) return null;
  const selection = meeting.units;
  const report = getReport(store, { date: meeting.date, edition: meeting.edition, selection });
  const baseline = getReport(store, { date: meeting.baselineDate, edition: meeting.edition, selection });
  return deriveMinutes({ meeting, report, baseline, actions: minutesActions(store, meeting, today), today });
}
