// The deck's review slides, pure: what "Kể từ hội nghị trước" (improved / slipped since the
// meeting's baseline, lib/changes.ts), "Biện pháp từ hội nghị trước" (the previous meeting's
// actions, counted) and each province slide's open actions show, cut to what fits a 16:9 slide
// at the deck's minimum font sizes (app/globals.css .deck). Each list keeps its order (the
// delta ranking; overdue first) and says how many more there are rather than shrink the text.
import type { Changes, Improvement, Slip } from '../changes';

/** Rows that fit each list at the minimum sizes on 16:9 (measured by e2e/present.test.ts). */
export const REVIEW_LIMITS = {
  /** "Tiến bộ nhất": one line each. */
  improved: 9,
  /** "Tụt trạng thái": two lines each (the province, then its metrics). */
  slipped: 4,
  /** The previous meeting's actions: one line each. */
  actions: 8,
  /** A province slide's open actions, below its figures: one line each. */
  provinceActions: 3,
  /** …when the slide also names its lagging communes (two more lines). */
  provinceActionsBesideCommunes: 2,
} as const;

/**
 * Characters of an action's text on one slide line: beside its status and due date (a province
 * slide), or beside its province too (the previous meeting's actions).
 */
export const ACTION_TEXT_CHARS = { alone: 34, withProvince: 20 } as const;

/** A text cut at a word boundary to at most `max` characters, with "…" when cut. */
export function fitText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:·-]+$/, '')}…`;
}

/** The first `limit` of a list and how many are left out. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

export interface ChangesSlideData {
  from: string;
  to: string;
  improved: { shown: Improvement[]; more: number };
  slipped: { shown: Slip[]; more: number };
}

/** "Kể từ hội nghị trước": the delta ranking and the slipped provinces, as many as fit. */
export function changesSlide(changes: Changes): ChangesSlideData {
  return {
    from: changes.from,
    to: changes.to,
    improved: firstOf(changes.improved, REVIEW_LIMITS.improved),
    slipped: firstOf(changes.slipped, REVIEW_LIMITS.slipped),
  };
}

/** What the review slides need of an action (db/actions/actions.ts Action). */
export interface ReviewAction {
  id: number;
  unitName: string;
  action: string;
  dueDate: string;
  status: 'todo' | 'doing' | 'done' | 'cancelled';
  overdue: boolean;
}

export interface ActionCounts {
  done: number;
  /** To do or in progress, not overdue. */
  doing: number;
  overdue: number;
}

/** Done / in progress / overdue (cancelled ones count in none). */
export function countActions(actions: readonly ReviewAction[]): ActionCounts {
  const counts: ActionCounts = { done: 0, doing: 0, overdue: 0 };
  for (const a of actions) {
    if (a.status === 'done') counts.done++;
    else if (a.overdue) counts.overdue++;
    else if (a.status === 'todo' || a.status === 'doing') counts.doing++;
  }
  return counts;
}

export interface ActionsSlideData<A extends ReviewAction> {
  counts: ActionCounts;
  shown: A[];
  more: number;
}

/** "Biện pháp từ hội nghị trước": the counts, and the list in the order given (overdue first). */
export function actionsSlide<A extends ReviewAction>(actions: readonly A[]): ActionsSlideData<A> {
  return { counts: countActions(actions), ...firstOf(actions, REVIEW_LIMITS.actions) };
}

/**
 * A province slide's open actions (given overdue first, then by due date): as many as fit, or
 * one fewer and a "… và N khác" line when there are more.
 */
export function provinceSlideActions<A extends ReviewAction>(open: readonly A[], besideCommunes = false): { shown: A[]; more: number } {
  const limit = besideCommunes ? REVIEW_LIMITS.provinceActionsBesideCommunes : REVIEW_LIMITS.provinceActions;
  return open.length <= limit ? { shown: [...open], more: 0 } : firstOf(open, limit - 1);
}
