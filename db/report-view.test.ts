// Every read of the store decides the edition and date of what it answers by the one rule of
// every view (lib/editions resolveView, through db/view viewFor), never by a fallback of its own.
import { afterAll, describe, expect, it } from 'vitest';
import { getNationalSummary } from './national';
import { getRanking } from './ranking';
import { getReport } from './report';
import { seedIllustrativeData } from './seed/seed';
import { createTestStore } from './testing/test-store';
import { viewFor } from './view';
import type { Edition } from '@/lib/editions';

const store = createTestStore({ seed: true });
// A store whose latest report is before the merger: "neither asked" is still the current map.
const early = createTestStore();
seedIllustrativeData(early, '2025-03-05', new Date('2025-03-05T00:00:00Z'));
afterAll(() => {
  store.dispose();
  early.dispose();
});

const asks: { date?: string; edition?: Edition }[] = [
  {},
  { edition: '2024' },
  { edition: '2025' },
  { date: '2024-11-13' },
  { date: '2025-06-30' },
  { date: '2025-07-01' },
  { date: '2024-11-13', edition: '2025' },
  { date: '2025-07-01', edition: '2024' },
];

describe('the report, the national summary and the ranking follow resolveView', () => {
  it.each(asks.flatMap((asked) => [['seeded to 2026', asked] as const, ['seeded to 3/2025', asked] as const]))('%s, asked %j', (which, asked) => {
    const s = which === 'seeded to 2026' ? store : early;
    const view = viewFor(s, asked);
    const expected = { edition: view.edition, asOf: view.date };
    expect(getReport(s, asked)).toMatchObject(expected);
    expect(getNationalSummary(s, asked)).toMatchObject(expected);
    expect(getRanking(s, { ...asked, metric: 'health_book_records' })).toMatchObject(expected);
  });

  it('edition 2024 alone is the 63 provinces on 30/06/2025, available', () => {
    expect(getReport(store, { edition: '2024' })).toMatchObject({ edition: '2024', asOf: '2025-06-30', available: true });
    expect(getNationalSummary(store, { edition: '2024' })).toMatchObject({ edition: '2024', asOf: '2025-06-30', available: true });
  });

  it('a date alone shows the map in force on it: 30/06/2025 the 63, 01/07/2025 the 34', () => {
    expect(getReport(store, { date: '2025-06-30' })).toMatchObject({ edition: '2024', available: true });
    expect(getReport(store, { date: '2025-07-01' })).toMatchObject({ edition: '2025', available: true });
  });
});
