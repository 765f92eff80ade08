// The meeting form (/meetings/new, /meetings/[id]/edit) as data, pure: what the person typed,
// read back from a GET round trip (the "take a region" and "copy a meeting's list" buttons work
// without script by submitting the form to the page itself), and which provinces end up ticked.
// Checking a meeting is lib/meetings/rules.ts validateMeeting's job, not this file's.
import type { MeetingInput } from './rules';
import type { SearchParams } from '../view/params';

export interface MeetingDraft {
  title: string;
  date: string;
  place: string;
  /** Empty: the default (lib/meetings/meetings.ts baselineOf). */
  baselineDate: string;
  units: string[];
}

const one = (value: string | string[] | undefined): string => (typeof value === 'string' ? value : Array.isArray(value) ? value[0] ?? '' : '');
const many = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The draft a GET round trip carries; `fallback` for a field the URL does not name (a fresh form, the stored meeting). */
export function draftFromQuery(query: SearchParams, fallback: MeetingDraft): MeetingDraft {
  if (query.title === undefined && query.date === undefined) return fallback;
  return {
    title: one(query.title),
    date: one(query.date) || fallback.date,
    place: one(query.place),
    baselineDate: one(query.baselineDate),
    units: many(query.units),
  };
}

/** What the form posts, as the one validator reads it (blank texts and dates are "not given"). */
export function meetingInputFromForm(form: FormData): MeetingInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    title: text('title'),
    date: text('date'),
    place: text('place'),
    baselineDate: text('baselineDate'),
    units: form.getAll('units').filter((u): u is string => typeof u === 'string'),
  };
}

/**
 * The provinces ticked: those the person ticked, plus a region's and a copied meeting's (each
 * already on the map of the meeting's date), kept to that map's provinces, in its order.
 */
export function invitedUnits(edition: readonly string[], ticked: readonly string[], ...added: (readonly string[])[]): string[] {
  const chosen = new Set([...ticked, ...added.flat()]);
  return edition.filter((code) => chosen.has(code));
}
