// The two editions of the administrative map and which one is in force on a date.
import { addDays } from './dates';

export type Edition = '2024' | '2025';

export const EDITIONS: readonly Edition[] = ['2024', '2025'];

/** The day the 34 provinces replaced the 63 and the district level was abolished. */
export const MERGER_DATE = '2025-07-01';

/** The 2024 map's last day (30/6/2025): its units' last reports, and where its views stop. */
export const LAST_DAY_OF_2024_MAP = addDays(MERGER_DATE, -1);

/** Whether a date falls before the merger (reported by the 63 provinces): the one comparison with MERGER_DATE. */
export function isBeforeMerger(date: string): boolean {
  return date < MERGER_DATE;
}

export interface EditionInfo {
  code: Edition;
  nameVi: string;
  nameEn: string;
  validFrom: string;
  validTo: string | null;
}

export const EDITION_INFO: Record<Edition, EditionInfo> = {
  '2024': {
    code: '2024',
    nameVi: '63 tỉnh, thành phố (đến 30/6/2025)',
    nameEn: '63 provinces (until 30/6/2025)',
    validFrom: '2008-08-01',
    validTo: LAST_DAY_OF_2024_MAP,
  },
  '2025': {
    code: '2025',
    nameVi: '34 tỉnh, thành phố (từ 1/7/2025)',
    nameEn: '34 provinces (since 1/7/2025)',
    validFrom: MERGER_DATE,
    validTo: null,
  },
};

export function isEdition(text: string): text is Edition {
  return text === '2024' || text === '2025';
}

/** The edition whose units report on a date. */
export function editionInForce(date: string): Edition {
  return isBeforeMerger(date) ? '2024' : '2025';
}

/**
 * Whether an edition can be shown on a date. The 2025 edition can always be shown (before the
 * merger its units are the sums of their predecessors); the 2024 edition cannot after
 * 30/6/2025, since its units no longer report and their figures must never be invented.
 */
export function isEditionAvailable(edition: Edition, date: string): boolean {
  return edition === '2025' || isBeforeMerger(date);
}

/**
 * The date a view of an edition shows when none is asked for: the latest report, or for the
 * 2024 edition (no reports after 30/6/2025) its last day. Pages, decks and downloads all use it,
 * so a CSV is of the same day as the page it came from.
 */
export function defaultViewDate(edition: Edition, latestReport: string): string {
  const lastDay = EDITION_INFO[edition].validTo;
  return lastDay && lastDay < latestReport ? lastDay : latestReport;
}

/** The edition in force now: the overview's when neither an edition nor a date is asked for. */
export const CURRENT_EDITION: Edition = '2025';

export interface ViewAsked {
  edition?: Edition | null;
  date?: string | null;
}

export interface ViewDate {
  edition: Edition;
  date: string;
  /** Whether the edition was asked for (an asked edition always wins and is shown as asked). */
  editionAsked: boolean;
  dateAsked: boolean;
}

/**
 * The edition and date of every view (overview, province page, deck, league, every /api/v1 read,
 * the report CLI), from what was asked and the store's latest report date:
 * - an edition asked for always wins; with no date, its default date (2024: 30/06/2025);
 * - a date without an edition: the edition in force on that date (13/11/2024: the 63 provinces);
 * - neither: the latest report, in the current edition.
 */
export function resolveView(asked: ViewAsked, latestReport: string | null): ViewDate {
  const latest = latestReport ?? EDITION_INFO[CURRENT_EDITION].validFrom;
  const edition = asked.edition ?? (asked.date ? editionInForce(asked.date) : CURRENT_EDITION);
  const date = asked.date ?? defaultViewDate(edition, latest);
  return { edition, date, editionAsked: !!asked.edition, dateAsked: !!asked.date };
}
