// GET /api/v1/meetings: every meeting, newest first, with its edition, provinces and baseline
// (reading follows READ_REQUIRES_LOGIN). POST /api/v1/meetings with a bearer token of an
// administrator and { "title", "date", "place"?, "units", "baselineDate"? }: 201 { meeting };
// 401 without a valid token, 403 for other roles (before the values are read), 422 with
// { errors: [ { field, message, messageVi } ] }; nothing is written on any refusal.
import { bodyText, cachedJson, json, problemsJson, readerRefusal, tokenUser, unavailable, unprocessable } from '../responses';
import { MAX_MEETING_BODY_BYTES, meetingInput, meetingJson } from './meeting-json';
import { getStore } from '@/db/store/client';
import { createMeeting, listMeetings } from '@/db/meetings/meetings';
import { vietnamDate } from '@/lib/dates';
import { mayManageMeetings } from '@/lib/security/permissions';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  return cachedJson(store, 'meetings', () => ({ meetings: listMeetings(store).map(meetingJson) }));
}

export async function POST(request: Request): Promise<Response> {
  const store = getStore();
  const auth = tokenUser(request, store);
  if (!auth.ok) return auth.response;
  const allowed: boolean = mayManageMeetings(auth.user);
  if (!allowed) {
    return json({ error: { message: `${auth.user.email} may not create meetings: administrators only`, messageVi: `${auth.user.email} không được tạo cuộc họp: chỉ quản trị viên.` } }, { status: 403 });
  }
  const received = await bodyText(request, MAX_MEETING_BODY_BYTES);
  if (!received.ok) return received.response;
  const body = meetingInput(received.text);
  if (!body.ok) return unprocessable(body.errors);
  try {
    const outcome = createMeeting(store, body.input, { actor: auth.user.email, today: vietnamDate(new Date()) });
    if (!outcome.ok) return unprocessable(problemsJson(outcome.problems));
    return json({ meeting: meetingJson(outcome.meeting) }, { status: 201, headers: { Location: `/api/v1/meetings/${outcome.meeting.id}` } });
  } catch (e) {
    return unavailable(e);
  }
}
