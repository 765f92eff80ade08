// The JSON of an action in the API, and reading an action's body: one shape for every route.
import { json } from '../responses';
import type { Action } from '@/db/actions/actions';
import { ACTION_EDIT_FIELDS } from '@/lib/actions/rules';
import type { Message } from '@/lib/message';

/** "by" is who wrote a note as the public may see it (lib/audit/actor-label.ts): never an e-mail. */
export function actionJson(a: Action) {
  return {
    id: a.id, unit: a.unit, edition: a.edition, unitName: a.unitName, province: a.province, metric: a.metric, meetingId: a.meetingId,
    problem: a.problem, cause: a.cause, action: a.action, owner: a.owner, dueDate: a.dueDate, status: a.status, overdue: a.overdue,
    illustrative: a.illustrative, notes: a.notes.map((n) => ({ date: n.date, text: n.text, by: n.by.vi, byEn: n.by.en })),
  };
}

/** An action's body is small: a few texts of at most 500 characters, a note of at most 2,000. */
export const MAX_ACTION_BODY_BYTES = 32 * 1024;

export const POST_FIELDS: readonly string[] = [...ACTION_EDIT_FIELDS, 'status'];
export const PATCH_FIELDS: readonly string[] = [...ACTION_EDIT_FIELDS, 'status', 'note'];

export const forbiddenJson = (message: Message) => json({ error: { message: message.en, messageVi: message.vi } }, { status: 403 });


