// A meeting's agenda as text, pure: each lagging figure (lib/changes.ts compareReports) with its
// value, target, % of target and change since the baseline written as vi-VN writes them
// (lib/format.ts); a milestone reads "chưa đạt · hạn 30/06/2025" (lib/milestones.ts), never a %.
import { matchesStatusFilter } from '../actions/rules';
import type { ActionStatus } from '../actions/status';
import type { LaggingItem } from '../changes';
import { formatChange, formatNumber, formatPercent, metricName, type Locale } from '../format';
import { metricByKey, type MetricKey } from '../metrics';
import { milestoneLabel } from '../milestones';
import type { Status } from '../status';

export interface AgendaRow {
  code: string;
  name: string;
  metric: MetricKey;
  metricName: string;
  value: string;
  target: string;
  pctFrom: string;
  pctTo: string;
  change: string;
  statusFrom: Status;
  statusTo: Status;
}

export function agendaRows(lagging: readonly LaggingItem[], locale: Locale): AgendaRow[] {
  return lagging.map((item) => {
    const def = metricByKey(item.metric);
    const milestone = def.kind === 'milestone';
    return {
      code: item.code,
      name: item.name,
      metric: item.metric,
      metricName: metricName(def, locale),
      value: milestone ? milestoneLabel({ reached: false, reachedDate: null, dueDate: item.dueDate }, locale, item.to !== null) : formatNumber(item.to, locale),
      target: milestone ? '' : formatNumber(item.target, locale),
      pctFrom: milestone ? '' : formatPercent(item.pctFrom, locale),
      pctTo: milestone ? '' : formatPercent(item.pctTo, locale),
      change: milestone ? '' : formatChange(item.change, locale),
      statusFrom: item.statusFrom,
      statusTo: item.statusTo,
    };
  });
}

/** What the agenda needs of an action (db/actions/actions.ts Action is one). */
export interface AgendaAction {
  meetingId: number | null;
  /** The 34-province code its unit is or became. */
  province: string;
  dueDate: string;
  status: ActionStatus;
}

/**
 * The actions a meeting's agenda lists: those agreed at it, and those of earlier meetings for its
 * provinces (on the 34-province map) that are still open (lib/actions/rules.ts matchesStatusFilter),
 * with every one of the meeting it compares with (its baseline meeting) whatever its status, so
 * that what was done since shows. Keeps the order given (db/actions/actions.ts: overdue first).
 */
export function agendaActions<A extends AgendaAction>(
  actions: readonly A[],
  meeting: { id: number; date: string; baselineMeetingId: number | null },
  provinces: ReadonlySet<string>,
  meetingDate: (id: number) => string | null,
  today: string,
): { agreed: A[]; earlier: A[] } {
  const agreed = actions.filter((a) => a.meetingId === meeting.id);
  const earlier = actions.filter((a) => {
    if (a.meetingId === null || a.meetingId === meeting.id || !provinces.has(a.province)) return false;
    const date = meetingDate(a.meetingId);
    if (date === null || date >= meeting.date) return false;
    return a.meetingId === meeting.baselineMeetingId || matchesStatusFilter(a, 'open', today);
  });
  return { agreed, earlier };
}
