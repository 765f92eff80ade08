// GET /api/v1/actions[?unit=][&edition=][&meeting=][&status=open|done|overdue|all][&format=json|csv|xlsx][&lang=vi|en]:
// the actions, overdue first (reading follows READ_REQUIRES_LOGIN). `unit` with `edition` also
// takes the units it was made of or became (74 and 79 on the 34-province map). POST with a bearer
// token of an administrator and { unit, metric?, meetingId?, problem?, cause?, action, owner,
// dueDate, status? }: 201 { action }; 401 without a valid token, 403 for other roles (before the
// values are read), 422 { errors: [ { field, message, messageVi } ] }; nothing written on a refusal.
import { badRequest, bodyText, cachedJson, csv, json, jsonObjectBody, paramRefusal, parseQuery, problemsJson, readerRefusal, tokenUser, unavailable, unprocessable } from '../responses';
import { actionJson, forbiddenJson, MAX_ACTION_BODY_BYTES, POST_FIELDS } from './action-json';
import { createAction, listActions } from '@/db/actions/actions';
import { getStore } from '@/db/store/client';
import { findMeetingBySlug, getMeeting } from '@/db/meetings/meetings';
import { findUnit } from '@/db/units';
import { actionRefusal } from '@/lib/actions/rules';
import { actionTable, csvCells } from '@/lib/actions/table';
import { vietnamDate } from '@/lib/dates';
import { actionsQuery } from '@/lib/validation';
import { meetingProblem } from '@/lib/view/params';
import { toXlsx, XLSX_CONTENT_TYPE } from '@/lib/exports/xlsx';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  const parsed = parseQuery(request, actionsQuery);
  if (!parsed.ok) return parsed.response;
  const { unit, edition, status = 'all', format = 'json', lang = 'vi' } = parsed.data;
  if (unit && !(edition ? [edition] : (['2024', '2025'] as const)).some((e) => findUnit(store, e, unit))) {
    return badRequest('unit', `must be a province${edition ? ` of the ${edition} edition` : ''}: ${unit} is not one`, `phải là mã tỉnh${edition ? ` của địa giới ${edition}` : ''}: không có ${unit}`);
  }
  let meetingId: number | undefined;
  if (parsed.data.meeting) {
    const m = /^\d+$/.test(parsed.data.meeting) ? getMeeting(store, Number(parsed.data.meeting)) : findMeetingBySlug(store, parsed.data.meeting);
    if (!m) return paramRefusal(meetingProblem(parsed.data.meeting));
    meetingId = m.id;
  }
  const today = vietnamDate(new Date());
  const read = () => listActions(store, { unit, edition, meeting: meetingId, status, today });
  if (format === 'json') return cachedJson(store, JSON.stringify(['actions', unit, edition, meetingId, status, today]), () => ({ actions: read().map(actionJson) }));
  const table = actionTable(read(), lang);
  const name = `bien-phap-${today}`;
  if (format === 'csv') return csv(table.header, csvCells(table.rows, lang), `${name}.csv`);
  return new Response(Buffer.from(toXlsx(table.header, table.rows, lang === 'vi' ? 'Biện pháp' : 'Actions')), {
    headers: { 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${name}.xlsx"`, 'Cache-Control': 'no-store' },
  });
}

export async function POST(request: Request): Promise<Response> {
  const store = getStore();
  const auth = tokenUser(request, store);
  if (!auth.ok) return auth.response;
  // Permissions before values: only administrators create actions, whatever the body holds.
  const refused = actionRefusal(auth.user, ['create'], null);
  if (refused) return forbiddenJson(refused);
  const received = await bodyText(request, MAX_ACTION_BODY_BYTES);
  if (!received.ok) return received.response;
  const parsed = jsonObjectBody(received.text, POST_FIELDS);
  if (!parsed.ok) return unprocessable(parsed.errors);
  try {
    const outcome = createAction(store, parsed.body, { user: auth.user, today: vietnamDate(new Date()) });
    if (!outcome.ok) return outcome.refusal === 'forbidden' ? forbiddenJson(outcome.message) : unprocessable(problemsJson(outcome.problems));
    return json({ action: actionJson(outcome.action) }, { status: 201, headers: { Location: `/api/v1/actions/${outcome.action.id}` } });
  } catch (e) {
    return unavailable(e);
  }
}
