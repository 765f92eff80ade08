// A milestone (yes or no: the province issues judicial-record certificates on VNeID, it finished
// digitizing civil status) is shown as a milestone: "reached 12/09/2024" or "not yet · due
// 30/06/2025", ranked by the date it was reached, then by its due date; never as a % bar.
import type { Point } from './series';
import { formatDate, formatNumber, type Locale } from './format';
import { translator } from './i18n/i18n';
import type { MetricProgress } from './progress';
import { acrossMerger, combineSeries, type UnitSeries } from './rollup';

/**
 * The date a series reached its target and stayed there: the first report of its last run at
 * or above the target, as of the series' end. Null when its latest report is below the target.
 * Given only the reports where the value changed, the answer is the same.
 */
export function reachedDate(points: readonly Point[], target: number): string | null {
  let since: string | null = null;
  for (const p of points) {
    if (p.value >= target) since ??= p.date;
    else since = null;
  }
  return since;
}

/**
 * A province's milestone series across the merger: a 2025 province before 1/7/2025 reached it
 * once every predecessor had (the one rule: lib/rollup combineSeries), then its own reports.
 */
export function milestoneSeries(own: UnitSeries, predecessors: readonly UnitSeries[]): UnitSeries {
  if (predecessors.length === 0) return own;
  return acrossMerger(combineSeries('milestone', predecessors), own);
}

export interface MilestoneView {
  reached: boolean;
  /** When it was reached (null: not reached, or reached before any report we hold). */
  reachedDate: string | null;
  dueDate: string | null;
}

/** A milestone of one province: reached (target met) and since when, or due when. */
export function milestoneView(progress: MetricProgress, reached: string | null | undefined): MilestoneView {
  const done = progress.value !== null && progress.target !== null && progress.value >= progress.target;
  return { reached: done, reachedDate: done ? (reached ?? null) : null, dueDate: progress.dueDate };
}

/** "đã đạt 12/09/2024" / "chưa đạt · hạn 30/06/2025" (and in English). */
export function milestoneLabel(m: MilestoneView, locale: Locale, hasValue = true): string {
  const t = translator(locale, 'Milestone');
  if (!hasValue) return t('noData');
  if (m.reached) return m.reachedDate ? t('reachedOn', { date: formatDate(m.reachedDate, locale) }) : t('reached');
  return m.dueDate ? t('notYetDue', { date: formatDate(m.dueDate, locale) }) : t('notYet');
}

/**
 * Milestone order: reached first, earliest first; then not reached, the earliest due first;
 * ties by code. (Reached on an unknown date sorts after the dated ones.)
 */
export function compareMilestones(a: MilestoneView & { code: string }, b: MilestoneView & { code: string }): number {
  if (a.reached !== b.reached) return a.reached ? -1 : 1;
  const key = (m: MilestoneView) => (m.reached ? m.reachedDate : m.dueDate) ?? '9999-12-31';
  return key(a).localeCompare(key(b)) || a.code.localeCompare(b.code);
}

/**
 * A milestone of the 34-province view before the merger, with the former provinces' count so
 * that it never contradicts the published figure: "20 / 34 tỉnh mới · 47 / 63 tỉnh cũ".
 */
export function acrossMergerLabel(
  now: { value: number | null; denominator: number | null },
  former: { value: number; denominator: number },
  locale: Locale,
): string {
  const n = (v: number | null) => formatNumber(v, locale);
  return translator(locale, 'Milestone')('acrossMerger', {
    value: n(now.value), total: n(now.denominator), formerValue: n(former.value), formerTotal: n(former.denominator),
  });
}
