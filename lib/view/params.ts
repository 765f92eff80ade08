// The one parser of view parameters (date, edition, metric, group, meeting, units, region, language and
// the overview's and deck's own): what each accepts and, when it does not, the one message that
// says why. Pages are lenient (they show "ignored parameter X: why"); the API answers 400 with
// the same message (lib/validation.ts builds its zod schemas from these rules).
import { isIsoDate } from '../dates';
import { EDITION_INFO, isEdition, isEditionAvailable, type Edition } from '../editions';
import { formatDate, isLocale, type Locale } from '../format';
import { isMetricKey, METRIC_KEYS, type MetricKey } from '../metrics';
import { regionBySlug, REGIONS } from '../regions';

const SLUG = /^[a-z0-9-]{1,80}$/;
const UNIT_CODE = /^\d{2}$/;
/** What reads as a date, real or not: 2024-11-13, 2024-13-45, 2024-1-5. */
const DATE_SHAPED = /^\d{4}-\d{1,2}-\d{1,2}$/;
const list = (v: string) => v.split(',').map((x) => x.trim()).filter(Boolean);

/** Bounds of a deck's auto-advance: long enough to read a slide, short enough to notice it moving. */
export const INTERVAL_RANGE = [5, 600] as const;

export interface ParamRule {
  ok: (value: string) => boolean;
  /** Why a value is refused, completing "<parameter> …", in each language. */
  message: Record<Locale, string>;
}

const DATE_RULE: ParamRule = { ok: isIsoDate, message: { en: 'must be a calendar date written YYYY-MM-DD', vi: 'phải là một ngày có thật, viết YYYY-MM-DD' } };

export const PARAM_RULES = {
  date: DATE_RULE,
  /** The two dates of a comparison (GET /api/v1/changes). */
  from: DATE_RULE,
  to: DATE_RULE,
  /**
   * The overview's "since": a date, or a meeting (its id or slug: that meeting's date, resolved by
   * db/changes.ts sinceDate). Something shaped like a date, and nothing else, must be a real one
   * (2024-13-45 is refused); a slug may start like one ("2024-05-giao-ban-22-11-2026": a slug
   * always ends with its meeting's date after its words, lib/meetings.ts meetingSlug, so it never
   * is a bare date).
   */
  since: {
    ok: (v: string) => isIsoDate(v) || (!DATE_SHAPED.test(v) && SLUG.test(v)),
    message: { en: 'must be a calendar date written YYYY-MM-DD, or a meeting id or slug', vi: 'phải là một ngày có thật, viết YYYY-MM-DD, hoặc mã số hay mã của một hội nghị' },
  },
  edition: { ok: isEdition, message: { en: 'must be 2024 or 2025', vi: 'phải là 2024 hoặc 2025' } },
  metric: { ok: isMetricKey, message: { en: `must be one of ${METRIC_KEYS.join(', ')}`, vi: `phải là một trong ${METRIC_KEYS.join(', ')}` } },
  metrics: {
    ok: (v: string) => list(v).length > 0 && list(v).every(isMetricKey),
    message: { en: `must be metric keys separated by commas (${METRIC_KEYS.join(', ')})`, vi: `phải là các mã chỉ tiêu cách nhau bởi dấu phẩy (${METRIC_KEYS.join(', ')})` },
  },
  group: { ok: (v: string) => SLUG.test(v), message: { en: 'must be a meeting-group slug', vi: 'phải là mã nhóm, hội nghị (chữ thường, số, dấu -)' } },
  meeting: { ok: (v: string) => SLUG.test(v), message: { en: 'must be a meeting id or slug', vi: 'phải là mã số hoặc mã hội nghị (chữ thường, số, dấu -)' } },
  region: {
    ok: (v: string) => regionBySlug(v) !== undefined,
    message: { en: `must be a region slug (${REGIONS.map((r) => r.slug).join(', ')})`, vi: `phải là mã vùng (${REGIONS.map((r) => r.slug).join(', ')})` },
  },
  units: {
    ok: (v: string) => list(v).length > 0 && list(v).every((c) => UNIT_CODE.test(c)),
    message: { en: 'must be two-digit province codes separated by commas', vi: 'phải là các mã tỉnh hai chữ số cách nhau bởi dấu phẩy' },
  },
  lang: { ok: isLocale, message: { en: 'must be vi or en', vi: 'phải là vi hoặc en' } },
  sort: {
    ok: (v: string) => ['code', 'name', 'region', 'improved'].includes(v) || isMetricKey(v),
    message: { en: 'must be code, name, region, improved or a metric key', vi: 'phải là code, name, region, improved hoặc một mã chỉ tiêu' },
  },
  dir: { ok: (v: string) => v === 'asc' || v === 'desc', message: { en: 'must be asc or desc', vi: 'phải là asc hoặc desc' } },
  view: { ok: (v: string) => v === 'map' || v === 'table', message: { en: 'must be map or table', vi: 'phải là map hoặc table' } },
  theme: { ok: (v: string) => v === 'light' || v === 'dark', message: { en: 'must be light or dark', vi: 'phải là light hoặc dark' } },
  interval: {
    ok: (v: string) => /^\d+$/.test(v) && (Number(v) === 0 || (Number(v) >= INTERVAL_RANGE[0] && Number(v) <= INTERVAL_RANGE[1])),
    message: { en: `must be 0 or a whole number of seconds from ${INTERVAL_RANGE[0]} to ${INTERVAL_RANGE[1]}`, vi: `phải là 0 hoặc số giây nguyên từ ${INTERVAL_RANGE[0]} đến ${INTERVAL_RANGE[1]}` },
  },
  format: { ok: (v: string) => v === 'json' || v === 'csv' || v === 'xlsx', message: { en: 'must be json, csv or xlsx', vi: 'phải là json, csv hoặc xlsx' } },
} satisfies Record<string, ParamRule>;

export type ParamName = keyof typeof PARAM_RULES;

/** Comma-separated lists: each item is checked on its own. */
const LIST_PARAMS: readonly ParamName[] = ['units', 'metrics'];

/** The message for a refused value: "<parameter> <reason>", or null when the value is fine. */
export function paramProblem(name: ParamName, value: string, locale: Locale = 'en'): string | null {
  const rule: ParamRule = PARAM_RULES[name];
  return rule.ok(value) ? null : `${name} ${rule.message[locale]}`;
}

export type SearchParams = Record<string, string | string[] | undefined>;

export interface Ignored {
  parameter: string;
  value: string;
  /** The same text the API answers with (in English) or its Vietnamese. */
  message: Record<Locale, string>;
}

/** The values of the named parameters that passed their rule; the others, with why. */
export function readParams<N extends ParamName>(
  params: SearchParams,
  names: readonly N[],
): { values: Partial<Record<N, string>>; ignored: Ignored[] } {
  const values: Partial<Record<N, string>> = {};
  const ignored: Ignored[] = [];
  for (const name of names) {
    const raw = params[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!value) continue;
    // A list keeps its good items and names the bad ones.
    const items = LIST_PARAMS.includes(name) ? list(value) : [value];
    const good = items.filter((v) => PARAM_RULES[name].ok(v));
    const bad = items.filter((v) => !PARAM_RULES[name].ok(v));
    if (good.length) values[name] = good.join(',');
    if (bad.length || !items.length) {
      const shown = bad.join(',') || value;
      ignored.push({ parameter: name, value: shown, message: { en: paramProblem(name, shown, 'en')!, vi: paramProblem(name, shown, 'vi')! } });
    }
  }
  return { values, ignored };
}

/** How a page says what it ignored, in the reader's language. */
export function ignoredText(ignored: readonly Ignored[], locale: Locale): string {
  return ignored.map((i) => `${i.parameter}=${i.value} (${i.message[locale]})`).join('; ');
}

export const asEdition = (v: string | undefined): Edition | null => (v && isEdition(v) ? v : null);
export const asMetric = (v: string | undefined): MetricKey | null => (v && isMetricKey(v) ? v : null);
export const asLocale = (v: string | undefined): Locale | null => (v && isLocale(v) ? v : null);
export const asList = (v: string | undefined): string[] => (v ? [...new Set(list(v))] : []);

/** A refusal that involves more than one parameter's value, named after the one to change. */
export interface ParamProblem {
  parameter: string;
  /** Completes "<parameter> …", in each language. */
  message: Record<Locale, string>;
}

/** A refusal over several parameters, as a page lists what it ignored. */
export function asIgnored(problem: ParamProblem, value: string): Ignored {
  const { parameter, message } = problem;
  return { parameter, value, message: { en: `${parameter} ${message.en}`, vi: `${parameter} ${message.vi}` } };
}

export const REQUIRED: Record<Locale, string> = { en: 'is required', vi: 'là bắt buộc' };

/** A comparison runs forward: `from` on or before `to`. */
export function dateRangeProblem(from: string, to: string): ParamProblem | null {
  if (from <= to) return null;
  return {
    parameter: 'from',
    message: { en: `must be on or before to (${from} is after ${to})`, vi: `phải trước hoặc cùng ngày to (${formatDate(from, 'vi')} sau ${formatDate(to, 'vi')})` },
  };
}

/** The overview's "since" date comes before the date shown (the same rule as from/to). */
export function sinceProblem(since: string, date: string): ParamProblem | null {
  if (since <= date) return null;
  return {
    parameter: 'since',
    message: { en: `must be on or before the data date (${since} is after ${date})`, vi: `phải trước hoặc cùng ngày số liệu (${formatDate(since, 'vi')} sau ${formatDate(date, 'vi')})` },
  };
}

/** An edition asked for on a date it has no figures (2024 after 30/06/2025): not available, never invented. */
export function editionDateProblem(edition: Edition, date: string): ParamProblem | null {
  if (isEditionAvailable(edition, date)) return null;
  const last = EDITION_INFO[edition].validTo!;
  return {
    parameter: 'edition',
    message: {
      en: `${edition} is not available on ${date}: its provinces have no figures after ${last} (use edition 2025)`,
      vi: `${edition} không có số liệu ngày ${formatDate(date, 'vi')}: các tỉnh của địa giới này không còn số liệu sau ${formatDate(last, 'vi')} (dùng edition 2025)`,
    },
  };
}

/** Codes that are not provinces of the edition, each with where to look instead (74 → 79). */
export function unknownUnitsProblem(edition: Edition, unknown: readonly { code: string; see: readonly string[] }[]): ParamProblem | null {
  if (unknown.length === 0) return null;
  const list = (see: 'see' | 'xem') => unknown.map((u) => (u.see.length ? `${u.code} (${see} ${u.see.join(', ')})` : u.code)).join(', ');
  return {
    parameter: 'units',
    message: { en: `must be provinces of the ${edition} edition: not ${list('see')}`, vi: `phải là tỉnh của địa giới ${edition}: không có ${list('xem')}` },
  };
}

/**
 * A meeting that does not exist, or units outside the meeting asked for. `parameter`: the one
 * that named the meeting (`meeting`, or the overview's `since`).
 */
export function meetingProblem(meeting: string, outside: readonly string[] = [], parameter: 'meeting' | 'since' = 'meeting'): ParamProblem {
  return outside.length
    ? { parameter: 'units', message: { en: `must be among the provinces of meeting ${meeting}: not ${outside.join(', ')}`, vi: `phải thuộc các tỉnh của hội nghị ${meeting}: không có ${outside.join(', ')}` } }
    : { parameter, message: { en: `must be a known meeting: ${meeting} is not one`, vi: `phải là một hội nghị đã có: không có ${meeting}` } };
}
