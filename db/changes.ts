// What changed between two dates: the reports of one edition on both dates (db/report.ts),
// compared by lib/changes.ts. The national figures are those of the selection, summed as the
// overview sums a region or a meeting group (lib/report.ts).
import type { Store } from './client';
import { getOverviewReport, getReport } from './report';
import { compareReports, type Changes } from '@/lib/changes';
import type { Edition, ViewDate } from '@/lib/editions';
import type { Report } from '@/lib/report';
import { sinceProblem } from '@/lib/view-params';

export interface ChangesQuery {
  from: string;
  to: string;
  /** One edition for both dates (the caller decides it: lib/editions resolveView). */
  edition: Edition;
  /** The provinces compared and summed (null: all). */
  selection?: readonly string[] | null;
}

export function getChanges(store: Store, query: ChangesQuery): Changes {
  const selection = query.selection ?? undefined;
  const before = getReport(store, { date: query.from, edition: query.edition, selection });
  const after = getReport(store, { date: query.to, edition: query.edition, selection });
  return compareReports(before, after, query.selection ?? null);
}

/**
 * The overview's report of its `since` date (same edition and selection as the view, so that
 * lib/overview-view.ts compares like with like); null when none is asked or it is after the view's date.
 */
export function sinceReport(store: Store, since: string | null, view: ViewDate, selection: readonly string[] | null): Report | null {
  if (!since || sinceProblem(since, view.date)) return null;
  return getOverviewReport(store, { date: since, edition: view.edition, selection: selection ?? undefined });
}
