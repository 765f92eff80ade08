// The JSON of a meeting in the API, and reading a meeting's body: one shape for every route.
import type { ApiFieldError } from '../responses';
import type { Meeting } from '@/db/meetings';
import type { MeetingInput } from '@/lib/meeting-rules';

export function meetingJson(m: Meeting) {
  return {
    id: m.id, slug: m.slug, title: m.title, date: m.date, place: m.place, edition: m.edition, units: m.units,
    baselineDate: m.baselineDate, baselineFrom: m.baselineSource, illustrative: m.illustrative,
  };
}

/** A meeting's JSON body is small: a title, a place, two dates and at most 63 codes. */
export const MAX_MEETING_BODY_BYTES = 64 * 1024;

const FIELDS = ['title', 'date', 'place', 'units', 'baselineDate'];

/** The body as a meeting's fields, or the problems: not JSON, not an object, a field it does not know. */
export function meetingInput(text: string): { ok: true; input: MeetingInput } | { ok: false; errors: ApiFieldError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ field: 'body', message: 'the body is not JSON', messageVi: 'Nội dung gửi lên không phải JSON.' }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ field: 'body', message: 'the body must be a JSON object with title, date, place, units, baselineDate', messageVi: 'Nội dung phải là một đối tượng JSON gồm title, date, place, units, baselineDate.' }] };
  }
  const unknown = Object.keys(value).filter((k) => !FIELDS.includes(k));
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.slice(0, 20).map((k) => ({ field: k.slice(0, 40), message: `unknown field (expected one of ${FIELDS.join(', ')})`, messageVi: `Trường không có trong mẫu (chỉ nhận ${FIELDS.join(', ')}).` })),
    };
  }
  return { ok: true, input: value as MeetingInput };
}
