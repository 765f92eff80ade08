import { afterAll, describe, expect, it } from 'vitest';
import { revertBatch } from './audit';
import { writeObservations, type ObservationInput } from './observations';
import { getReportingGrid, getReportingRules, lastReportDates, setReportingRule } from './reporting';
import { createTestStore } from './testing/test-store';
import { listUnits } from './units';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { parseWeek } from '@/lib/reporting/weeks';

const store = createTestStore();
afterAll(() => store.dispose());

const provinces = listUnits(store, '2025');
const id = (code: string) => provinces.find((u) => u.code === code)!.id;
const metric = (k: MetricKey) => metricByKey(k).id;
const W48 = parseWeek('2026-W48')!;
const write = (at: string, rows: Omit<ObservationInput, 'metricId'>[], key: MetricKey = 'health_book_records', source: 'import' | 'api' = 'import') =>
  writeObservations(store, { source, actor: 'test@example.vn' }, rows.map((r) => ({ ...r, metricId: metric(key) })), new Date(at));
const cell = (code: string, metricKey: MetricKey | null = 'health_book_records') => {
  const grid = getReportingGrid(store, W48, 1, metricKey);
  return grid.rows.find((r) => r.code === code)!.cells[0];
};

describe('received, on time and late in the store', () => {
  it('a reported 0 is a report, sent before the deadline (Monday 30/11 12:00 in Hanoi): on time', () => {
    write('2026-11-26T03:00:00Z', [{ unitId: id('01'), reportDate: '2026-11-25', value: 0 }]);
    expect(cell('01').state).toBe('onTime');
  });
  it('a figure dated inside the week but sent after the deadline is late', () => {
    write('2026-11-30T05:30:00Z', [{ unitId: id('79'), reportDate: '2026-11-25', value: 1000 }]);
    expect(cell('79')).toMatchObject({ state: 'late', receivedAt: '2026-11-30T05:30:00.000Z' });
  });
  it('a correction of an older week, made later, leaves it received when it first was', () => {
    write('2026-11-27T03:00:00Z', [{ unitId: id('48'), reportDate: '2026-11-25', value: 500 }]);
    write('2027-01-05T03:00:00Z', [{ unitId: id('48'), reportDate: '2026-11-25', value: 520, reason: 'sửa số' }]);
    expect(cell('48')).toMatchObject({ state: 'onTime', receivedAt: '2026-11-27T03:00:00.000Z' });
    // And so does a revert of the correction.
    const batch = store.sqlite.prepare(`SELECT batch_id FROM observations WHERE unit_id = ? AND report_date = '2026-11-25'`).pluck().get(id('48')) as number;
    revertBatch(store, batch, 'admin@example.vn', new Date('2027-01-06T00:00:00Z'));
    expect(cell('48')).toMatchObject({ state: 'onTime', receivedAt: '2026-11-27T03:00:00.000Z' });
  });
  it('the others are missing, and rates count the 34 provinces only', () => {
    const week = getReportingGrid(store, W48, 1, 'health_book_records').weeks[0];
    expect(week.provinces).toMatchObject({ expected: 34, received: 3, onTime: 2, late: 1, missing: 31 });
    expect(week.provinces.receivedRate).toEqual({ numerator: 3, denominator: 34, ratio: 3 / 34 });
  });
  it('the weekly report as a whole needs every weekly metric', () => {
    expect(cell('01', null).state).toBe('missing');
  });
  it('last report date of a missing unit', () => {
    const never = provinces.find((u) => !['01', '79', '48'].includes(u.code))!;
    const dates = lastReportDates(store, [{ id: id('01') }, { id: never.id }], ['health_book_records'], W48.sunday);
    expect([...dates.values()]).toEqual(['2026-11-25', null]);
  });
});

describe('a commune-level metric: the province through its communes', () => {
  const communes = listUnits(store, '2025', 'commune').filter((c) => c.parentId === id('79'));
  it('counts the communes that reported, and the province is whole only when all did', () => {
    write('2026-11-27T03:00:00Z', communes.slice(0, 100).map((c) => ({ unitId: c.id, reportDate: '2026-11-25', value: 10 })), 'land_parcels_digitized');
    const c = cell('79', 'land_parcels_digitized');
    expect(c.state).toBe('missing');
    expect(c.communes).toMatchObject({ expected: communes.length, received: 100, onTime: 100 });
    write('2026-11-28T03:00:00Z', communes.slice(100).map((c) => ({ unitId: c.id, reportDate: '2026-11-26', value: 0 })), 'land_parcels_digitized');
    expect(cell('79', 'land_parcels_digitized').state).toBe('onTime');
    const week = getReportingGrid(store, W48, 1, 'land_parcels_digitized').weeks[0];
    expect(week.communes).toMatchObject({ expected: 3321, received: communes.length });
    expect(week.provinces).toMatchObject({ expected: 34, onTime: 1, missing: 33 });
  });
});

describe('the deadline is a per-metric setting', () => {
  it('moving it to Tuesday makes a Monday-afternoon report on time', () => {
    expect(getReportingRules(store).get('health_book_records')).toEqual({ deadlineDays: 1, deadlineTime: '12:00', weekly: true });
    setReportingRule(store, 'health_book_records', { deadlineDays: 2, deadlineTime: '12:00', weekly: true }, 'admin@example.vn');
    expect(cell('79').state).toBe('onTime');
    setReportingRule(store, 'health_book_records', { deadlineDays: 1, deadlineTime: '12:00', weekly: true }, 'admin@example.vn');
    expect(cell('79').state).toBe('late');
  });
});
