// The overview's one state, kept in the URL so that every view is a permalink and back/forward
// work: edition, report date, metric, a region or meeting group, and the league table's sort.
import { isIsoDate } from './dates';
import { isEdition, type Edition } from './editions';
import { isMetricKey, type MetricKey } from './metrics';
import { regionBySlug } from './regions';

export const SORT_COLUMNS = ['code', 'name', 'region'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number] | MetricKey;

export interface OverviewState {
  edition: Edition;
  /** Null: the latest report date. */
  date: string | null;
  metric: MetricKey;
  /** A region slug (lib/regions.ts) or null. */
  region: string | null;
  /** A meeting-group slug or null; a region and a group are not combined. */
  group: string | null;
  sort: SortColumn;
  dir: 'asc' | 'desc';
  /** Two views of the same data: ranking and map side by side, or the league table. */
  view: 'map' | 'table';
}

export const DEFAULT_STATE: OverviewState = {
  edition: '2025',
  date: null,
  metric: 'health_book_records',
  region: null,
  group: null,
  sort: 'health_book_records',
  dir: 'desc',
  view: 'map',
};

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParsedState {
  state: OverviewState;
  /** Parameters that were not understood and fell back to their default. */
  ignored: { parameter: string; value: string }[];
}

const SLUG = /^[a-z0-9-]{1,80}$/;

/** Lenient: a page shows what it can and says what it ignored. The API is strict (400). */
export function parseOverviewState(params: SearchParams): ParsedState {
  params = { ...params };
  const ignored: ParsedState['ignored'] = [];
  const one = (name: string): string | undefined => {
    const v = params[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const pick = <T>(name: string, ok: (v: string) => boolean, fallback: T): T | string => {
    const v = one(name);
    if (v === undefined || v === '') return fallback;
    if (ok(v)) return v;
    ignored.push({ parameter: name, value: v });
    return fallback;
  };
  const metric = pick('metric', isMetricKey, DEFAULT_STATE.metric) as MetricKey;
  // The overview's form sends one `scope` field ("region:slug" or "group:slug") for both.
  const scope = one('scope') ?? '';
  const [scopeKind, scopeSlug] = scope.split(':');
  if (scopeKind === 'region' && !params.region) params = { ...params, region: scopeSlug };
  if (scopeKind === 'group' && !params.group) params = { ...params, group: scopeSlug };
  const region = pick('region', (v) => regionBySlug(v) !== undefined, null) as string | null;
  const group = region ? null : (pick('group', (v) => SLUG.test(v), null) as string | null);
  return {
    state: {
      edition: pick('edition', isEdition, DEFAULT_STATE.edition) as Edition,
      date: pick('date', isIsoDate, null) as string | null,
      metric,
      region,
      group,
      sort: pick('sort', (v) => (SORT_COLUMNS as readonly string[]).includes(v) || isMetricKey(v), metric) as SortColumn,
      dir: pick('dir', (v) => v === 'asc' || v === 'desc', 'desc') as 'asc' | 'desc',
      view: pick('view', (v) => v === 'map' || v === 'table', 'map') as 'map' | 'table',
    },
    ignored,
  };
}

/** The query string of a state, leaving out what equals the default (short permalinks). */
export function stateQuery(state: OverviewState): string {
  const q = new URLSearchParams();
  if (state.edition !== DEFAULT_STATE.edition) q.set('edition', state.edition);
  if (state.date) q.set('date', state.date);
  if (state.metric !== DEFAULT_STATE.metric) q.set('metric', state.metric);
  if (state.region) q.set('region', state.region);
  if (state.group) q.set('group', state.group);
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
