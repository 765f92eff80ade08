import { afterAll, describe, expect, it } from 'vitest';
import { listAudit, listBatches, listTargetAudit, revertBatch, RevertError } from './audit';
import { writeObservations } from './observations';
import { getNationalSummary } from './national';
import { setTargets } from './targets';
import { createTestStore } from './testing/test-store';
import { isRevertable } from '@/lib/audit/revert';

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
    expect(() => revertBatch(store, 99_999, 'admin')).toThrow(/No batch 99999/);
  });
});

const rows = () => JSON.stringify(store.sqlite.prepare(`SELECT unit_id, metric_id, report_date, value, batch_id FROM observations ORDER BY unit_id, metric_id, report_date`).raw().all());
const writer = (code: string, date: string) =>
  store.sqlite.prepare(`SELECT batch_id FROM observations WHERE unit_id = ? AND metric_id = 1 AND report_date = ?`).pluck().get(unit(code), date) as number | undefined;

describe('a revert keeps history', () => {
  it('gives corrected figures back to their writer and leaves every other row as it was', () => {
    const base = value('48', '2026-11-25')!;
    const first = writeObservations(store, { source: 'api', actor: 'dn@c06.gov.vn' }, [{ unitId: unit('48'), metricId: 1, reportDate: '2026-11-25', value: base + 10 }]).batchId!;
    const before = rows();
    const second = writeObservations(store, { source: 'form', actor: 'khac@c06.gov.vn' }, [
      { unitId: unit('48'), metricId: 1, reportDate: '2026-11-25', value: base + 20 },
      { unitId: unit('48'), metricId: 1, reportDate: '2026-11-26', value: base + 30 },
    ]).batchId!;
    expect(writer('48', '2026-11-25')).toBe(second);
    revertBatch(store, second, 'admin@c06.gov.vn');
    expect(writer('48', '2026-11-25')).toBe(first);
    expect(rows()).toEqual(before);
    // The first batch is as it left its row again, so it can be reverted in turn.
    expect(revertBatch(store, first, 'admin@c06.gov.vn')).toMatchObject({ restored: 1, removed: 0 });
    expect(value('48', '2026-11-25')).toBe(base);
  });

  it('a revert of a revert puts back the figures it removed as well as those it restored', () => {
    const base = value('92', '2026-11-25')!;
    const batch = writeObservations(store, { source: 'import', actor: 'ct@c06.gov.vn' }, [
      { unitId: unit('92'), metricId: 1, reportDate: '2026-11-25', value: base + 5 },
      { unitId: unit('92'), metricId: 1, reportDate: '2026-11-26', value: base + 9 },
    ]).batchId!;
    const written = { rows: rows(), national: national() };
    const undo = revertBatch(store, batch, 'admin@c06.gov.vn');
    expect(value('92', '2026-11-26')).toBeNull();
    expect(revertBatch(store, undo.revertBatchId, 'admin@c06.gov.vn')).toMatchObject({ restored: 2, removed: 0 });
    expect(value('92', '2026-11-25')).toBe(base + 5);
    expect(value('92', '2026-11-26')).toBe(base + 9);
    expect(rows()).toEqual(written.rows);
    expect(national()).toBe(written.national);
    // The first revert cannot be applied twice: its rows were changed since.
    expect(() => revertBatch(store, undo.revertBatchId, 'admin')).toThrow(/changed since by batch/);
  });
});

describe('target changes in the audit trail', () => {
  it('are listed with their old and new values, and their batch is not offered for revert', () => {
    const result = setTargets(store, [{ row: 2, unit: '79', metric: 'communes_digitized', baselineDate: '2025-07-01', baselineValue: '10', dueDate: '2026-12-31', targetValue: '160', note: 'Nghị quyết 15' }], 'admin@c06.gov.vn');
    expect(result.changed + result.added).toBe(1);
    const [entry] = listTargetAudit(store, { unit: '79' }, 5);
    expect(entry).toMatchObject({ unit: '79', metric: 'communes_digitized', baselineDate: '2025-07-01', batchId: result.batchId, actor: 'admin@c06.gov.vn', newTarget: { baselineValue: 10, targetValue: 160, dueDate: '2026-12-31', note: 'Nghị quyết 15' } });
    expect(entry.oldTarget?.targetValue).not.toBe(160);
    expect(listTargetAudit(store, { metric: 'health_book_records', unit: '79' }, 5).every((t) => t.metric === 'health_book_records')).toBe(true);
    const batch = listBatches(store).find((b) => b.id === result.batchId)!;
    expect(batch).toMatchObject({ targetChanges: 1, figureChanges: 0 });
    expect(isRevertable(batch)).toBe(false);
    expect(() => revertBatch(store, result.batchId!, 'admin')).toThrow(/targets batch is not reverted/);
  });
});

describe('who changed a figure', () => {
  it('comes with the role and units of the account, for showing without the e-mail', async () => {
    const { addUser } = await import('./users');
    addUser(store, { email: 'bao.cao.hcm@c06.gov.vn', role: 'reporter', units: ['79', '2024:74'] });
    writeObservations(store, { source: 'form', actor: 'bao.cao.hcm@c06.gov.vn' }, [{ unitId: unit('79'), metricId: 1, reportDate: '2026-11-24', value: value('79', '2026-11-25')! - 1 }]);
    expect(listAudit(store, { unit: '79' }, 1)[0]).toMatchObject({ actor: 'bao.cao.hcm@c06.gov.vn', actorRole: 'reporter', actorUnits: '79, 2024:74' });
    expect(listBatches(store, 1)[0]).toMatchObject({ actorRole: 'reporter', actorUnits: '79, 2024:74' });
    expect(listBatches(store).find((b) => b.source === 'seed')).toMatchObject({ actor: 'seed', actorRole: null, actorUnits: null });
  });
});
