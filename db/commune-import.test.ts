// Commune rows through the one reader and validator (issue 12): a five-digit code, or a name within
// a named province (prefixes, diacritics, case, NFC/NFD alike); 2025 edition only; commune
// metrics only; the writer's scope (lib/communes/rules.ts mayWrite); a direct province figure
// refused where the communes' roll-up stands; nothing written on any refusal; an import of
// commune rows updates the province's roll-up in the report.
import { afterAll, describe, expect, it } from 'vitest';
import { firstCommuneDates, getProvinceCommunes } from './communes';
import { writeObservations } from './observations';
import { importObservations, validationContext } from './import';
import { getReport } from './report';
import { createTestStore, storeFingerprint, TEST_TODAY, type TestStore } from './testing/test-store';
import { validateObservations, type RowInput } from '@/lib/import/observation-rules';
import { readReportCsv } from '@/lib/import/file';

const seeded = createTestStore({ seed: true });
const empty = createTestStore();
afterAll(() => {
  seeded.dispose();
  empty.dispose();
});


const row = (unit: string, extra: Partial<RowInput> = {}): RowInput => ({ row: 2, unit, metric: 'land_data_digitized', date: TEST_TODAY, value: 1, ...extra });

describe('the reader of commune codes and names', () => {
  const context = validationContext(seeded, TEST_TODAY, null);
  it.each<[string, RowInput, string]>([
    ['a five-digit code', row('26740'), '26740'],
    ['a name with its prefix within a province code', row('Phường Sài Gòn', { province: '79' }), '26740'],
    ['without prefix, within a province name', row('Sài Gòn', { province: 'TP. Hồ Chí Minh' }), '26740'],
    ['in capitals', row('PHƯỜNG SÀI GÒN', { province: 'Hồ Chí Minh' }), '26740'],
    ['decomposed (NFD)', row('Phường Sài Gòn'.normalize('NFD'), { province: 'Thành phố Hồ Chí Minh'.normalize('NFD') }), '26740'],
    ['without diacritics', row('phuong sai gon', { province: 'ho chi minh' }), '26740'],
    ['a special zone by its prefix', row('Đặc khu Côn Đảo', { province: '79' }), '26732'],
    ['a ward of Hà Nội, province 1', row('Ba Đình', { province: '1' }), '00004'],
    ['a code beside its province name', row('26740', { unitName: 'Hồ Chí Minh' }), '26740'],
    ['a code beside its own name', row('26740', { unitName: 'Phường Sài Gòn' }), '26740'],
  ])('%s', (_, input, code) => {
    const { valid, problems } = validateObservations([input], context);
    expect(problems).toEqual([]);
    expect(valid.map((v) => [v.unit, v.level, v.province])).toEqual([[code, 'commune', code === '00004' ? '01' : '79']]);
  });

  it.each<[string, RowInput, string, RegExp]>([
    ['a commune row before 1/7/2025', row('26740', { date: '2025-06-30', metric: 'land_parcels_digitized', value: 5 }), 'unit', /là đơn vị từ 01\/07\/2025: không có số liệu cấp xã trước ngày đó/],
    ['an unknown code', row('99999'), 'unit', /Mã xã, phường "99999" không tồn tại/],
    ['a name not in the province', row('Sài Gòn', { province: '01' }), 'unit', /Không có xã, phường, đặc khu tên "Sài Gòn" thuộc tỉnh, thành phố 01/],
    ['a code of another province', row('26740', { province: 'Hà Nội' }), 'unit', /thuộc tỉnh, thành phố 79, không thuộc 01/],
    ['an unknown province', row('Sài Gòn', { province: 'Sài Gòn cũ' }), 'unit', /Không có tỉnh, thành phố tên "Sài Gòn cũ"/],
    ['a code beside another name', row('26740', { unitName: 'Hà Nội' }), 'unit', /Mã 26740 \(Phường Sài Gòn\) không khớp với tên "Hà Nội"/],
    ['a province metric for a commune', row('26740', { metric: 'health_book_records', value: 5 }), 'metric', /không báo cáo cấp xã/],
    ['a commune metric for a province', row('79'), 'metric', /do từng xã, phường báo cáo/],
  ])('refuses %s', (_, input, field, message) => {
    const { valid, problems } = validateObservations([input], context);
    expect(valid).toEqual([]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([[2, field]]);
    expect(problems[0].message.vi).toMatch(message);
  });
});

describe('who may write a commune', () => {
  const write = (scope: string[] | null, ...units: string[]) =>
    validateObservations(units.map((u, i) => row(u, { row: i + 2 })), validationContext(seeded, TEST_TODAY, scope && new Set(scope))).problems.map((p) => [p.row, p.message.vi]);
  it.each<[string, string[] | null, string, boolean]>([
    ['an admin', null, '26740', true],
    ['its province reporter', ['2025:79'], '26740', true],
    ['its commune reporter', ['2025:26740'], '26740', true],
    ['a neighbour commune reporter', ['2025:26743'], '26740', false],
    ['another province reporter', ['2025:01'], '26740', false],
    ['a commune reporter, for its province', ['2025:26740'], '79', false],
  ])('%s', (_, scope, unit, ok) => {
    const metric = unit === '79' ? { metric: 'health_book_records', value: 10 ** 9 } : {};
    const problems = validateObservations([row(unit, metric)], validationContext(seeded, TEST_TODAY, scope && new Set(scope))).problems;
    expect(problems.map((p) => p.message.vi)).toEqual(ok ? [] : [expect.stringMatching(/Bạn không được giao báo cáo cho (xã 26740 \(tỉnh 79\)|đơn vị 79)/)]);
  });
  it('names every row outside the scope', () => {
    expect(write(['2025:26740'], '26740', '26743')).toEqual([[3, 'Bạn không được giao báo cáo cho xã 26743 (tỉnh 79).']]);
  });
});

describe('a direct province figure where the communes roll up', () => {
  const csv = (lines: string[]) => new TextEncoder().encode('Mã đơn vị,Xã, phường,Chỉ tiêu,Ngày báo cáo,Giá trị\n'.replace('Xã, phường', '"Xã, phường"') + lines.join('\n') + '\n');
  const run = (store: TestStore, bytes: Uint8Array) => {
    const { rows, problems } = readReportCsv(bytes);
    expect(problems).toEqual([]);
    return importObservations(store, rows, { batch: { source: 'import', actor: 'test' }, today: TEST_TODAY, scope: null });
  };

  it('is refused naming the rule once communes report, and nothing is written', () => {
    const first = firstCommuneDates(seeded).get('79:land_parcels_digitized')!;
    expect(first).toBeDefined();
    const before = storeFingerprint(seeded);
    const outcome = run(seeded, csv(['79,,land_parcels_digitized,2026-11-26,999999999', '79,,health_book_records,2026-11-26,999999999']));
    expect(outcome.written).toBeNull();
    expect(outcome.problems.map((p) => [p.row, p.field])).toEqual([[2, 'row']]);
    expect(outcome.problems[0].message.vi).toMatch(/Tỉnh 79 đã có số liệu cấp xã cho land_parcels_digitized từ ngày .*được tổng hợp từ các xã, không nhập trực tiếp/);
    expect(storeFingerprint(seeded)).toBe(before);
  });

  it('is refused when the same file carries the province\'s first commune rows; kept before them', () => {
    const before = storeFingerprint(empty);
    const refused = run(empty, csv(['79,Phường Sài Gòn,land_parcels_digitized,2025-08-01,100', '79,,land_parcels_digitized,2025-09-01,5000', '79,,land_parcels_digitized,2025-07-15,4000']));
    expect(refused.written).toBeNull();
    expect(refused.problems.map((p) => [p.row, p.field])).toEqual([[3, 'row']]);
    expect(storeFingerprint(empty)).toBe(before);
    // Before the first commune figure a province's own figure stays (trends continuous).
    const kept = run(empty, csv(['79,,land_parcels_digitized,2025-07-15,4000']));
    expect(kept.problems).toEqual([]);
    expect(kept.written).toMatchObject({ inserted: 1 });
  });
});

describe('an import of commune rows', () => {
  it('updates its province\'s roll-up in the report: communes_digitized and land_parcels_digitized', () => {
    const date = '2026-11-26';
    const report = () => getReport(seeded, { date, edition: '2025' }).units.find((u) => u.code === '79')!.metrics;
    const lastOf = (code: string, metric: string) => seeded.sqlite.prepare(
      `SELECT o.value FROM observations o JOIN units u ON u.id = o.unit_id JOIN metrics m ON m.id = o.metric_id
       WHERE u.code = ? AND u.edition = '2025' AND m.key = ? AND o.report_date <= ? ORDER BY o.report_date DESC LIMIT 1`).pluck().get(code, metric, date) as number | undefined;
    // A commune not yet reached, by name within its province's name.
    const code = (seeded.sqlite.prepare(
      `SELECT c.code FROM units c JOIN units p ON p.id = c.parent_id WHERE p.code = '79' AND c.level = 'commune' ORDER BY c.code`).pluck().all() as string[])
      .find((c) => !lastOf(c, 'land_data_digitized'))!;
    expect(code).toBeDefined();
    const name = seeded.sqlite.prepare(`SELECT name_vi FROM units WHERE code = ? AND level = 'commune'`).pluck().get(code) as string;
    const was = report();
    const parcels = (lastOf(code, 'land_parcels_digitized') ?? 0) + 1234;
    const bytes = new TextEncoder().encode(`"Tỉnh, thành phố","Xã, phường",Chỉ tiêu,Ngày báo cáo,Giá trị\nTP. Hồ Chí Minh,${name.toUpperCase()},land_data_digitized,26/11/2026,1\nTP. Hồ Chí Minh,${name},Thửa đất số hóa,26/11/2026,${parcels}\n`);
    const { rows } = readReportCsv(bytes);
    const outcome = importObservations(seeded, rows, { batch: { source: 'import', actor: 'test' }, today: TEST_TODAY, scope: new Set(['2025:79']) });
    expect(outcome.problems).toEqual([]);
    expect(outcome.written?.inserted).toBeGreaterThanOrEqual(2);
    const now = report();
    expect(now.communes_digitized!.value).toBe(was.communes_digitized!.value! + 1);
    expect(now.land_parcels_digitized!.value).toBe(was.land_parcels_digitized!.value! + 1234);
  });
});

describe('a commune list read point by point', () => {
  it('agrees with the whole series: a drop back to 0 un-reaches, the next rise reaches again', () => {
    const store = createTestStore();
    try {
      const id = store.sqlite.prepare(`SELECT id FROM units WHERE code = '26740' AND level = 'commune'`).pluck().get() as number;
      const rows = [['2025-08-01', 1], ['2025-09-01', 0], ['2025-10-01', 1], ['2025-11-01', 1]].map(([d, v]) => ({ unitId: id, metricId: 8, reportDate: d as string, value: v as number }));
      writeObservations(store, { source: 'script', actor: 'test' }, [...rows, { unitId: id, metricId: 6, reportDate: '2025-10-01', value: 70 }]);
      const status = (asOf: string) => getProvinceCommunes(store, '79', asOf).find((c) => c.code === '26740')!;
      expect(status('2025-08-15').landData).toEqual({ reached: true, date: '2025-08-01' });
      expect(status('2025-09-15').landData).toEqual({ reached: false, date: null });
      expect(status('2025-12-01')).toMatchObject({ landData: { reached: true, date: '2025-10-01' }, parcels: { value: 70, reportDate: '2025-10-01' }, lastReport: '2025-11-01' });
      expect(status('2025-07-15')).toMatchObject({ landData: { reached: false, date: null }, parcels: null, lastReport: null });
    } finally {
      store.dispose();
    }
  });
});
