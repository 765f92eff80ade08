import { describe, expect, it } from 'vitest';
import {
  INTL_LOCALE,
  MINUS,
  NO_VALUE,
  formatChange,
  formatCompact,
  formatDate,
  formatDateLong,
  formatNumber,
  formatPercent,
  isLocale,
  metricName,
  metricUnit,
  type Locale,
} from '@/lib/format';
import { MESSAGES, statusLabel } from '@/lib/i18n/i18n';
import { METRICS, metricByKey } from '@/lib/metrics';
import { STATUSES, type Status } from '@/lib/status';

describe('constants', () => {
  it('locales, dash and minus', () => {
    expect(INTL_LOCALE).toEqual({ vi: 'vi-VN', en: 'en-GB' });
    expect(NO_VALUE).toBe('\u2014');
    expect(MINUS).toBe('\u2212');
  });

  it.each([
    ['vi', true],
    ['en', true],
    ['vi-VN', false],
    ['fr', false],
    ['', false],
  ])('isLocale(%j) → %s', (text, expected) => {
    expect(isLocale(text)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each<[number | null | undefined, Locale, string]>([
    [24_887, 'vi', '24.887'],
    [14_800_000, 'vi', '14.800.000'],
    [1000, 'vi', '1.000'],
    [999, 'vi', '999'],
    [0, 'vi', '0'],
    [-0, 'vi', '0'],
    [1234.5, 'vi', '1.234,5'],
    [-1234.5, 'vi', '\u22121.234,5'],
    [24_887, 'en', '24,887'],
    [14_800_000, 'en', '14,800,000'],
    [1234.5, 'en', '1,234.5'],
    [-56, 'en', '\u221256'],
    [null, 'vi', '—'],
    [null, 'en', '—'],
    [undefined, 'vi', '—'],
    [Number.NaN, 'vi', '—'],
    [Number.POSITIVE_INFINITY, 'en', '—'],
  ])('%s (%s) → %j', (n, locale, expected) => {
    expect(formatNumber(n, locale)).toBe(expected);
  });
});

describe('formatCompact', () => {
  it.each<[number | null, Locale, string]>([
    [14_800_000, 'vi', '14,8 triệu'],
    [46_200_000, 'vi', '46,2 triệu'],
    [1_200_000_000, 'vi', '1,2 tỷ'],
    [24_887, 'vi', '24,9 nghìn'],
    [14_000_000, 'vi', '14 triệu'], // ',0' dropped
    [1000, 'vi', '1 nghìn'],
    [1_450_000, 'vi', '1,5 triệu'], // half up, no 1.4499… float slip
    [24_840, 'vi', '24,8 nghìn'],
    [999_949, 'vi', '999,9 nghìn'],
    [999_960, 'vi', '1 triệu'], // not '1.000 nghìn'
    [999_950_000, 'vi', '1 tỷ'],
    [1_500_000_000_000, 'vi', '1.500 tỷ'], // no larger word
    [-14_800_000, 'vi', '\u221214,8 triệu'],
    [999, 'vi', '999'], // below 1,000: the plain number
    [999.5, 'vi', '999,5'],
    [0, 'vi', '0'],
    [-5, 'vi', '\u22125'],
    [null, 'vi', '—'],
    [14_800_000, 'en', '14.8 million'],
    [24_887, 'en', '24.9 thousand'],
    [1_200_000_000, 'en', '1.2 billion'],
    [46_200_000, 'en', '46.2 million'],
    [14_000_000, 'en', '14 million'],
    [999_960, 'en', '1 million'],
    [1_500_000_000_000, 'en', '1,500 billion'],
    [-24_887, 'en', '\u221224.9 thousand'],
    [999, 'en', '999'],
    [null, 'en', '—'],
  ])('%s (%s) → %j', (n, locale, expected) => {
    expect(formatCompact(n, locale)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each<[number | null, Locale, number | undefined, string]>([
    [0.654, 'vi', undefined, '65,4%'],
    [0.654, 'en', undefined, '65.4%'],
    [1, 'vi', undefined, '100,0%'],
    [0, 'en', undefined, '0.0%'],
    [0.5, 'vi', 0, '50%'],
    [0.65432, 'vi', 2, '65,43%'],
    [0.65432, 'en', 2, '65.43%'],
    [1.234, 'vi', undefined, '123,4%'],
    [12.5, 'vi', undefined, '1.250,0%'],
    [-0.05, 'vi', undefined, '\u22125,0%'],
    [-0.00001, 'vi', undefined, '0,0%'], // rounds to zero: no sign
    [null, 'vi', undefined, '—'],
    [null, 'en', 2, '—'],
    [Number.NaN, 'en', undefined, '—'],
  ])('%s (%s, %s digits) → %j', (ratio, locale, digits, expected) => {
    expect(formatPercent(ratio, locale, digits)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each<[number | null, Locale, string]>([
    [1234, 'vi', '+1.234'],
    [1234, 'en', '+1,234'],
    [-56, 'vi', '\u221256'],
    [-56, 'en', '\u221256'],
    [-1_234_567, 'vi', '\u22121.234.567'],
    [0.5, 'vi', '+0,5'],
    [0, 'vi', '0'],
    [-0, 'en', '0'],
    [0.0001, 'vi', '0'], // shows as zero, so no sign
    [-0.0001, 'vi', '0'],
    [null, 'vi', '—'],
    [null, 'en', '—'],
  ])('%s (%s) → %j', (n, locale, expected) => {
    expect(formatChange(n, locale)).toBe(expected);
  });

  it('uses the true minus sign, not a hyphen', () => {
    expect(formatChange(-1, 'vi').codePointAt(0)).toBe(0x2212);
    expect(formatChange(-1, 'vi')).not.toContain('-');
  });
});

describe('formatDate / formatDateLong', () => {
  it.each<[string | null, Locale, string, string]>([
    ['2024-11-13', 'vi', '13/11/2024', '13/11/2024'],
    ['2024-11-13', 'en', '13/11/2024', '13 Nov 2024'],
    ['2024-01-05', 'vi', '05/01/2024', '05/01/2024'],
    ['2024-01-05', 'en', '05/01/2024', '5 Jan 2024'],
    ['2024-09-03', 'en', '03/09/2024', '3 Sep 2024'], // not ICU en-GB's 'Sept'
    ['2024-02-29', 'en', '29/02/2024', '29 Feb 2024'],
    ['2025-06-30', 'vi', '30/06/2025', '30/06/2025'],
    ['2025-07-01', 'en', '01/07/2025', '1 Jul 2025'],
    ['2025-12-31', 'en', '31/12/2025', '31 Dec 2025'],
    ['1970-01-01', 'vi', '01/01/1970', '01/01/1970'],
    [null, 'vi', '—', '—'],
    [null, 'en', '—', '—'],
  ])('%s (%s) → %j, long %j', (iso, locale, short, long) => {
    expect(formatDate(iso, locale)).toBe(short);
    expect(formatDateLong(iso, locale)).toBe(long);
  });

  it('every month has its English abbreviation', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDateLong(`2024-${String(i + 1).padStart(2, '0')}-15`, 'en'));
    expect(months).toEqual([
      '15 Jan 2024',
      '15 Feb 2024',
      '15 Mar 2024',
      '15 Apr 2024',
      '15 May 2024',
      '15 Jun 2024',
      '15 Jul 2024',
      '15 Aug 2024',
      '15 Sep 2024',
      '15 Oct 2024',
      '15 Nov 2024',
      '15 Dec 2024',
    ]);
  });

  it.each(['2024-02-30', '2024-1-01', '13/11/2024', '2024-11-13T00:00:00Z', ''])('rejects %j', (text) => {
    expect(() => formatDate(text, 'vi')).toThrow(RangeError);
    expect(() => formatDateLong(text, 'en')).toThrow(RangeError);
  });

  it('does not depend on the process time zone', () => {
    // The date is read from its text; a Date in local time would give 12/11 west of UTC.
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(formatDate('2024-11-13', 'vi')).toBe('13/11/2024');
        expect(formatDateLong('2024-11-13', 'en')).toBe('13 Nov 2024');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('status labels', () => {
  it.each<[Status, string, string]>([
    ['done', 'Hoàn thành', 'Done'],
    ['on_track', 'Đúng tiến độ', 'On track'],
    ['at_risk', 'Có nguy cơ chậm', 'At risk'],
    ['behind', 'Chậm tiến độ', 'Behind'],
    ['no_data', 'Chưa có số liệu', 'No data'],
  ])('%s → %j / %j', (status, vi, en) => {
    expect(statusLabel(status, 'vi')).toBe(vi);
    expect(statusLabel(status, 'en')).toBe(en);
  });

  it('every status has a label', () => {
    expect(Object.keys(MESSAGES.vi.Status).sort()).toEqual([...STATUSES].sort());
  });
});

describe('metric names and units', () => {
  it.each<[Parameters<typeof metricByKey>[0], Locale, string, string]>([
    ['health_book_records', 'vi', 'Hồ sơ sổ sức khỏe điện tử', 'hồ sơ'],
    ['health_book_records', 'en', 'Electronic health book records', 'records'],
    ['districts_digitized', 'vi', 'Huyện đã số hóa dữ liệu đất đai', 'huyện'],
    ['districts_digitized', 'en', 'Districts with digitized land data', 'districts'],
    ['communes_digitized', 'vi', 'Xã đã số hóa dữ liệu đất đai', 'xã'],
    ['judicial_record_live', 'en', 'Issuing judicial-record certificates on VNeID', 'localities'],
  ])('%s (%s) → %j, %j', (key, locale, name, unit) => {
    expect(metricName(metricByKey(key), locale)).toBe(name);
    expect(metricUnit(metricByKey(key), locale)).toBe(unit);
  });

  it('every metric has both names', () => {
    for (const m of METRICS) {
      expect(metricName(m, 'vi')).toBe(m.nameVi);
      expect(metricName(m, 'en')).toBe(m.nameEn);
      expect(metricUnit(m, 'vi')).toBe(m.unitVi);
      expect(metricUnit(m, 'en')).toBe(m.unitEn);
    }
  });
});
