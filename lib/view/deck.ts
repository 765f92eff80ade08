// Projector mode: which slides a deck has, from its URL. Pure: app/present/(deck)/page.tsx fetches the
// report and renders the slides this file lists.
import { laggingCommunes, type CommuneStatus } from '../communes/communes';
import type { Edition } from '../editions';
import type { Locale } from '../format';
import { isMetricKey, type MetricKey } from '../metrics';
import { asEdition, asList, asLocale, readParams, type Ignored, type SearchParams } from './params';

export interface DeckOptions {
  group: string | null;
  /** A meeting's id or slug (?meeting=): its provinces, as ?group= its slug. */
  meeting: string | null;
  /** Codes asked for with ?units= (in the deck's edition, or 2024 codes mapped to 2025). */
  units: string[] | null;
  /** Null: not asked for, so the edition in force on the date (lib/editions resolveView). */
  edition: Edition | null;
  date: string | null;
  metrics: MetricKey[] | null;
  /** Seconds per slide; 0: no auto-advance. */
  interval: number;
  lang: Locale;
  theme: 'light' | 'dark';
}

export interface ParsedDeck {
  options: DeckOptions;
  ignored: Ignored[];
}

export { INTERVAL_RANGE } from './params';

/** Rows a ranking slide holds at the minimum font sizes at 16:9 (see app/globals.css .deck). */
export const RANKING_ROWS_PER_SLIDE = 12;

export function parseDeckOptions(params: SearchParams): ParsedDeck {
  const { values, ignored } = readParams(params, ['group', 'meeting', 'units', 'edition', 'date', 'metrics', 'interval', 'lang', 'theme']);
  const units = asList(values.units);
  const metrics = asList(values.metrics).filter(isMetricKey);
  return {
    options: {
      group: values.group ?? null,
      meeting: values.meeting ?? null,
      units: units.length ? units : null,
      edition: asEdition(values.edition),
      date: values.date ?? null,
      metrics: metrics.length ? metrics : null,
      interval: values.interval ? Number(values.interval) : 0,
      lang: asLocale(values.lang) ?? 'vi',
      theme: values.theme === 'dark' ? 'dark' : 'light',
    },
    ignored,
  };
}

/** The query string of a deck (what the builder page links to), leaving defaults out. */
export function deckQuery(o: DeckOptions): string {
  const q = new URLSearchParams();
  if (o.group) q.set('group', o.group);
  if (o.meeting) q.set('meeting', o.meeting);
  if (o.units?.length) q.set('units', o.units.join(','));
  if (o.edition) q.set('edition', o.edition);
  if (o.date) q.set('date', o.date);
  if (o.metrics?.length) q.set('metrics', o.metrics.join(','));
  if (o.interval) q.set('interval', String(o.interval));
  if (o.lang !== 'vi') q.set('lang', o.lang);
  if (o.theme !== 'light') q.set('theme', o.theme);
  const text = q.toString();
  return text ? `?${text}` : '';
}

export type SlideSpec =
  | { kind: 'title' }
  | { kind: 'summary' }
  | { kind: 'changes' }
  | { kind: 'actions' }
  | { kind: 'ranking'; metric: MetricKey; codes: string[]; part: number; parts: number }
  | { kind: 'map'; metric: MetricKey }
  | { kind: 'province'; code: string };

/**
 * The slides, in order: title, national summary, then for a meeting's deck "since the last
 * meeting" and "actions from the last meeting" (`review`), one ranking per metric (split into
 * parts when more provinces than fit), the tile map, then one slide per province of the chosen
 * set. `ranked`: per metric, the provinces to rank, best first. `chosen`: the chosen set, or null
 * when the deck is about every province (then there are no province slides). A deck without a
 * meeting (?units=, or nationwide) has no review slides: there is no "last meeting" to speak of.
 */
export function planSlides(
  metrics: readonly MetricKey[],
  ranked: Partial<Record<MetricKey, string[]>>,
  chosen: readonly string[] | null,
  review = false,
): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'title' }, { kind: 'summary' }];
  if (review) slides.push({ kind: 'changes' }, { kind: 'actions' });
  for (const metric of metrics) {
    const codes = ranked[metric] ?? [];
    const parts = Math.max(1, Math.ceil(codes.length / RANKING_ROWS_PER_SLIDE));
    for (let part = 0; part < parts; part++) {
      const slice = codes.slice(part * RANKING_ROWS_PER_SLIDE, (part + 1) * RANKING_ROWS_PER_SLIDE);
      slides.push({ kind: 'ranking', metric, codes: slice, part: part + 1, parts });
    }
  }
  if (metrics.length > 0) slides.push({ kind: 'map', metric: metrics[0] });
  for (const code of chosen ?? []) slides.push({ kind: 'province', code });
  return slides;
}

/** How many lagging communes a province slide names. */
export const LAGGING_NAMED = 5;

/** What a 2025 province slide says of its communes: how many lag, and the oldest gaps by name. */
export interface CommuneLag {
  count: number;
  oldest: string[];
}

/** The communes without digitized land data on the slide's date (lib/communes/communes laggingCommunes). */
export function communeLag(statuses: readonly CommuneStatus[]): CommuneLag {
  const lagging = laggingCommunes(statuses);
  return { count: lagging.length, oldest: lagging.slice(0, LAGGING_NAMED).map((c) => c.name) };
}
