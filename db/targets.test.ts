import { afterAll, describe, expect, it } from 'vitest';
import { getReport } from './report';
import { setTargets } from './targets';
import { createTestStore } from './testing/test-store';
import type { TargetRowInput } from '@/lib/import/target-rules';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());
const row = (over: Partial<TargetRowInput> = {}): TargetRowInput => ({
  row: 2, unit: '79', metric: 'health_book_records', baselineDate: '2025-07-01', baselineValue: '0', dueDate: '2026-12-31', targetValue: '5000000', note: '', ...over,
});

describe('setting targets', () => {
  it('changes a target in one batch, audited with old and new values, and the report follows', () => {
    const result = setTargets(store, [row()], 'admin@c06.gov.vn');
    expect(result).toMatchObject({ added: 0, changed: 1 });
    const audit = store.sqlite.prepare(`SELECT old_target, new_target, actor FROM target_audit`).get() as { old_target: string; new_target: string; actor: string };
    expect(JSON.parse(audit.new_target)).toMatchObject({ targetValue: 5_000_000, dueDate: '2026-12-31' });
    expect(JSON.parse(audit.old_target).targetValue).not.toBe(5_000_000);
    expect(getReport(store, { date: '2026-11-25', edition: '2025' }).units.find((u) => u.code === '79')!.metrics.health_book_records!.target).toBe(5_000_000);
    expect(setTargets(store, [row()], 'admin@c06.gov.vn')).toMatchObject({ added: 0, changed: 0, batchId: null });
  });

  it('refuses bad rows, naming row and field, and writes nothing', () => {
    const before = store.sqlite.prepare(`SELECT COUNT(*) FROM target_audit`).pluck().get();
    const result = setTargets(store, [
      row({ row: 2, dueDate: '2025-01-01' }),
      row({ row: 3, unit: '74' }),
      row({ row: 4, metric: 'communes_digitized', targetValue: '999' }),
      row({ row: 5, targetValue: '-3', baselineDate: '2025-07-02' }),
      row({ row: 6, metric: 'civil_status_digitized', baselineValue: '5', targetValue: '1', baselineDate: '2025-07-03' }),
    ], 'admin');
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([[2, 'dueDate'], [3, 'unit'], [4, 'targetValue'], [5, 'targetValue'], [6, 'baselineValue']]);
    expect(store.sqlite.prepare(`SELECT COUNT(*) FROM target_audit`).pluck().get()).toBe(before);
  });

  it('refuses dates outside 6/1/2022–31/12/2035 and a note over 500 characters', () => {
    const before = store.sqlite.prepare(`SELECT COUNT(*) FROM target_audit`).pluck().get();
    const result = setTargets(store, [
      row({ row: 2, baselineDate: '2022-01-05', unit: '79', metric: 'health_book_records' }),
      row({ row: 3, baselineDate: '2025-07-03', dueDate: '2036-01-01' }),
      row({ row: 4, baselineDate: '2025-07-04', note: 'x'.repeat(501) }),
    ], 'admin');
    expect(result.problems.map((p) => [p.row, p.field, p.message.vi])).toEqual([
      [2, 'baselineDate', 'Ngày 2022-01-05 nằm ngoài khoảng 06/01/2022–31/12/2035.'],
      [3, 'dueDate', 'Ngày 2036-01-01 nằm ngoài khoảng 06/01/2022–31/12/2035.'],
      [4, 'note', 'Ghi chú dài 501 ký tự: tối đa 500 ký tự.'],
    ]);
    expect(setTargets(store, [row({ row: 2, baselineDate: '2022-01-06', dueDate: '2035-12-31', unit: '79', note: 'x'.repeat(500) })], 'admin', { dryRun: true }).problems).toEqual([]);
    expect(store.sqlite.prepare(`SELECT COUNT(*) FROM target_audit`).pluck().get()).toBe(before);
  });

  it('lists the first 200 problems of a large file and counts the rest', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row({ row: i + 2, targetValue: 'x', baselineDate: `2025-07-0${(i % 9) + 1}` }));
    const result = setTargets(store, rows, 'admin');
    expect(result.problems).toHaveLength(200);
    expect(result.more).toMatchObject({ count: expect.any(Number) });
    expect(result.problems.length + result.more!.count).toBeGreaterThanOrEqual(10_000);
  });
});
