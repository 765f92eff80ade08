// The corpus of bad report files: each is refused with its row, field and reason, and the store
// file is byte-for-byte what it was. A good file is written as one batch; the same file again
// changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { importObservations } from './import';
import { createTestStore, storeFingerprint, TEST_TODAY } from './testing/test-store';
import { addUser } from './users';
import { utils, write } from '@e965/xlsx';
import { readReportFile } from '@/lib/import/xlsx';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());
const reporter79 = addUser(store, { email: 'bao.cao@hcm.gov.vn', role: 'reporter', units: ['79'] });

const HEADER = 'Mã đơn vị,Chỉ tiêu,Ngày báo cáo,Giá trị,Lý do điều chỉnh\n';
const csv = (...lines: string[]) => new TextEncoder().encode(HEADER + lines.join('\n') + '\n');
const current = (code: string, metric: number, date: string) =>
  store.sqlite.prepare(`SELECT o.value FROM observations o JOIN units u ON u.id = o.unit_id WHERE u.edition = '2025' AND u.code = ? AND o.metric_id = ? AND o.report_date = ?`).pluck().get(code, metric, date) as number;


async function run(bytes: Uint8Array, scope: ReadonlySet<string> | null = null) {
  const { rows, problems } = await readReportFile(bytes);
  if (problems.length > 0) return { problems: problems.map((p) => ({ row: p.row, field: p.field, message: p.message })), written: null };
  return importObservations(store, rows, { batch: { source: 'import', actor: 'test' }, today: TEST_TODAY, scope });
}

const health = current('79', 1, '2026-11-25');
const latin1 = Uint8Array.from([...new TextEncoder().encode(HEADER), 0x37, 0x39, 0x2c, 0xe0, 0x0a]); // "79,à" in Latin-1

function xlsx(rows: unknown[][]): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Báo cáo');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
const XLSX_HEADER = ['Mã đơn vị', 'Chỉ tiêu', 'Ngày báo cáo', 'Giá trị', 'Lý do điều chỉnh'];

const CORPUS: [name: string, bytes: Uint8Array, row: number, field: string, message: RegExp][] = [
  ['an empty file', new Uint8Array(), 0, 'file', /Tệp rỗng/],
  ['only blank lines', new TextEncoder().encode('\n\n  \n'), 0, 'file', /Tệp rỗng/],
  ['a header and nothing else', new TextEncoder().encode(HEADER), 1, 'file', /chỉ có dòng tiêu đề/],
  ['a file in Latin-1, not UTF-8', latin1, 0, 'file', /không phải mã UTF-8/],
  ['a missing value column', new TextEncoder().encode('Mã đơn vị,Chỉ tiêu,Ngày báo cáo\n79,health_book_records,2026-11-25\n'), 1, 'header', /Thiếu cột "Giá trị"/],
  ['a truncated row', csv('79,health_book_records'), 2, 'row', /thiếu ô/],
  ['a truncated file (open quote)', csv('79,health_book_records,2026-11-25,"123'), 2, 'file', /bị cắt cụt/],
  ['an unknown unit code', csv(`99,health_book_records,2026-11-25,${health}`), 2, 'unit', /Mã đơn vị "99" không tồn tại/],
  ['a unit code that is not two digits', csv(`7,health_book_records,2026-11-25,${health}`), 2, 'unit', /"7" không tồn tại/],
  ['a code no longer in force (74 after 1/7/2025)', csv('74,health_book_records,2026-11-25,5'), 2, 'unit', /"74" \(74 Bình Dương\) không còn là đơn vị hành chính sau 01\/07\/2025: đã thuộc 79 Hồ Chí Minh, dùng mã 79/],
  ['a 2025-only code before the merger? (80 was Long An: fine) — metric of the wrong edition', csv('79,districts_digitized,2026-11-25,3'), 2, 'metric', /không áp dụng/],
  ['an unknown metric', csv('79,health_records,2026-11-25,1'), 2, 'metric', /Chỉ tiêu "health_records" không tồn tại/],
  ['a missing metric', csv('79,,2026-11-25,1'), 2, 'metric', /Thiếu chỉ tiêu/],
  ['a value that is not a number', csv('79,health_book_records,2026-11-25,abc'), 2, 'value', /"abc" không phải là số/],
  ['a value grouped irregularly', csv('79,health_book_records,2026-11-25,"1.23.456"'), 2, 'value', /cách nhóm chữ số không đúng/],
  ['a value with mixed separators', csv('79,health_book_records,2026-11-25,"1.234 567"'), 2, 'value', /cách nhóm chữ số không đúng/],
  ['a decimal with a comma', csv('79,health_book_records,2026-11-25,"4,5"'), 2, 'value', /số thập phân/],
  ['a decimal with a dot', csv('79,health_book_records,2026-11-25,4.5'), 2, 'value', /số thập phân/],
  ['a percentage', csv('79,communes_digitized,2026-11-25,45%'), 2, 'value', /phần trăm/],
  ['a two-digit year', csv(`79,health_book_records,25/11/26,${health}`), 2, 'date', /năm phải đủ 4 chữ số/],
  ['a month/day date that cannot be day/month', csv(`79,health_book_records,11/25/2026,${health}`), 2, 'date', /tháng\/ngày/],
  ['an impossible day/month date', csv(`79,health_book_records,30/02/2025,${health}`), 2, 'date', /không có thật/],
  ['an unknown province name', csv(`Thái Bìnhh,health_book_records,2026-11-25,${health}`), 2, 'unit', /Không có tỉnh, thành phố tên "Thái Bìnhh"/],
  ['a 2024 province name after 1/7/2025', csv(`Tỉnh Bà Rịa - Vũng Tàu,health_book_records,2026-11-25,${health}`), 2, 'unit', /đã thuộc 79 Hồ Chí Minh/],
  ['a 2025 province name before 1/7/2025', csv(`Huế,health_book_records,2024-11-25,5`), 2, 'unit', /chưa là đơn vị hành chính trước 01\/07\/2025/],
  ['a code and a name that disagree', new TextEncoder().encode(`Mã,Tỉnh, thành phố,Chỉ tiêu,Ngày báo cáo,Giá trị\n79,Hà Nội,health_book_records,2026-11-25,${health}\n`.replace('Tỉnh, thành phố', '"Tỉnh, thành phố"')), 2, 'unit', /không khớp với tên "Hà Nội"/],
  ['a wide file with a column that is no metric', new TextEncoder().encode(`Mã,Ngày báo cáo,Sổ sức khỏe điện tử,Sổ sức khỏe\n79,25/11/2026,${health},1\n`), 1, 'header', /Cột "Sổ sức khỏe" không phải chỉ tiêu nào/],
  ['a wide file with a bad figure', new TextEncoder().encode(`Mã,Ngày báo cáo,Sổ sức khỏe điện tử,Thửa đất số hóa\n79,25/11/2026,${health},"12,5"\n`), 2, 'value', /số thập phân/],
  ['a negative value', csv('79,health_book_records,2026-11-25,-5'), 2, 'value', /âm/],
  ['a fractional count', csv('79,land_parcels_digitized,2026-11-25,12.5'), 2, 'value', /số thập phân/],
  ['a missing value', csv('79,health_book_records,2026-11-25,'), 2, 'value', /Thiếu giá trị/],
  ['communes above the denominator', csv('79,communes_digitized,2026-11-25,999'), 2, 'value', /lớn hơn mẫu số 168/],
  ['a milestone above 1', csv('79,civil_status_digitized,2026-11-25,2'), 2, 'value', /lớn hơn mẫu số 1/],
  ['a cumulative value falling from the stored report', csv('79,health_book_records,2026-11-25,10'), 2, 'value', /giảm so với kỳ trước/],
  ['figures dated a week after today', csv(`79,health_book_records,2026-12-01,${health + 10}`, `79,health_book_records,2026-12-02,${health + 15}`), 3, 'date', /tương lai/],
  ['a date in the future', csv(`79,health_book_records,2027-01-06,${health + 1}`), 2, 'date', /ở tương lai/],
  ['a date that is no date', csv(`79,health_book_records,hôm qua,${health}`), 2, 'date', /không phải là ngày/],
  ['an impossible date', csv(`79,health_book_records,2026-02-30,${health}`), 2, 'date', /không có thật/],
  ['a missing date', csv(`79,health_book_records,,${health}`), 2, 'date', /Thiếu ngày/],
  ['a row repeated within the file', csv(`79,health_book_records,2026-11-25,${health}`, `79,health_book_records,2026-11-25,${health}`), 3, 'row', /Trùng với dòng 2/],
  ['a truncated Excel workbook', xlsx([XLSX_HEADER, ['79', 'health_book_records', '2026-11-25', 1]]).slice(0, 300), 0, 'file', /Không đọc được tệp bảng tính/],
  ['an Excel workbook with a negative value', xlsx([XLSX_HEADER, ['79', 'health_book_records', '2026-11-25', -4]]), 2, 'value', /âm/],
  ['a date before the programme began (6/1/2022)', csv('79,health_book_records,2022-01-05,5'), 2, 'date', /trước khi Đề án 06 bắt đầu \(06\/01\/2022\)/],
  ['a correction reason over 500 characters', csv(`79,health_book_records,2026-11-25,10,${'x'.repeat(501)}`), 2, 'correction', /Lý do điều chỉnh dài 501 ký tự: tối đa 500 ký tự/],
  ['two columns for the unit', new TextEncoder().encode(`Mã đơn vị,Chỉ tiêu,Ngày báo cáo,Giá trị,unit\n79,health_book_records,2026-11-25,${health},01\n`), 1, 'header', /Các cột "Mã đơn vị", "unit" cùng một nghĩa/],
  ['an Excel workbook with two columns for the value', xlsx([[...XLSX_HEADER, 'value'], ['79', 'health_book_records', '2026-11-25', health, '', 1]]), 1, 'header', /"Giá trị", "value" cùng một nghĩa/],
  ['one bad row among good ones', csv(`79,health_book_records,2026-11-25,${health}`, '01,health_book_records,2026-11-25,x'), 3, 'value', /không phải là số/],
];

describe('a bad report file', () => {
  it.each(CORPUS)('%s: refused at its row and field, the store unchanged', async (_, bytes, row, field, message) => {
    const before = storeFingerprint(store);
    const outcome = await run(bytes);
    expect(outcome.written).toBeNull();
    expect(outcome.problems).toContainEqual(expect.objectContaining({ row, field, message: expect.objectContaining({ vi: expect.stringMatching(message) }) }));
    expect(storeFingerprint(store)).toBe(before);
  });

  it('a cumulative value falling within the file is refused unless a reason is given', async () => {
    const falling = csv(`79,health_book_records,2026-11-24,${health - 10}`, `79,health_book_records,2026-11-23,${health}`);
    expect((await run(falling)).problems).toContainEqual(expect.objectContaining({ row: 2, field: 'value', message: expect.objectContaining({ vi: expect.stringMatching(/giảm so với dòng 3/) }) }));
  });

  it('a unit outside the writer\'s scope is refused', async () => {
    const before = storeFingerprint(store);
    const outcome = await run(csv('01,health_book_records,2026-11-25,1'), reporter79.scope);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ row: 2, field: 'unit', message: expect.objectContaining({ en: 'You are not assigned to report for unit 01.' }) }));
    expect(storeFingerprint(store)).toBe(before);
  });

  it('has at least 25 cases', () => expect(CORPUS.length).toBeGreaterThanOrEqual(25));
});

describe('a file of 100,000 bad rows', () => {
  const lines = Array.from({ length: 100_000 }, (_, i) => `79,health_book_records,2021-${String((i % 12) + 1).padStart(2, '0')}-01,x${i}`);

  it('lists the first 200 problems by row and counts the rest by field, writing nothing', async () => {
    const before = storeFingerprint(store);
    const outcome = await run(csv(...lines));
    expect(outcome.written).toBeNull();
    expect(outcome.problems).toHaveLength(200);
    expect(outcome.problems.slice(0, 2).map((p) => [p.row, p.field])).toEqual([[2, 'date'], [2, 'value']]);
    expect(outcome.problems.at(-1)).toMatchObject({ row: 101, field: 'value' });
    expect('more' in outcome && outcome.more).toEqual({ count: 199_800, byKind: { date: 99_900, value: 99_900 } });
    expect(JSON.stringify(outcome.problems).length).toBeLessThan(100_000);
    expect(storeFingerprint(store)).toBe(before);
  });

  it('short rows too: the reader lists 200 of them and counts the rest', async () => {
    const { rows, problems, more } = await readReportFile(csv(...lines.map(() => '79,health_book_records')));
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(200);
    expect(problems.at(-1)).toMatchObject({ row: 201, field: 'row' });
    expect(more).toEqual({ count: 99_800, byKind: { row: 99_800 } });
  });
});

describe('a good report file', () => {
  const good = csv(`79,health_book_records,2026-11-26,${health + 100}`, '79,civil_status_digitized,2026-11-26,1', `01,judicial_record_applications,2026-11-26,99999999`);

  it('is written as one batch, and the same file again changes nothing', async () => {
    const batches = store.sqlite.prepare(`SELECT COUNT(*) FROM batches`).pluck();
    const before = batches.get() as number;
    const first = await run(good);
    expect(first.problems).toEqual([]);
    expect(first.written).toMatchObject({ inserted: 3, corrected: 0 });
    expect(batches.get()).toBe(before + 1);
    const again = await run(good);
    expect(again.written).toEqual({ batchId: null, inserted: 0, corrected: 0, unchanged: 3 });
    expect(batches.get()).toBe(before + 1);
  });

  it('may come as an Excel workbook', async () => {
    const outcome = await run(xlsx([XLSX_HEADER, ['79', 'judicial_record_applications', '2026-11-26', 99_999_999, '']]));
    expect(outcome.problems).toEqual([]);
    expect(outcome.written).toMatchObject({ inserted: 1 });
  });

  it('may lower a cumulative value when it states a correction, which the audit keeps', async () => {
    const outcome = await run(csv(`79,health_book_records,2026-11-26,${health + 50},Nhập nhầm số liệu`));
    expect(outcome.written).toMatchObject({ corrected: 1 });
    const audit = store.sqlite.prepare(`SELECT old_value, new_value, reason FROM observation_audit ORDER BY id DESC LIMIT 1`).get();
    expect(audit).toEqual({ old_value: health + 100, new_value: health + 50, reason: 'Nhập nhầm số liệu' });
  });
});
