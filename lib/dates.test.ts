import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, fromDayNumber, isIsoDate, vietnamDate } from '@/lib/dates';

describe('isIsoDate', () => {
  it.each([
    ['2024-11-13', true],
    ['1970-01-01', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['2023-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not 400
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-1-01', false],
    ['2024-01-1', false],
    ['24-01-01', false],
    ['2024/01/01', false],
    ['2024-01-01T00:00:00Z', false],
    [' 2024-01-01', false],
    ['2024-01-01 ', false],
    ['', false],
    ['abcd-ef-gh', false],
  ])('%j → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('dayNumber / fromDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-01-01', 10_957],
    ['2024-11-13', 20_040],
    ['2025-07-01', 20_270],
  ])('%s is day %i and back', (iso, day) => {
    expect(dayNumber(iso)).toBe(day);
    expect(fromDayNumber(day)).toBe(iso);
  });

  it.each(['2024-02-30', '2024-1-01', 'yesterday', ''])('dayNumber(%j) throws RangeError', (text) => {
    expect(() => dayNumber(text)).toThrow(RangeError);
  });

  it('fromDayNumber rounds a fractional day to the nearest', () => {
    expect(fromDayNumber(20_040.4)).toBe('2024-11-13');
    expect(fromDayNumber(20_039.6)).toBe('2024-11-13');
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0],
    ['2024-01-01', '2024-01-02', 1],
    ['2024-01-02', '2024-01-01', -1],
    ['2024-02-28', '2024-03-01', 2], // across 29/2 of a leap year
    ['2023-02-28', '2023-03-01', 1], // no 29/2
    ['2024-01-01', '2025-01-01', 366], // leap year
    ['2023-01-01', '2024-01-01', 365],
    ['2023-06-15', '2024-06-15', 366], // spans 29/2/2024
    ['2024-06-15', '2025-06-15', 365],
    ['2025-06-30', '2025-07-01', 1],
    ['2024-12-31', '2024-01-01', -365],
  ])('%s → %s = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('is not shifted by daylight saving days (whole days in UTC)', () => {
    // 31/3/2024 and 27/10/2024 are DST changes in Europe; the count must still be exact.
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-28', 2, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-07-01', -1, '2025-06-30'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-05-05', 0, '2024-05-05'],
  ])('%s + %i = %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it('throws on an invalid date', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });
});

describe('vietnamDate (UTC+7)', () => {
  it.each([
    ['2024-11-12T16:59:59.999Z', '2024-11-12'],
    ['2024-11-12T17:00:00.000Z', '2024-11-13'], // midnight in Hà Nội
    ['2024-11-13T00:00:00.000Z', '2024-11-13'],
    ['2024-11-13T16:59:59.999Z', '2024-11-13'],
    ['2024-12-31T17:00:00.000Z', '2025-01-01'],
    ['2025-06-30T17:00:00.000Z', '2025-07-01'], // the merger, in Vietnam
    ['2024-02-28T17:00:00.000Z', '2024-02-29'],
  ])('%s → %s', (instant, expected) => {
    expect(vietnamDate(new Date(instant))).toBe(expected);
  });
});
