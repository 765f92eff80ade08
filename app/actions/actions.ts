'use server';
// The action forms' server actions: add (from a lagging figure on the agenda), edit (every
// field, administrators) and update (status and a dated note: administrators, or a reporter of
// the action's unit). Who may do what is db/actions/actions.ts's permission rule (lib/actions/rules.ts
// mayChangeAction), checked there before the values; nothing is written on any refusal. Next
// refuses a server action whose Origin is not this site (app/session.ts), as for every form.
import { redirect } from 'next/navigation';
import { currentUser } from '../session';
import { createAction, patchAction, updateAction, type ActionWrite } from '@/db/actions/actions';
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { ACTION_EDIT_FIELDS, type ActionProblem } from '@/lib/actions/rules';
import { vietnamDate } from '@/lib/dates';
import type { Message } from '@/lib/message';

export interface ActionFormState {
  problems: ActionProblem[];
  /** A refusal (not allowed, the store read-only): nothing was written. */
  refusal?: Message | null;
  /** Not signed in (the session ended): nothing was written. */
  signedOut?: boolean;
  missing?: boolean;
  /** What was sent, shown again beside its problems. */
  values?: Record<string, string>;
  attempt: number;
}

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && !k.startsWith('$')) values[k] = v;
  return values;
}

/** A write's outcome: the form's state on a refusal, else the action written. */
function outcome(previous: ActionFormState, form: FormData, write: () => ActionWrite | null): { state: ActionFormState } | { id: number } {
  const base = { problems: [], values: valuesOf(form), attempt: previous.attempt + 1 };
  let result: ActionWrite | null;
  try {
    result = write();
  } catch (e) {
    if (e instanceof StoreUnavailableError) return { state: { ...base, refusal: e.text } };
    throw e;
  }
  if (result === null) return { state: { ...base, missing: true } };
  if (!result.ok) return { state: result.refusal === 'forbidden' ? { ...base, refusal: result.message } : { ...base, problems: result.problems } };
  return { id: result.action.id };
}

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : undefined;
};

/** Adds an action on a lagging figure of a meeting's agenda; back to the agenda, at the new action. */
export async function addAction(previous: ActionFormState, form: FormData): Promise<ActionFormState> {
  const user = await currentUser();
  if (!user) return { problems: [], signedOut: true, attempt: previous.attempt + 1 };
  const input = Object.fromEntries(ACTION_EDIT_FIELDS.map((f) => [f, text(form, f)]));
  const done = outcome(previous, form, () => createAction(getStore(), input, { user, today: vietnamDate(new Date()) }));
  if ('state' in done) return done.state;
  const back = text(form, 'back');
  redirect(back && /^\/meetings\/\d+$/.test(back) ? `${back}#action-${done.id}` : `/actions/${done.id}`);
}

/** Edits every field of an action, its status too (administrators). */
export async function editAction(previous: ActionFormState, form: FormData): Promise<ActionFormState> {
  const user = await currentUser();
  if (!user) return { problems: [], signedOut: true, attempt: previous.attempt + 1 };
  const id = Number(text(form, 'id'));
  const input = { ...Object.fromEntries(ACTION_EDIT_FIELDS.filter((f) => f !== 'unit' && f !== 'meetingId').map((f) => [f, text(form, f) ?? null])), status: text(form, 'status') };
  const done = outcome(previous, form, () => (Number.isSafeInteger(id) ? updateAction(getStore(), id, input, { user, today: vietnamDate(new Date()) }) : null));
  if ('state' in done) return done.state;
  redirect(`/actions/${done.id}?saved=1`);
}

/** A new status and/or a dated progress note (administrators, or a reporter of the action's unit). */
export async function updateProgress(previous: ActionFormState, form: FormData): Promise<ActionFormState> {
  const user = await currentUser();
  if (!user) return { problems: [], signedOut: true, attempt: previous.attempt + 1 };
  const id = Number(text(form, 'id'));
  const status = text(form, 'status');
  const note = text(form, 'note')?.trim() ?? '';
  // Only what changed is asked for: the status as it was is no change.
  const input = { ...(status && status !== text(form, 'current') ? { status } : {}), ...(note ? { note } : {}) };
  const done = outcome(previous, form, () => (Number.isSafeInteger(id) ? patchAction(getStore(), id, input, { user, today: vietnamDate(new Date()) }) : null));
  if ('state' in done) return done.state;
  redirect(`/actions/${done.id}?saved=1`);
}
