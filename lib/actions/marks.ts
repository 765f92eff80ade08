// Which cells of the league table (province × metric) carry a mark for an open action: the
// action's province on the map shown (a 34-province view reads an action of 74 as 79, its
// province since 1/7/2025; a 63-province view marks the 2024 units actions were agreed for).
// A province-wide action (no metric) marks the province's name.
import type { Edition } from '../editions';
import type { MetricKey } from '../metrics';

export interface MarkedAction {
  edition: Edition;
  unit: string;
  /** The 34-province code `unit` is or became. */
  province: string;
  metric: MetricKey | null;
}

/** The key of a marked cell: "79:health_book_records", or "79:" for the province as a whole. */
export const markKey = (code: string, metric: MetricKey | null) => `${code}:${metric ?? ''}`;

/** The marked cells of `edition`, from open actions (lib/actions/rules.ts matchesStatusFilter 'open'). */
export function actionMarks(open: readonly MarkedAction[], edition: Edition): Set<string> {
  const marks = new Set<string>();
  for (const a of open) {
    if (edition === '2025') marks.add(markKey(a.province, a.metric));
    else if (a.edition === '2024') marks.add(markKey(a.unit, a.metric));
  }
  return marks;
}
