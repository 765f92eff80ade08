// Projector mode: which slides a deck has, from its URL. Pure: app/present/page.tsx fetches the
// report and renders the slides this file lists.
import { isIsoDate } from './dates';
import { isEdition, type Edition } from './editions';
import { isLocale, type Locale } from './format';
import { isMetricKey, type MetricKey } from './metrics';
import type { SearchParams } from './overview-state';

export interface DeckOptions {
  group: string | null;
  /** Codes asked for with ?units= (in the deck's edition, or 2024 codes mapped to 2025). */
  units: string[] | null;
  edition: Edition;
  date: string | null;
  metrics: MetricKey[] | null;
  /** Seconds per slide; 0: no auto-advance. */
  interval: number;
  lang: Locale;
  theme: 'light' | 'dark';
}

export interface ParsedDeck {
  options: DeckOptions;
  ignored: { parameter: string; value: string }[];
}

/** Bounds of auto-advance: long enough to read a slide, short enough to notice it moving. */
export const INTERVAL_RANGE = [5, 600] as const;

/** Rows a ranking slide holds at the minimum font sizes at 16:9 (see app/globals.css .deck). */
export const RANKING_ROWS_PER_SLIDE = 12;

export function parseDeckOptions(params: SearchParams): ParsedDeck {
  const ignored: ParsedDeck['ignored'] = [];
  const one = (name: string) => {
    const v = params[name];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const reject = (parameter: string, value: string) => ignored.push({ parameter, value });
  const list = (name: string) => (one(name) ?? '').split(',').map((x) => x.trim()).filter(Boolean);

  const edition = one('edition');
  const date = one('date');
  const units = list('units');
  const badUnits = units.filter((c) => !/^\d{2}$/.test(c));
  if (badUnits.length) reject('units', badUnits.join(','));
  const metrics = list('metrics');
  const badMetrics = metrics.filter((m) => !isMetricKey(m));
  if (badMetrics.length) reject('metrics', badMetrics.join(','));
  const interval = one('interval');
  const seconds = interval === undefined ? 0 : Number(interval);
  const intervalOk = interval === undefined || (Number.isInteger(seconds) && seconds >= INTERVAL_RANGE[0] && seconds <= INTERVAL_RANGE[1]) || seconds === 0;
  if (!intervalOk) reject('interval', interval!);
  const lang = one('lang');
  const theme = one('theme');
  const group = one('group');
  if (edition && !isEdition(edition)) reject('edition', edition);
  if (date && !isIsoDate(date)) reject('date', date);
  if (lang && !isLocale(lang)) reject('lang', lang);
  if (theme && theme !== 'light' && theme !== 'dark') reject('theme', theme);
  if (group && !/^[a-z0-9-]{1,80}$/.test(group)) reject('group', group);

  const okUnits = units.filter((c) => /^\d{2}$/.test(c));
  const okMetrics = metrics.filter(isMetricKey);
  return {
    options: {
      group: group && /^[a-z0-9-]{1,80}$/.test(group) ? group : null,
      units: okUnits.length ? [...new Set(okUnits)] : null,
      edition: edition && isEdition(edition) ? edition : '2025',
      date: date && isIsoDate(date) ? date : null,
      metrics: okMetrics.length ? [...new Set(okMetrics)] : null,
      interval: intervalOk ? seconds : 0,
      lang: lang && isLocale(lang) ? lang : 'vi',
      theme: theme === 'dark' ? 'dark' : 'light',
    },
    ignored,
  };
}

/** The query string of a deck (what the builder page links to), leaving defaults out. */
export function deckQuery(o: DeckOptions): string {
  const q = new URLSearchParams();
  if (o.group) q.set('group', o.group);
  if (o.units?.length) q.set('units', o.units.join(','));
  if (o.edition !== '2025') q.set('edition', o.edition);
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
  | { kind: 'ranking'; metric: MetricKey; codes: string[]; part: number; parts: number }
  | { kind: 'map'; metric: MetricKey }
  | { kind: 'province'; code: string };

/**
 * The slides, in order: title, national summary, one ranking per metric (split into parts when
 * more provinces than fit), the tile map, then one slide per province of the chosen set.
 * `ranked`: per metric, the provinces to rank, best first. `chosen`: the chosen set, or null
 * when the deck is about every province (then there are no province slides).
 */
export function planSlides(
  metrics: readonly MetricKey[],
  ranked: Partial<Record<MetricKey, string[]>>,
  chosen: readonly string[] | null,
): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'title' }, { kind: 'summary' }];
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
