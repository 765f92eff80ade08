// Numbers, dates and labels as the dashboard shows them: Vietnamese first, English second.
// Pure and deterministic: the same text on the server and in any browser, in any time zone.
// Digits and separators come from Intl (vi-VN: 14.800.000 and 65,4%; en-GB: 14,800,000 and
// 65.4%); the words of compact numbers and the month abbreviations are our own, because ICU
// versions disagree on them ("Sept" or "Sep") and a server/browser mismatch breaks hydration.
import { isIsoDate } from './dates';
import type { MetricDefinition } from './metrics';
import type { Message } from './message';

export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

export function isLocale(text: string): text is Locale {
  return text === 'vi' || text === 'en';
}

/** The BCP 47 locale behind each UI language (en-GB: day before month, as in Vietnam). */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Shown where there is no value. */
export const NO_VALUE = '—';

/** The true minus sign (U+2212), not the hyphen-minus Intl writes. */
export const MINUS = '\u2212';

const formats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is costly to build; one per locale and options. */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    // 'negative': no sign on zero, nor on a negative value that rounds to zero.
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { signDisplay: 'negative', ...options });
    formats.set(key, format);
  }
  return format;
}

function withMinus(text: string): string {
  return text.replace('-', MINUS);
}

function present(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** 24887 → vi '24.887', en '24,887'. Null (or not finite) → '—'. Negatives with '−'. */
export function formatNumber(n: number | null | undefined, locale: Locale): string {
  if (!present(n)) return NO_VALUE;
  return withMinus(numberFormat(locale).format(n));
}

const COMPACT_WORDS: Record<Locale, readonly [scale: number, word: string][]> = {
  vi: [
    [1e3, 'nghìn'],
    [1e6, 'triệu'],
    [1e9, 'tỷ'],
  ],
  en: [
    [1e3, 'thousand'],
    [1e6, 'million'],
    [1e9, 'billion'],
  ],
};

/**
 * Large numbers in words with one decimal, ',0' dropped: 14800000 → vi '14,8 triệu',
 * en '14.8 million'; 24887 → '24,9 nghìn' / '24.9 thousand'; 1.2e9 → '1,2 tỷ' / '1.2 billion'.
 * Below 1,000 the plain number. A value rounding up to 1,000 of a scale moves to the next
 * (999,960 → '1 triệu', not '1.000 nghìn').
 */
export function formatCompact(n: number | null | undefined, locale: Locale): string {
  if (!present(n)) return NO_VALUE;
  const abs = Math.abs(n);
  if (abs < 1000) return formatNumber(n, locale);
  const words = COMPACT_WORDS[locale];
  let i = words.length - 1;
  while (abs < words[i][0]) i--;
  // Tenths by dividing by scale / 10 (an exact integer), so 1,450,000 is 14.5 tenths, not 14.4999….
  let tenths = Math.round(abs / (words[i][0] / 10));
  if (tenths >= 10_000 && i < words.length - 1) {
    i++;
    tenths = Math.round(abs / (words[i][0] / 10));
  }
  const digits = numberFormat(locale, { maximumFractionDigits: 1 }).format(tenths / 10);
  return `${n < 0 ? MINUS : ''}${digits} ${words[i][1]}`;
}

/** A ratio as a percentage: 0.654 → vi '65,4%', en '65.4%'. Null → '—'. */
export function formatPercent(ratio: number | null | undefined, locale: Locale, digits = 1): string {
  if (!present(ratio)) return NO_VALUE;
  const format = numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
  return withMinus(format.format(ratio));
}

/** A change with its sign: '+1.234', '−56' (U+2212); '0' when nothing changed. Null → '—'. */
export function formatChange(n: number | null | undefined, locale: Locale): string {
  if (!present(n)) return NO_VALUE;
  const magnitude = formatNumber(Math.abs(n), locale);
  if (magnitude === formatNumber(0, locale)) return magnitude; // zero, or rounds to it
  return `${n > 0 ? '+' : MINUS}${magnitude}`;
}

function dateParts(iso: string): [year: string, month: number, day: number] {
  if (!isIsoDate(iso)) throw new RangeError(`not a date (YYYY-MM-DD): ${iso}`);
  return [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/**
 * dd/MM/yyyy in both languages ('13/11/2024'), as Vietnamese officials read dates. Read from the
 * text itself, never through a local-time Date, so no time zone can shift it. Null → '—'.
 */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (iso === null || iso === undefined) return NO_VALUE;
  void locale; // the same order in both languages
  const [year, month, day] = dateParts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** An instant as Vietnam's clock reads it: '12:00 30/11/2026' (UTC+7). Null → '—'. */
export function formatDateTime(instant: string | null | undefined, locale: Locale): string {
  if (instant === null || instant === undefined) return NO_VALUE;
  const local = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ${formatDate(local.slice(0, 10), locale)}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** vi '13/11/2024' (as formatDate); en '13 Nov 2024'. Null → '—'. */
export function formatDateLong(iso: string | null | undefined, locale: Locale): string {
  if (locale === 'vi' || iso === null || iso === undefined) return formatDate(iso, locale);
  const [year, month, day] = dateParts(iso);
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

export type CountReading = { ok: true; value: number } | { ok: false; message: Message };

/** Spaces a spreadsheet or a keyboard puts between groups of digits: space, no-break, narrow no-break, thin. */
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/g;
const PLAIN = /^\d+$/;

/**
 * The one reader of a count as people write it, the inverse of formatNumber: plain (4639574),
 * vi-VN groups (4.639.574) or spaced groups (4 639 574, no-break or narrow spaces too), or a
 * spreadsheet's number cell. A dot or a space followed by exactly three digits separates
 * thousands; every other form is refused with the reason: a decimal (4,5; 4.5), an irregular
 * or mixed grouping (1.23.456; 1.234 567), a percentage, a negative, anything not a whole count.
 */
export function readCount(input: string | number): CountReading {
  const refuse = (vi: string, en: string): CountReading => ({ ok: false, message: { vi, en } });
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return refuse(`Giá trị "${input}" không phải là số.`, `"${input}" is not a number.`);
    if (input < 0) return refuse(`Giá trị ${formatNumber(input, 'vi')} âm: cần một số đếm.`, `${formatNumber(input, 'en')} is negative: a count is needed.`);
    if (!Number.isInteger(input)) return refuse(`Giá trị ${String(input).replace('.', ',')} là số thập phân: cần một số đếm nguyên.`, `${input} is a decimal: a whole count is needed.`);
    if (!Number.isSafeInteger(input)) return refuse(`Giá trị ${input} quá lớn.`, `${input} is too large.`);
    return { ok: true, value: input };
  }
  const text = input.trim();
  if (PLAIN.test(text) && text.length < 16) return { ok: true, value: Number(text) }; // the common case, first
  if (text === '') return refuse('Thiếu giá trị.', 'The value is missing.');
  if (text.includes('%')) return refuse(`Giá trị "${text}" là tỷ lệ phần trăm: cần số đếm (ví dụ số huyện, số hồ sơ), không phải %.`, `"${text}" is a percentage: a count is needed (e.g. districts, records), not a %.`);
  if (/^[-\u2212]/.test(text)) return refuse(`Giá trị "${text}" âm: cần một số đếm.`, `"${text}" is negative: a count is needed.`);
  let digits: string | null = null;
  const spaced = text.replace(GROUP_SPACE, ' ');
  if (/^\d+$/.test(text)) digits = text;
  else if (/^\d{1,3}(\.\d{3})+$/.test(text)) digits = text.replaceAll('.', '');
  else if (/^\d{1,3}( \d{3})+$/.test(spaced)) digits = spaced.replaceAll(' ', '');
  if (digits === null) {
    if (/^\d+[.,]\d{1,2}$/.test(text) || /^\d+[.,]\d{4,}$/.test(text) || /^\d+,\d{3}$/.test(text)) {
      return refuse(
        `Giá trị "${text}" là số thập phân: cần một số đếm nguyên; dấu chấm hoặc khoảng trắng ngăn cách hàng nghìn (4.639.574), dấu phẩy là dấu thập phân.`,
        `"${text}" is a decimal: a whole count is needed; a dot or a space separates thousands (4.639.574), a comma is the decimal mark.`,
      );
    }
    if (/^[\d., ]+$/.test(spaced)) {
      return refuse(
        `Giá trị "${text}" có cách nhóm chữ số không đúng: mỗi nhóm sau dấu chấm hoặc khoảng trắng phải đủ 3 chữ số, cùng một loại dấu (4.639.574 hoặc 4 639 574).`,
        `"${text}" is grouped irregularly: every group after a dot or space must have 3 digits, with one kind of separator (4.639.574 or 4 639 574).`,
      );
    }
    return refuse(`Giá trị "${text}" không phải là số đếm (ví dụ 4.639.574 hoặc 4639574).`, `"${text}" is not a count (e.g. 4.639.574 or 4639574).`);
  }
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return refuse(`Giá trị ${text} quá lớn.`, `${text} is too large.`);
  return { ok: true, value };
}

// Reference data (metrics, editions, regions, meeting groups) carries its own names in both
// languages; the words of the interface are in messages/ (lib/i18n/i18n.ts).

/** The name of a thing that has one in each language (an edition, a region, a group, a metric). */
export function localName(thing: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? thing.nameEn : thing.nameVi;
}

export function metricName(def: Pick<MetricDefinition, 'nameVi' | 'nameEn'>, locale: Locale): string {
  return localName(def, locale);
}

export function metricShortName(def: Pick<MetricDefinition, 'shortVi' | 'shortEn'>, locale: Locale): string {
  return locale === 'en' ? def.shortEn : def.shortVi;
}

export function metricUnit(def: Pick<MetricDefinition, 'unitVi' | 'unitEn'>, locale: Locale): string {
  return locale === 'en' ? def.unitEn : def.unitVi;
}
