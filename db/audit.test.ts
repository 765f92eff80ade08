import { afterAll, describe, expect, it } from 'vitest';
import { listAudit, listBatches, revertBatch, RevertError } from './audit';
import { writeObservations } from './observations';
import { getNationalSummary } from './national';
import { createTestStore } from './test-store';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());
const unit = (code: string) => store.sqlite.prepare(`SELECT id FROM units WHERE edition = '2025' AND code = ?`).pluck().get(code) as number;
const value = (code: string, date: string) =>
  (store.sqlite.prepare(`SELECT value FROM observations WHERE unit_id = ? AND metric_id = 1 AND report_date = ?`).pluck().get(unit(code), date) as number | undefined) ?? null;
const national = () => getNationalSummary(store, { date: '2026-11-26', edition: '2025' }).metrics.health_book_records!.value;

describe('reverting a batch', () => {
  const before = { hcm25: value('79', '2026-11-25'), national: national() };

  it('restores corrected figures, removes added ones, and is itself audited', () => {
    const batch = writeObservations(store, { source: 'import', actor: 'an@c06.gov.vn', note: 'tệp.csv' }, [
      { unitId: unit('79'), metricId: 1, reportDate: '2026-11-25', value: before.hcm25! + 500 },
      { unitId: unit('79'), metricId: 1, reportDate: '2026-11-26', value: before.hcm25! + 900 },
    ]).batchId!;
    expect(listBatches(store)[0]).toMatchObject({ id: batch, source: 'import', actor: 'an@c06.gov.vn', rowCount: 2 });
    const result = revertBatch(store, batch, 'admin@c06.gov.vn');
    expect(result).toMatchObject({ restored: 1, removed: 1 });
    expect(value('79', '2026-11-25')).toBe(before.hcm25);
    expect(value('79', '2026-11-26')).toBeNull();
    expect(national()).toBe(before.national);
    const trail = listAudit(store, { unit: '79' }, 10).map((a) => [a.reportDate, a.oldValue, a.newValue, a.actor]);
    expect(trail.slice(0, 2)).toEqual(expect.arrayContaining([
      ['2026-11-25', before.hcm25! + 500, before.hcm25, 'admin@c06.gov.vn'],
      ['2026-11-26', before.hcm25! + 900, null, 'admin@c06.gov.vn'],
    ]));
  });

  it('is refused when a later batch changed the same figures, and for the seed', () => {
    const first = writeObservations(store, { source: 'import', actor: 'a' }, [{ unitId: unit('01'), metricId: 1, reportDate: '2026-11-26', value: 5_000_000 }]).batchId!;
    writeObservations(store, { source: 'form', actor: 'b' }, [{ unitId: unit('01'), metricId: 1, reportDate: '2026-11-26', value: 5_000_100 }]);
    expect(() => revertBatch(store, first, 'admin')).toThrow(/changed since by batch/);
    expect(() => revertBatch(store, 1, 'admin')).toThrow(RevertError);
    expect(() => revertBatch(store, 99_999, 'admin')).toThrow(/no batch/);
  });
});
