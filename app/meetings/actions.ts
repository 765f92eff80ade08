'use server';
// Saving a meeting from its form (administrators): the one validator (lib/meetings/rules.ts) and
// the one writer (db/meetings/meetings.ts createMeeting / updateMeeting, durable and audited). Next refuses
// a server action whose Origin is not this site (see app/session.ts), as for every other form.
import { redirect } from 'next/navigation';
import { currentUser } from '../session';
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { createMeeting, updateMeeting } from '@/db/meetings/meetings';
import { vietnamDate } from '@/lib/dates';
import { meetingInputFromForm, type MeetingDraft } from '@/lib/meetings/form';
import type { MeetingProblem } from '@/lib/meetings/rules';
import type { Message } from '@/lib/message';
import { mayManageMeetings } from '@/lib/security/permissions';

export interface MeetingFormState {
  problems: MeetingProblem[];
  denied: boolean;
  /** Why the store refused the write (read-only, missing, moved). */
  failure?: Message | null;
  /** The meeting edited no longer exists. */
  missing?: boolean;
  /** What was sent, so that the form shows it again beside its problems. */
  draft?: MeetingDraft;
  attempt: number;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export async function saveMeeting(previous: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const user = await currentUser();
  if (!mayManageMeetings(user)) return { problems: [], denied: true, attempt: previous.attempt + 1 };
  const input = meetingInputFromForm(form);
  const draft: MeetingDraft = {
    title: text(input.title), date: text(input.date), place: text(input.place), baselineDate: text(input.baselineDate),
    units: (input.units as string[]) ?? [],
  };
  const idText = text(form.get('id'));
  const options = { actor: user.email, today: vietnamDate(new Date()) };
  const store = getStore();
  let result;
  try {
    result = /^\d+$/.test(idText) ? updateMeeting(store, Number(idText), input, options) : createMeeting(store, input, options);
  } catch (e) {
    if (e instanceof StoreUnavailableError) return { problems: [], denied: false, failure: e.text, draft, attempt: previous.attempt + 1 };
    throw e;
  }
  if (result === null) {
    return { problems: [], denied: false, missing: true, draft, attempt: previous.attempt + 1 };
  }
  if (!result.ok) return { problems: result.problems, denied: false, draft, attempt: previous.attempt + 1 };
  redirect(`/meetings/${result.meeting.id}`);
}
