// The dashboard's own downloads, edited in a spreadsheet and imported back (issue 11): the
// history and league CSVs and their XLSX versions read as the wide layout; unchanged they
// change nothing, an added or edited figure is written, computed columns are skipped and said
// to be; a workbook with a merged title row above its header reads the same.
import { read, utils, write } from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as league } from './league/route';
import { GET as history } from './units/[code]/history/route';
import { importObservations } from '@/db/import';
import { createTestStore, TEST_TODAY, type TestStore } from '@/db/testing/test-store';
import { splitCsv } from '@/lib/import/file';
import { readReportFile } from '@/lib/import/xlsx';

let store: TestStore;
beforeAll(() => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
});
afterAll(() => store.dispose());

const get = (path: string) => new Request(`http://localhost${path}`);
const historyOf = (code: string, query: string) => history(get(`/api/v1/units/${code}/history?${query}`), { params: Promise.resolve({ code }) });
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const check = async (bytes: Uint8Array, dryRun = true, sheet = '') => {
  const read = await readReportFile(bytes, { sheet });
  expect(read.problems).toEqual([]);
  return { read, outcome: importObservations(store, read.rows, { batch: { source: 'import', actor: 'test' }, today: TEST_TODAY, scope: null, dryRun }) };
};
const stored = (edition: string, code: string, metric: string, date: string) =>
  store.sqlite.prepare(`SELECT o.value FROM observations o JOIN units u ON u.id = o.unit_id JOIN metrics m ON m.id = o.metric_id WHERE u.edition = ? AND u.code = ? AND m.key = ? AND o.report_date = ?`).pluck().get(edition, code, metric, date) as number | undefined;

/** A CSV's text with one row appended (as a spreadsheet would save it). */
const withRow = (bytes: Uint8Array, row: string) => new TextEncoder().encode(`${new TextDecoder().decode(bytes)}${row}\r\n`);

describe('the history CSV of a province page', () => {
  it('names its province in every row, and imports back unchanged: nothing to write, the pre-merger sums skipped and said so', async () => {
    const bytes = await bytesOf(await historyOf('79', 'edition=2025&format=csv'));
    const [header, first] = splitCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')).cells;
    expect(header.slice(0, 4)).toEqual(['Mã', 'Tỉnh, thành phố', 'Bản đồ', 'Ngày báo cáo']);
    expect(first.slice(0, 3)).toEqual(['79', 'Hồ Chí Minh', '2025']);
    const { read, outcome } = await check(bytes);
    expect(read.layout).toBe('wide');
    expect(outcome.problems).toEqual([]);
    expect(outcome.valid.length).toBeGreaterThan(100);
    expect(outcome.valid.every((v) => v.unit === '79' && v.edition === '2025' && v.date >= '2025-07-01')).toBe(true);
    expect(outcome.valid.every((v) => v.value === v.before)).toBe(true);
    expect(outcome.ignored.length).toBeGreaterThan(0);
    expect(outcome.ignored[0].message.vi).toMatch(/tổng các tỉnh trước sáp nhập/);
    const written = (await check(bytes, false)).outcome.written;
    expect(written).toMatchObject({ batchId: null, inserted: 0, corrected: 0 });
  });

  it('with one new row added (vi-VN numbers, dd/mm/yyyy), imports the new figures only', async () => {
    const bytes = await bytesOf(await historyOf('79', 'edition=2025&format=csv'));
    const [header, newest] = splitCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')).cells;
    const health = header.indexOf('Hồ sơ sổ sức khỏe điện tử');
    const last = Number(newest[health]);
    const cells = header.map((_, i) => (i === 0 ? '79' : i === 1 ? 'Hồ Chí Minh' : i === 2 ? '2025' : i === 3 ? '26/11/2026' : i === health ? `"${(last + 1000).toLocaleString('de-DE')}"` : ''));
    const edited = withRow(bytes, cells.join(','));
    const { outcome } = await check(edited, false);
    expect(outcome.problems).toEqual([]);
    expect(stored('2025', '79', 'health_book_records', TEST_TODAY)).toBe(last + 1000);
  });

  it('as XLSX (real date and number cells) imports back unchanged, in the 63-province edition too', async () => {
    const response = await historyOf('74', 'edition=2024&format=xlsx');
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    const bytes = await bytesOf(response);
    const book = read(bytes, { type: 'array', cellNF: true });
    const sheet = book.Sheets[book.SheetNames[0]];
    expect(sheet.D2.t).toBe('n'); // a date cell
    expect(sheet.D2.z).toBe('dd/mm/yyyy');
    const { outcome } = await check(bytes);
    expect(outcome.problems).toEqual([]);
    expect(outcome.ignored).toEqual([]);
    expect(outcome.valid.length).toBeGreaterThan(50);
    expect(outcome.valid.every((v) => v.unit === '74' && v.edition === '2024' && v.value === v.before)).toBe(true);
  });
});

describe('the league CSV', () => {
  it('imports back unchanged; computed columns (target, %, milestone, status) and the region are skipped and said so', async () => {
    const bytes = await bytesOf(await league(get('/api/v1/league?edition=2025&lang=vi')));
    const { read, outcome } = await check(bytes);
    expect(read.layout).toBe('wide');
    const skipped = read.ignoredColumns!.map((c) => c.header);
    expect(skipped).toEqual(expect.arrayContaining(['Vùng', 'Hồ sơ sổ sức khỏe điện tử — chỉ tiêu', 'Hồ sơ sổ sức khỏe điện tử — % chỉ tiêu', 'Hồ sơ sổ sức khỏe điện tử — trạng thái', 'Cấp Phiếu LLTP trên VNeID — mốc']));
    expect(read.ignoredColumns![1].message.vi).toMatch(/Cột tính ra/);
    expect(outcome.problems).toEqual([]);
    expect(outcome.valid.length).toBeGreaterThan(34 * 4);
    expect(outcome.valid.every((v) => v.value === v.before)).toBe(true);
  });

  it('in English, as XLSX, edited: one figure raised is written, on its own report date; a figure its communes make is refused', async () => {
    const bytes = await bytesOf(await league(get('/api/v1/league?edition=2025&lang=en&format=xlsx')));
    const book = read(bytes, { type: 'array', cellDates: true });
    const rows = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true });
    const header = rows[0] as string[];
    const edit = async (column: string, by: number) => {
      const copy = rows.map((r) => [...r]);
      const at = header.indexOf(`${column} — value`);
      const dateAt = header.indexOf(`${column} — report date`);
      const row01 = copy.find((r) => r[0] === '01')!;
      expect(row01[dateAt]).toBeInstanceOf(Date);
      row01[at] = (row01[at] as number) + by;
      const edited = utils.book_new();
      utils.book_append_sheet(edited, utils.aoa_to_sheet(copy, { cellDates: true }), 'League');
      return (await check(new Uint8Array(write(edited, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), false)).outcome;
    };
    const raised = await edit('Electronic health book records', 7);
    expect(raised.problems).toEqual([]);
    expect(raised.written).toMatchObject({ corrected: 1, inserted: 0 });
    // Hà Nội's parcels are its communes' sum since they report (issue 12): the same edit is refused.
    const parcels = await edit('Land parcels digitized', 7);
    expect(parcels.written).toBeNull();
    expect(parcels.problems).toContainEqual(expect.objectContaining({ field: 'row', message: expect.objectContaining({ en: expect.stringMatching(/^Province 01 has commune-level figures for land_parcels_digitized/) }) }));
  });
});

describe('a workbook as official forms are made', () => {
  it('skips a merged title row above the header, reads a sheet chosen by name, and refuses a sheet that is not there', async () => {
    const title = utils.aoa_to_sheet([
      ['BÁO CÁO TIẾN ĐỘ ĐỀ ÁN 06 — TỈNH THÁI NGUYÊN', '', '', ''],
      ['', '', '', ''],
      ['Tỉnh, thành phố', 'Ngày báo cáo', 'Sổ sức khỏe điện tử', 'Thửa đất số hóa'],
      ['Tỉnh Thái Nguyên', '26/11/2026', '1.234.567', ''],
    ]);
    title['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['Ghi chú'], ['không phải số liệu']]), 'Hướng dẫn');
    utils.book_append_sheet(book, title, 'Số liệu');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect((await readReportFile(bytes)).problems[0].message.vi).toMatch(/Không nhận ra dòng tiêu đề/);
    expect((await readReportFile(bytes, { sheet: 'Trang 3' })).problems[0].message.vi).toBe('Tệp không có trang tính "Trang 3": có "Hướng dẫn", "Số liệu".');
    const { read: understood, outcome } = await check(bytes, true, 'so lieu');
    expect(understood.rows).toEqual([{ row: 4, unit: 'Tỉnh Thái Nguyên', metric: 'health_book_records', date: '26/11/2026', value: '1.234.567', correction: '', column: 'Sổ sức khỏe điện tử' }]);
    expect(outcome.problems).toEqual([]);
    expect(outcome.valid).toMatchObject([{ unit: '19', edition: '2025', metric: 'health_book_records', date: '2026-11-26', value: 1234567 }]);
  });
});
