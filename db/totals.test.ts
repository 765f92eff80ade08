import { afterAll, describe, expect, it } from 'vitest';
import { writeObservations } from './observations';
import { createTestStore } from './testing/test-store';

const store = createTestStore();
afterAll(() => store.dispose());
const { sqlite } = store;
const unit = (code: string) =>
  sqlite.prepare(`SELECT id FROM units WHERE edition = '2024' AND code = ?`).pluck().get(code) as number;
const totals = (metricId: number) =>
  sqlite
    .prepare(`SELECT report_date, total, units_reported FROM observation_totals WHERE metric_id = ? ORDER BY report_date`)
    .raw()
    .all(metricId);

describe('national totals per report date', () => {
  it('carry each unit forward from its latest report, however irregular', () => {
    writeObservations(store, { source: 'script', actor: 'test' }, [
      { unitId: unit('01'), metricId: 1, reportDate: '2024-01-03', value: 10 },
      { unitId: unit('01'), metricId: 1, reportDate: '2024-01-10', value: 15 },
      { unitId: unit('01'), metricId: 1, reportDate: '2024-01-17', value: 22 },
      { unitId: unit('79'), metricId: 1, reportDate: '2024-01-10', value: 100 },
      { unitId: unit('48'), metricId: 1, reportDate: '2024-01-05', value: 7 },
    ]);
    expect(totals(1)).toEqual([
      ['2024-01-03', 10, 1],
      ['2024-01-05', 17, 2],
      ['2024-01-10', 122, 3],
      ['2024-01-17', 129, 3],
    ]);
  });

  it('follow a correction back in time and touch no other metric', () => {
    writeObservations(store, { source: 'script', actor: 'test' }, [
      { unitId: unit('79'), metricId: 6, reportDate: '2024-01-10', value: 5 },
    ]);
    writeObservations(store, { source: 'script', actor: 'test' }, [
      { unitId: unit('48'), metricId: 1, reportDate: '2024-01-05', value: 9 },
    ]);
    expect(totals(1)).toEqual([
      ['2024-01-03', 10, 1],
      ['2024-01-05', 19, 2],
      ['2024-01-10', 124, 3],
      ['2024-01-17', 131, 3],
    ]);
    expect(totals(6)).toEqual([['2024-01-10', 5, 1]]);
  });
});
