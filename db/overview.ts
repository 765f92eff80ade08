// What the overview shows for a state of its URL, derived once per data version, state and
// language: the page and the league table's download (the same view, the same table), and the
// deck (its own state, a meeting's provinces) ask for it. The derivation itself is
// lib/view/overview.ts deriveOverview; the reads are the db functions it names.
import { cached } from './store/cache';
import type { Store } from './store/types';
import { sinceDate, sinceReport, type SinceDate } from './changes';
import { listGroups, type MeetingGroup } from './meetings/groups';
import { getOverviewReport } from './report';
import { latestReportDate } from './store-facts';
import { milestoneReachedDates, unitRegions, viewFor } from './view';
import { EDITION_INFO, type ViewDate } from '@/lib/editions';
import type { Locale } from '@/lib/format';
import type { OverviewState } from '@/lib/view/overview-state';
import { deriveOverview, needsFormerReport, type OverviewView } from '@/lib/view/overview';
import type { Report } from '@/lib/report';
import { selectionFor, type Selection } from '@/lib/view/selection';

export interface Overview {
  view: ViewDate;
  /** The newest report date (or the 2025 edition's first day on an empty store): the date picker's end. */
  latest: string;
  groups: MeetingGroup[];
  selection: Selection;
  /** The `since` asked for, as a date, with why it is not used when it is not. */
  since: SinceDate;
  report: Report;
  shown: OverviewView;
}

/**
 * The overview of a URL state. `codes`, when given, replace the state's selection (the deck's
 * chosen provinces); the national figures stay the whole country's as the deck shows them.
 */
export function getOverview(store: Store, state: OverviewState, locale: Locale, codes?: readonly string[] | null): Overview {
  return cached(store, JSON.stringify(['overviewOf', state, locale, codes === undefined ? 'state' : (codes ?? 'all')]), () => {
    const view = viewFor(store, state);
    const since = sinceDate(store, state.since, view.date);
    const groups = listGroups(store, view.edition);
    const selection = selectionFor(state, groups, unitRegions(store, view.edition));
    const chosen = codes === undefined ? selection.codes : codes;
    // One report per view: its national figures are the selection's (the deck's are the country's).
    const report = getOverviewReport(store, { date: view.date, edition: view.edition, selection: codes === undefined ? (selection.codes ?? undefined) : undefined });
    const former = needsFormerReport(view)
      ? {
          report: getOverviewReport(store, { date: view.date, edition: '2024' }),
          codes: codes === undefined ? selectionFor(state, listGroups(store, '2024'), unitRegions(store, '2024')).codes : null,
        }
      : null;
    const shown = deriveOverview({
      state, view, report, codes: chosen, former, locale,
      since: codes === undefined ? sinceReport(store, since.date, view, selection.codes) : null,
      reached: milestoneReachedDates(store, view.edition, view.date),
    });
    return { view, latest: latestReportDate(store) ?? EDITION_INFO['2025'].validFrom, groups, selection, since, report, shown };
  });
}
