// The brief of a date (/brief and /brief/pdf read the same): the overview of the date (db/overview.ts)
// compared with the last meeting held before it, the open actions, and the store's reporting
// completeness when it has it; put into words by lib/brief.ts.
import { compareActions } from '@/lib/actions/rules';
import { listActions } from '@/db/actions/actions';
import type { Store } from '@/db/store/types';
import { listMeetings } from '@/db/meetings/meetings';
import { getOverview } from '@/db/overview';
import { viewFor } from '@/db/view';
import { briefDocument, lastMeetingBefore, type BriefCompleteness, type BriefDocument } from '@/lib/brief/brief';
import { isIsoDate } from '@/lib/dates';
import { EDITION_INFO } from '@/lib/editions';
import { localName, type Locale } from '@/lib/format';
import { meetingLabel } from '@/lib/meetings/meetings';
import { DEFAULT_STATE } from '@/lib/view/overview-state';

export interface Brief {
  document: BriefDocument;
  asOf: string;
  /** The date asked for, when it was not a date (then the latest figures are shown). */
  ignoredDate: string | null;
}

/**
 * Reporting completeness on the date: issue 21 adds it to the store. Until then there is none to
 * show, and the brief leaves the section out (lib/brief.ts BriefDocument.completeness).
 */
function reportingCompleteness(store: Store, date: string): BriefCompleteness | null {
  void store;
  void date;
  return null;
}

export function loadBrief(store: Store, asked: { date: string | undefined; locale: Locale; today: string }): Brief {
  const date = asked.date && isIsoDate(asked.date) ? asked.date : null;
  const view = viewFor(store, { ...DEFAULT_STATE, date });
  const last = lastMeetingBefore(listMeetings(store), view.date);
  const state = { ...DEFAULT_STATE, date, since: last?.date ?? null };
  const { report, shown } = getOverview(store, state, asked.locale);
  const open = listActions(store, { status: 'open', today: asked.today }).sort((a, b) => compareActions(a, b, asked.today));
  const document = briefDocument({
    asOf: report.asOf,
    editionName: localName(EDITION_INFO[view.edition], asked.locale),
    illustrative: report.illustrative,
    cards: shown.cards,
    rankings: shown.rankings,
    lastMeeting: last ? { title: meetingLabel(last, asked.locale) } : null,
    openActions: open,
    completeness: reportingCompleteness(store, report.asOf),
    locale: asked.locale,
  });
  return { document, asOf: report.asOf, ignoredDate: asked.date && !date ? asked.date : null };
}
