// The JSON of a meeting in the API, and reading a meeting's body: one shape for every route.
import { jsonObjectBody, type ApiFieldError } from '../responses';
import type { Meeting } from '@/db/meetings/meetings';
import type { MeetingInput } from '@/lib/meetings/rules';

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
  const read = jsonObjectBody(text, FIELDS);
  return read.ok ? { ok: true, input: read.body as MeetingInput } : read;
}
