// What changed between two dates: the reports of one edition on both dates (db/report.ts),
// compared by lib/changes.ts. The national figures are those of the selection, summed as the
// overview sums a region or a meeting group (lib/report.ts).
import { cached } from './store/cache';
import type { Store } from './store/types';
import { getOverviewReport, getReport } from './report';
import { compareReports, type Changes } from '@/lib/changes';
import type { Edition, ViewDate } from '@/lib/editions';
import type { Report } from '@/lib/report';
import { isIsoDate } from '@/lib/dates';
import { meetingProblem, sinceProblem, type ParamProblem } from '@/lib/view/params';
import { findMeeting, type Meeting } from './meetings/meetings';

export interface ChangesQuery {
  from: string;
  to: string;
  /** One edition for both dates (the caller decides it: lib/editions resolveView). */
  edition: Edition;
  /** The provinces compared and summed (null: all). */
  selection?: readonly string[] | null;
}

/** Once per data version and query (a meeting's page and deck, the API). */
export function getChanges(store: Store, query: ChangesQuery): Changes {
  const selection = query.selection ?? undefined;
  return cached(store, JSON.stringify(['changes', query.from, query.to, query.edition, selection ?? null]), () => {
    // A selection's changes need only its provinces' figures (and their sum).
    const before = getReport(store, { date: query.from, edition: query.edition, selection, only: selection });
    const after = getReport(store, { date: query.to, edition: query.edition, selection, only: selection });
    return compareReports(before, after, query.selection ?? null);
  });
}

export interface SinceDate {
  /** The date to compare with: the one asked for, or the meeting's date; null when none or refused. */
  date: string | null;
  /** The meeting it names, when it names one. */
  meeting: Meeting | null;
  /** Why it is not used: an unknown meeting, or a date after the view's. */
  problem: ParamProblem | null;
  /** The problem is an unknown meeting (the API refuses it; a late date it ignores, as the page does). */
  unknownMeeting: boolean;
}

/**
 * The overview's `since` (already past lib/view/params.ts PARAM_RULES.since): a date as it is, a
 * meeting's id or slug as that meeting's date; refused when the meeting is unknown or the date
 * is after the view's date (the same message wherever it is read).
 */
export function sinceDate(store: Store, since: string | null, viewDate: string): SinceDate {
  if (!since) return { date: null, meeting: null, problem: null, unknownMeeting: false };
  const meeting = isIsoDate(since) ? null : findMeeting(store, since);
  if (!isIsoDate(since) && !meeting) return { date: null, meeting: null, problem: meetingProblem(since, [], 'since'), unknownMeeting: true };
  const date = meeting ? meeting.date : since;
  const late = sinceProblem(date, viewDate);
  return { date: late ? null : date, meeting, problem: late, unknownMeeting: false };
}

/**
 * The overview's report of its `since` date (same edition and selection as the view, so that
 * lib/view/overview.ts compares like with like); null when none is asked or it is after the view's date.
 */
export function sinceReport(store: Store, since: string | null, view: ViewDate, selection: readonly string[] | null): Report | null {
  if (!since || sinceProblem(since, view.date)) return null;
  return getOverviewReport(store, { date: since, edition: view.edition, selection: selection ?? undefined });
}
