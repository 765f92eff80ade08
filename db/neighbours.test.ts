// The stored reports a new figure is checked against, read once per series and searched in memory.
import { afterAll, describe, expect, it } from 'vitest';
import { storedNeighbours } from './import';
import { writeObservations } from './observations';
import { createTestStore } from './testing/test-store';

const store = createTestStore();
afterAll(() => store.dispose());
const unitId = store.sqlite.prepare(`SELECT id FROM units WHERE edition = '2025' AND code = '79'`).pluck().get() as number;
writeObservations(store, { source: 'import', actor: 't' }, ['2026-01-10', '2026-02-10', '2026-03-10'].map((reportDate, i) => ({ unitId, metricId: 1, reportDate, value: (i + 1) * 100 })));

describe('the neighbours of a date in a stored series', () => {
  const around = storedNeighbours(store);
  it.each([
    ['2026-01-01', { previous: null, same: null, next: { date: '2026-01-10', value: 100 } }],
    ['2026-01-10', { previous: null, same: 100, next: { date: '2026-02-10', value: 200 } }],
    ['2026-02-20', { previous: { date: '2026-02-10', value: 200 }, same: null, next: { date: '2026-03-10', value: 300 } }],
    ['2026-03-10', { previous: { date: '2026-02-10', value: 200 }, same: 300, next: null }],
    ['2026-04-01', { previous: { date: '2026-03-10', value: 300 }, same: null, next: null }],
  ])('%s', (date, expected) => expect(around(unitId, 1, date)).toEqual(expected));
  it('an empty series has none', () => expect(around(unitId, 2, '2026-02-01')).toEqual({ previous: null, same: null, next: null }));
});
