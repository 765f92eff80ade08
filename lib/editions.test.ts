import { describe, expect, it } from 'vitest';
import {
  EDITION_INFO,
  EDITIONS,
  MERGER_DATE,
  LAST_DAY_OF_2024_MAP,
  isBeforeMerger,
  editionInForce,
  isEdition,
  isEditionAvailable,
  resolveView,
  type Edition,
} from '@/lib/editions';
import { addDays } from '@/lib/dates';

describe('constants', () => {
  it('the merger is 1/7/2025 and the 2024 edition ends the day before', () => {
    expect(MERGER_DATE).toBe('2025-07-01');
    expect(EDITIONS).toEqual(['2024', '2025']);
    expect(EDITION_INFO['2024'].validTo).toBe('2025-06-30');
    expect(LAST_DAY_OF_2024_MAP).toBe('2025-06-30');
    expect([isBeforeMerger(LAST_DAY_OF_2024_MAP), isBeforeMerger(MERGER_DATE), isBeforeMerger('2024-11-13')]).toEqual([true, false, true]);
    expect(addDays(EDITION_INFO['2024'].validTo!, 1)).toBe(MERGER_DATE);
    expect(EDITION_INFO['2025'].validFrom).toBe(MERGER_DATE);
    expect(EDITION_INFO['2025'].validTo).toBeNull();
    for (const e of EDITIONS) expect(EDITION_INFO[e].code).toBe(e);
  });
});

describe('isEdition', () => {
  it.each([
    ['2024', true],
    ['2025', true],
    ['2023', false],
    ['2026', false],
    ['', false],
    [' 2024', false],
  ])('%j → %s', (text, expected) => {
    expect(isEdition(text)).toBe(expected);
  });
});

describe('editionInForce', () => {
  it.each([
    ['2008-08-01', '2024'],
    ['2024-11-13', '2024'],
    ['2025-06-30', '2024'],
    ['2025-07-01', '2025'],
    ['2025-07-02', '2025'],
    ['2030-01-01', '2025'],
  ])('%s → %s', (date, edition) => {
    expect(editionInForce(date)).toBe(edition);
  });
});

describe('isEditionAvailable', () => {
  it.each<[Edition, string, boolean]>([
    ['2024', '2024-11-13', true],
    ['2024', '2025-06-30', true],
    ['2024', '2025-07-01', false], // its units no longer report
    ['2024', '2026-01-01', false],
    ['2025', '2024-11-13', true], // shown as the sums of predecessors
    ['2025', '2025-06-30', true],
    ['2025', '2025-07-01', true],
    ['2025', '2026-01-01', true],
  ])('edition %s on %s → %s', (edition, date, expected) => {
    expect(isEditionAvailable(edition, date)).toBe(expected);
  });
});

describe('defaultViewDate', () => {
  it('is the latest report, or the 2024 edition\'s last day once it has passed', async () => {
    const { defaultViewDate } = await import('./editions');
    expect(defaultViewDate('2025', '2026-11-25')).toBe('2026-11-25');
    expect(defaultViewDate('2024', '2026-11-25')).toBe('2025-06-30');
    expect(defaultViewDate('2024', '2024-11-13')).toBe('2024-11-13');
  });
});

describe('resolveView: the edition and date of every view', () => {
  const LATEST = '2026-11-23';
  it.each([
    // asked edition, asked date, latest → edition, date, editionAsked
    [null, null, LATEST, '2025', LATEST, false],
    [null, '2024-11-13', LATEST, '2024', '2024-11-13', false],
    [null, '2025-06-30', LATEST, '2024', '2025-06-30', false],
    [null, '2025-07-01', LATEST, '2025', '2025-07-01', false],
    ['2024', null, LATEST, '2024', '2025-06-30', true],
    ['2024', null, '2024-11-13', '2024', '2024-11-13', true],
    ['2025', null, LATEST, '2025', LATEST, true],
    ['2025', '2024-11-13', LATEST, '2025', '2024-11-13', true],
    ['2024', '2025-08-06', LATEST, '2024', '2025-08-06', true],
    [null, null, null, '2025', '2025-07-01', false],
  ] as const)('edition %s, date %s, latest %s → %s on %s', (edition, date, latest, wantEdition, wantDate, asked) => {
    expect(resolveView({ edition, date }, latest)).toEqual({ edition: wantEdition, date: wantDate, editionAsked: asked, dateAsked: date !== null });
  });
});
