// GET /api/v1/actions/ID: one action with its notes; 404 for an unknown one. PATCH with a bearer
// token and { status?, note? } (administrators, or a reporter of the action's unit; other fields
// of the action: administrators only): 200 { action }; 401 without a valid token, 403 outside the
// writer's units or role (before the values are read), 404 unknown id, 422 { errors }; nothing
// written on a refusal.
import { bodyText, json, jsonObjectBody, problemsJson, readerRefusal, tokenUser, unavailable, unprocessable } from '../../responses';
import { actionJson, forbiddenJson, MAX_ACTION_BODY_BYTES, PATCH_FIELDS } from '../action-json';
import { getAction, patchAction, updateAction } from '@/db/actions/actions';
import { getStore } from '@/db/store/client';
import { actionRefusal, changesAsked } from '@/lib/actions/rules';
import { vietnamDate } from '@/lib/dates';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

const notFound = (id: string) => json({ error: { parameter: 'id', message: `id ${id.slice(0, 20)} is not an action`, messageVi: `Không có biện pháp số ${id.slice(0, 20)}.` } }, { status: 404 });
const actionId = (id: string) => (/^\d{1,9}$/.test(id) ? Number(id) : null);

export async function GET(request: Request, context: Context): Promise<Response> {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  const { id } = await context.params;
  const n = actionId(id);
  const action = n === null ? null : getAction(store, n, vietnamDate(new Date()));
  return action ? json({ action: actionJson(action) }) : notFound(id);
}

export async function PATCH(request: Request, context: Context): Promise<Response> {
  const store = getStore();
  const auth = tokenUser(request, store);
  if (!auth.ok) return auth.response;
  const { user } = auth;
  const today = vietnamDate(new Date());
  // A viewer may change nothing, whichever action and whatever the body.
  const roleRefusal = actionRefusal(user, ['note'], null);
  if (roleRefusal && user.role !== 'reporter') return forbiddenJson(roleRefusal);
  const { id } = await context.params;
  const n = actionId(id);
  const current = n === null ? null : getAction(store, n, today);
  if (!current || n === null) return notFound(id);
  const unit = `${current.edition}:${current.unit}`;
  // Outside the writer's units: refused before the body is read.
  const unitRefusal = actionRefusal(user, ['status', 'note'], unit);
  if (unitRefusal) return forbiddenJson(unitRefusal);
  const received = await bodyText(request, MAX_ACTION_BODY_BYTES);
  if (!received.ok) return received.response;
  const parsed = jsonObjectBody(received.text, PATCH_FIELDS);
  if (!parsed.ok) return unprocessable(parsed.errors);
  // The fields asked for, not their values: a reporter editing anything but status and notes is refused.
  const changes = changesAsked(parsed.body);
  const fieldRefusal = actionRefusal(user, changes, unit);
  if (fieldRefusal) return forbiddenJson(fieldRefusal);
  try {
    const options = { user, today };
    const outcome = changes.includes('edit') ? updateAction(store, n, parsed.body, options) : patchAction(store, n, parsed.body, options);
    if (!outcome) return notFound(id);
    if (!outcome.ok) return outcome.refusal === 'forbidden' ? forbiddenJson(outcome.message) : unprocessable(problemsJson(outcome.problems));
    return json({ action: actionJson(outcome.action) });
  } catch (e) {
    return unavailable(e);
  }
}
