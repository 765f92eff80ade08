import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './client';
import { createTestStore } from '../testing/test-store';

const store = createTestStore();
afterAll(() => store.dispose());
const { sqlite } = store;

function batch(): number {
  return sqlite
    .prepare(`INSERT INTO batches (source, actor, created_at) VALUES ('script', 'test', '2026-01-01T00:00:00Z') RETURNING id`)
    .pluck()
    .get() as number;
}
const unitId = (edition: string, code: string) =>
  sqlite.prepare(`SELECT id FROM units WHERE edition = ? AND code = ?`).pluck().get(edition, code) as number;

describe('opening a store', () => {
  it('uses WAL, enforces foreign keys and waits instead of failing when busy', () => {
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('applies the migrations and loads the reference facts', () => {
    const count = (sql: string) => sqlite.prepare(sql).pluck().get();
    expect(count(`SELECT COUNT(*) FROM units WHERE edition = '2024'`)).toBe(63);
    expect(count(`SELECT COUNT(*) FROM units WHERE edition = '2025' AND level = 'province'`)).toBe(34);
    expect(count(`SELECT COUNT(*) FROM units WHERE edition = '2025' AND level = 'commune' AND parent_id IS NOT NULL`)).toBe(3321);
    expect(count(`SELECT SUM(districts) FROM units WHERE edition = '2024'`)).toBe(705);
    expect(count(`SELECT SUM(communes) FROM units WHERE edition = '2025'`)).toBe(3321);
    expect(count(`SELECT SUM(population) FROM units WHERE edition = '2024'`)).toBe(97_582_600);
    expect(count(`SELECT SUM(population) FROM units WHERE edition = '2025'`)).toBe(97_582_600);
    expect(count(`SELECT COUNT(*) FROM successions`)).toBe(63);
    expect(count(`SELECT COUNT(*) FROM metrics`)).toBe(8);
    expect(count(`SELECT COUNT(*) FROM meeting_units`)).toBe(12);
  });

  it('maps each 2024 unit to its 2025 unit (74, 77 and 79 became 79)', () => {
    const into79 = sqlite
      .prepare(
        `SELECT f.code FROM successions s JOIN units f ON f.id = s.from_unit_id JOIN units t ON t.id = s.to_unit_id
         WHERE t.code = '79' ORDER BY f.code`,
      )
      .pluck()
      .all();
    expect(into79).toEqual(['74', '77', '79']);
  });

  it('opens again without changing anything', () => {
    const again = openStore(store.path);
    expect(again.sqlite.prepare(`SELECT COUNT(*) FROM units`).pluck().get()).toBe(97 + 3321);
    again.sqlite.close();
  });
});

describe('the schema refuses', () => {
  const b = batch();
  const insert = (unit: number, metric: number, date: string, value: unknown) =>
    sqlite.prepare(`INSERT INTO observations (unit_id, metric_id, report_date, value, batch_id) VALUES (?, ?, ?, ?, ?)`)
      .run(unit, metric, date, value, b);

  it('a second value for the same unit, metric and report date', () => {
    insert(unitId('2024', '01'), 1, '2024-01-03', 10);
    expect(() => insert(unitId('2024', '01'), 1, '2024-01-03', 11)).toThrow(/UNIQUE/);
  });

  it.each([
    ['a negative value', -1, /CHECK constraint failed: observations_value/],
    ['a fractional value', 1.5, /CHECK constraint failed: observations_value/],
    ['a text value', 'abc', /CHECK constraint failed: observations_value/],
  ])('%s', (_, value, error) => {
    expect(() => insert(unitId('2024', '01'), 1, '2024-01-10', value)).toThrow(error);
  });

  it('a malformed report date', () => {
    expect(() => insert(unitId('2024', '01'), 1, '13/11/2024', 1)).toThrow(/observations_date/);
  });

  it('a unit or metric that does not exist', () => {
    expect(() => insert(999_999, 1, '2024-01-10', 1)).toThrow(/FOREIGN KEY/);
    expect(() => insert(unitId('2024', '01'), 99, '2024-01-10', 1)).toThrow(/FOREIGN KEY/);
  });

  it('a target due before its baseline', () => {
    expect(() =>
      sqlite
        .prepare(`INSERT INTO targets (unit_id, metric_id, baseline_date, baseline_value, due_date, target_value) VALUES (?, 1, '2025-01-01', 0, '2024-12-31', 10)`)
        .run(unitId('2024', '01')),
    ).toThrow(/targets_due_after_baseline/);
  });

  it('a province code that is not two digits, and a unit code used twice in an edition', () => {
    const add = (code: string) =>
      sqlite
        .prepare(`INSERT INTO units (edition, code, name_vi, name_ascii, kind, population) VALUES ('2025', ?, 'X', 'X', 'province', 1)`)
        .run(code);
    expect(() => add('1')).toThrow(/units_code_digits/);
    expect(() => add('79')).toThrow(/UNIQUE/);
  });

  it('a share metric without a denominator', () => {
    expect(() =>
      sqlite
        .prepare(`INSERT INTO metrics (id, key, name_vi, name_en, unit_vi, unit_en, kind, sort_order) VALUES (50, 'x', 'x', 'x', 'x', 'x', 'share', 50)`)
        .run(),
    ).toThrow(/metrics_share_has_denominator/);
  });
});
