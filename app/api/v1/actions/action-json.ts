// The JSON of an action in the API, and reading an action's body: one shape for every route.
import { json, type ApiFieldError } from '../responses';
import type { Action } from '@/db/actions';
import { ACTION_EDIT_FIELDS } from '@/lib/action-rules';
import type { Message } from '@/lib/observation-rules';

/** "by" is who wrote a note as the public may see it (lib/actor-label.ts): never an e-mail. */
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


/** The body as an object of known fields, or the problems: not JSON, not an object, a field it does not know. */
export function actionBody(text: string, fields: readonly string[]): { ok: true; body: Record<string, unknown> } | { ok: false; errors: ApiFieldError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ field: 'body', message: 'the body is not JSON', messageVi: 'Nội dung gửi lên không phải JSON.' }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ field: 'body', message: `the body must be a JSON object with ${fields.join(', ')}`, messageVi: `Nội dung phải là một đối tượng JSON gồm ${fields.join(', ')}.` }] };
  }
  const unknown = Object.keys(value).filter((k) => !fields.includes(k));
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.slice(0, 20).map((k) => ({ field: k.slice(0, 40), message: `unknown field (expected one of ${fields.join(', ')})`, messageVi: `Trường không có trong mẫu (chỉ nhận ${fields.join(', ')}).` })),
    };
  }
  return { ok: true, body: value as Record<string, unknown> };
}
