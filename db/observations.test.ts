import { afterAll, describe, expect, it } from 'vitest';
import { writeObservations } from './observations';
import { getNationalSummary } from './national';
import { createTestStore } from './testing/test-store';

const store = createTestStore();
afterAll(() => store.dispose());
const { sqlite } = store;
const unit = (code: string) =>
  sqlite.prepare(`SELECT id FROM units WHERE edition = '2024' AND code = ?`).pluck().get(code) as number;
const HEALTH = 1;
const count = (table: string) => sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const national = (date: string) =>
  getNationalSummary(store, { date, edition: '2024' }).metrics.health_book_records?.value ?? null;

describe('writing reports', () => {
  it('inserts new figures in one batch that says who and when, each in the audit trail', () => {
    const result = writeObservations(store, { source: 'script', actor: 'an@c06.gov.vn' }, [
      { unitId: unit('01'), metricId: HEALTH, reportDate: '2024-11-06', value: 100 },
      { unitId: unit('79'), metricId: HEALTH, reportDate: '2024-11-06', value: 50 },
      { unitId: unit('01'), metricId: HEALTH, reportDate: '2024-11-13', value: 120 },
    ], new Date('2024-11-14T01:00:00Z'));
    expect(result).toMatchObject({ inserted: 3, corrected: 0, unchanged: 0 });
    expect(sqlite.prepare(`SELECT actor, created_at, row_count FROM batches WHERE id = ?`).get(result.batchId)).toEqual({
      actor: 'an@c06.gov.vn', created_at: '2024-11-14T01:00:00.000Z', row_count: 3,
    });
    // 79 did not report on 13/11: its value of 6/11 still counts nationally.
    expect(national('2024-11-13')).toBe(170);
  });

  it('keeps the old value of a correction in the audit trail', () => {
    const result = writeObservations(store, { source: 'form', actor: 'binh@c06.gov.vn', note: 'sửa số liệu' }, [
      { unitId: unit('79'), metricId: HEALTH, reportDate: '2024-11-06', value: 55 },
    ], new Date('2024-11-15T02:00:00Z'));
    expect(result).toMatchObject({ inserted: 0, corrected: 1 });
    expect(sqlite.prepare(`SELECT old_value, new_value, actor, changed_at, reason, batch_id FROM observation_audit WHERE old_value IS NOT NULL`).all()).toEqual([
      { old_value: 50, new_value: 55, actor: 'binh@c06.gov.vn', changed_at: '2024-11-15T02:00:00.000Z', reason: 'sửa số liệu', batch_id: result.batchId },
    ]);
    expect(national('2024-11-13')).toBe(175);
  });

  it('changes nothing, and leaves no batch, when the same figures come again', () => {
    const batches = count('batches');
    const result = writeObservations(store, { source: 'script', actor: 'an@c06.gov.vn' }, [
      { unitId: unit('79'), metricId: HEALTH, reportDate: '2024-11-06', value: 55 },
    ]);
    expect(result).toEqual({ batchId: null, inserted: 0, corrected: 0, unchanged: 1 });
    expect(count('batches')).toBe(batches);
    // Three figures added by the first batch, one corrected by the second.
    expect(count('observation_audit')).toBe(4);
  });

  it('writes nothing at all when one row is bad', () => {
    const [batches, observations] = [count('batches'), count('observations')];
    expect(() =>
      writeObservations(store, { source: 'script', actor: 'an@c06.gov.vn' }, [
        { unitId: unit('01'), metricId: HEALTH, reportDate: '2024-11-20', value: 130 },
        { unitId: unit('01'), metricId: HEALTH, reportDate: '2024-11-27', value: -1 },
      ]),
    ).toThrow(/CHECK constraint/);
    expect([count('batches'), count('observations')]).toEqual([batches, observations]);
    expect(national('2024-11-20')).toBe(175);
  });

  it('refuses a silent overwrite that does not name its batch', () => {
    expect(() => sqlite.prepare(`UPDATE observations SET value = value + 1`).run()).toThrow(/its own batch/);
  });
});
