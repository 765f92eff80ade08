// The overview's one state, kept in the URL so that every view is a permalink and back/forward
// work: edition, report date, metric, a region or meeting group, and the league table's sort.
import type { Edition } from '../editions';
import type { MetricKey } from '../metrics';
import { asEdition, asMetric, readParams, type Ignored, type SearchParams } from './params';

/** `improved`: by the change since the `since` date (lib/changes.ts delta ranking). */
export const SORT_COLUMNS = ['code', 'name', 'region', 'improved'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number] | MetricKey;

export interface OverviewState {
  /** Null: not asked for, so the edition in force on the date (lib/editions resolveView). */
  edition: Edition | null;
  /** Null: the edition's default date (the latest report; 30/06/2025 for the 2024 map). */
  date: string | null;
  metric: MetricKey;
  /** A region slug (lib/regions.ts) or null. */
  region: string | null;
  /** A meeting-group slug or null; a region and a group are not combined. */
  group: string | null;
  /**
   * Null, or a date to compare with, or a meeting's id or slug (its date: db/changes.ts sinceDate):
   * cards show the change since, rankings can order by it.
   */
  since: string | null;
  sort: SortColumn;
  dir: 'asc' | 'desc';
  /** Two views of the same data: ranking and map side by side, or the league table. */
  view: 'map' | 'table';
}

export const DEFAULT_STATE: OverviewState = {
  edition: null,
  date: null,
  metric: 'health_book_records',
  region: null,
  group: null,
  since: null,
  sort: 'health_book_records',
  dir: 'desc',
  view: 'map',
};

export type { SearchParams };

export interface ParsedState {
  state: OverviewState;
  /** Parameters that were not understood and fell back to their default, with why. */
  ignored: Ignored[];
}

/** Lenient: a page shows what it can and says what it ignored. The API is strict (400), same messages. */
export function parseOverviewState(params: SearchParams): ParsedState {
  // The overview's form sends one `scope` field ("region:slug" or "group:slug") for both.
  const one = (name: string) => (Array.isArray(params[name]) ? params[name][0] : params[name]);
  const [scopeKind, scopeSlug] = (one('scope') ?? '').split(':');
  const scoped = { ...params };
  if (scopeKind === 'region' && !params.region) scoped.region = scopeSlug;
  if (scopeKind === 'group' && !params.group) scoped.group = scopeSlug;
  // …and a `sinceMeeting` select beside the `since` date: a meeting stands for its date.
  if (!one('since') && one('sinceMeeting')) scoped.since = one('sinceMeeting');
  const { values, ignored } = readParams(scoped, ['edition', 'date', 'metric', 'region', 'group', 'since', 'sort', 'dir', 'view']);
  const metric = asMetric(values.metric) ?? DEFAULT_STATE.metric;
  const region = values.region ?? null;
  return {
    state: {
      edition: asEdition(values.edition),
      date: values.date ?? null,
      metric,
      region,
      group: region ? null : (values.group ?? null),
      since: values.since ?? null,
      sort: (values.sort as SortColumn | undefined) ?? metric,
      dir: (values.dir as 'asc' | 'desc' | undefined) ?? 'desc',
      view: (values.view as 'map' | 'table' | undefined) ?? 'map',
    },
    ignored,
  };
}

/** The query string of a state, leaving out what equals the default (short permalinks). */
export function stateQuery(state: OverviewState): string {
  const q = new URLSearchParams();
  if (state.edition) q.set('edition', state.edition);
  if (state.date) q.set('date', state.date);
  if (state.metric !== DEFAULT_STATE.metric) q.set('metric', state.metric);
  if (state.region) q.set('region', state.region);
  if (state.group) q.set('group', state.group);
  if (state.since) q.set('since', state.since);
  if (state.sort !== state.metric) q.set('sort', state.sort);
  if (state.dir !== 'desc') q.set('dir', state.dir);
  if (state.view !== DEFAULT_STATE.view) q.set('view', state.view);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** A link to the overview with some of the state changed. */
export function overviewHref(state: OverviewState, change: Partial<OverviewState> = {}): string {
  return `/${stateQuery({ ...state, ...change })}`;
}
