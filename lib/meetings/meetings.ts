// Meetings of the review cycle, pure: which date a meeting compares with (its baseline), its
// slug and how it is named. db/meetings/meetings.ts reads and writes them; lib/meetings/rules.ts checks
// what a person enters.
import { addDays } from '../dates';
import { editionInForce, type Edition } from '../editions';
import { formatDate, type Locale } from '../format';
import { nameKey } from '../names';
import { translator } from '@/lib/i18n/i18n';

/** Without a previous meeting of a shared province, a meeting compares with 6 weeks before it. */
export const DEFAULT_BASELINE_DAYS = 42;

/** What the baseline rule needs of a meeting. */
export interface MeetingDates {
  id: number;
  date: string;
  /** Chosen by an administrator; null: the default. */
  baselineDate: string | null;
  /**
   * Its provinces on one map, so that meetings of either edition compare: the 2025 province
   * each unit is or became (a 2024 meeting's 74 and a 2025 meeting's 79 share Hồ Chí Minh).
   */
  provinces: readonly string[];
}

export type BaselineSource = 'chosen' | 'previous-meeting' | 'default';

export interface Baseline {
  date: string;
  source: BaselineSource;
  /** The previous meeting whose date it is (source 'previous-meeting'). */
  meetingId: number | null;
}

/**
 * The one rule for a meeting's baseline: the date an administrator chose; else the date of the
 * latest earlier meeting (an earlier date, not the same day) that shares a province with it;
 * else DEFAULT_BASELINE_DAYS before its date.
 */
export function baselineOf(meeting: MeetingDates, meetings: readonly MeetingDates[]): Baseline {
  if (meeting.baselineDate) return { date: meeting.baselineDate, source: 'chosen', meetingId: null };
  const own = new Set(meeting.provinces);
  let previous: MeetingDates | null = null;
  for (const m of meetings) {
    if (m.id === meeting.id || m.date >= meeting.date) continue;
    if (!m.provinces.some((p) => own.has(p))) continue;
    if (!previous || m.date > previous.date || (m.date === previous.date && m.id > previous.id)) previous = m;
  }
  if (previous) return { date: previous.date, source: 'previous-meeting', meetingId: previous.id };
  return { date: addDays(meeting.date, -DEFAULT_BASELINE_DAYS), source: 'default', meetingId: null };
}

/** The map a meeting's provinces are units of: the one in force on its date. */
export function meetingEdition(date: string): Edition {
  return editionInForce(date);
}

/** Lower-case ASCII words joined by "-": "Hội nghị Đề án 06" → "hoi-nghi-de-an-06". */
export function slugify(text: string): string {
  return nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A new meeting's slug, from its title and date ("giao-ban-de-an-06-09-01-2025"), at most 80
 * characters (lib/view/params.ts accepts it as ?group=), made unique with "-2", "-3", ….
 */
export function meetingSlug(title: string, date: string, taken: (slug: string) => boolean): string {
  const day = `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
  const words = slugify(title).slice(0, 60).replace(/-+$/, '') || 'hop';
  const base = `${words}-${day}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** How a meeting is named in a list: "title, place, 14/11/2024", with "(minh họa)" when invented. */
export function meetingLabel(m: { title: string; place: string | null; date: string; illustrative: boolean }, locale: Locale): string {
  const parts = [m.title, m.place, formatDate(m.date, locale)].filter(Boolean).join(', ');
  return m.illustrative ? `${parts} (${translator(locale, 'ActionDraft')('illustrative')})` : parts;
}
