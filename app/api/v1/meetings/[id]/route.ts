// GET /api/v1/meetings/ID (or its slug): one meeting (as in the list), 404 for an unknown one.
import { badRequest, json, readerRefusal } from '../../responses';
import { meetingJson } from '../meeting-json';
import { getStore } from '@/db/store/client';
import { findMeeting } from '@/db/meetings/meetings';
import { PARAM_RULES } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  const { id } = await context.params;
  if (!PARAM_RULES.meeting.ok(id)) return badRequest('id', PARAM_RULES.meeting.message.en, PARAM_RULES.meeting.message.vi);
  const meeting = findMeeting(store, id);
  if (!meeting) return json({ error: { parameter: 'id', message: `id ${id} is not a meeting`, messageVi: `Không có cuộc họp số ${id}.` } }, { status: 404 });
  return json({ meeting: meetingJson(meeting) });
}
