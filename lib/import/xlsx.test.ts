import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { isXlsx, readReportXlsx } from './xlsx';

function workbook(rows: unknown[][]): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows, { cellDates: true }), 'Báo cáo');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readReportXlsx', () => {
  it('reads the first sheet in the template layout, Excel dates included', async () => {
    const bytes = workbook([
      ['Mã đơn vị', 'Chỉ tiêu', 'Ngày báo cáo', 'Giá trị', 'Lý do điều chỉnh'],
      ['79', 'health_book_records', new Date(Date.UTC(2026, 10, 25)), 4639574, ''],
    ]);
    expect(isXlsx(bytes)).toBe(true);
    expect(await readReportXlsx(bytes)).toEqual({
      rows: [{ row: 2, unit: '79', metric: 'health_book_records', date: '2026-11-25', value: 4639574, correction: '' }],
      problems: [],
      more: null,
      layout: 'long',
      ignoredColumns: [],
    });
  });

  it('names a missing column and refuses a damaged workbook', async () => {
    expect((await readReportXlsx(workbook([['Mã đơn vị', 'Chỉ tiêu'], ['79', 'x']]))).problems[0].message.vi).toMatch(/Thiếu cột "Ngày báo cáo", "Giá trị"/);
    const damaged = workbook([['a'], ['b']]).slice(0, 200);
    expect((await readReportXlsx(damaged)).problems[0].message.vi).toMatch(/Không đọc được tệp bảng tính/);
  });

  it('reads a row whose last cells are empty as empty cells, not a short row', async () => {
    const read = await readReportXlsx(workbook([['Mã đơn vị', 'Chỉ tiêu', 'Ngày báo cáo', 'Giá trị'], ['79', 'health_book_records', '2026-11-25']]));
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([{ row: 2, unit: '79', metric: 'health_book_records', date: '2026-11-25', value: '', correction: '' }]);
  });
});
