import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { dateCell, toXlsx, toXlsxBook } from './xlsx';

function sheetOf(bytes: Uint8Array, index = 0) {
  const book = read(bytes, { type: 'array', cellDates: false, cellFormula: true, cellNF: true });
  return { book, sheet: book.Sheets[book.SheetNames[index]] };
}

describe('toXlsx', () => {
  it('writes counts as numbers, dates as date cells and text as text', () => {
    const { sheet } = sheetOf(toXlsx(['Tỉnh', 'Ngày', 'Giá trị'], [['Hà Nội', dateCell('2024-11-13'), 706600]]));
    expect(sheet.A2).toMatchObject({ t: 's', v: 'Hà Nội' });
    expect(sheet.B2.t).toBe('n');
    expect(sheet.B2.v).toBe(45609); // 13/11/2024 as an Excel serial
    expect(sheet.B2.z).toBe('dd/mm/yyyy');
    expect(sheet.C2).toMatchObject({ t: 'n', v: 706600 });
  });

  it('never writes a formula: a text that starts like one is kept as text with an apostrophe', () => {
    const { sheet } = sheetOf(toXlsx(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)'], [-3]]));
    for (const ref of ['A2', 'A3', 'A4', 'A5', 'A6']) expect(sheet[ref].f).toBeUndefined();
    expect(sheet.A2.v).toBe(`'=HYPERLINK("http://evil")`);
    expect(sheet.A5.v).toBe(`'@SUM(A1)`);
    expect(sheet.A6).toMatchObject({ t: 'n', v: -3 });
  });

  it('leaves empty cells empty (no zero) and keeps the table rectangular', () => {
    const { sheet } = sheetOf(toXlsx(['a', 'b'], [[null, 1], ['', undefined]]));
    expect(sheet.A2).toBeUndefined();
    expect(sheet.B3).toBeUndefined();
    expect(utils.sheet_to_json(sheet, { header: 1, defval: null })).toEqual([['a', 'b'], [null, 1], [null, null]]);
  });

  it('names sheets as Excel allows, distinct', () => {
    const { book } = sheetOf(toXlsxBook([
      { name: 'Thành phố Hồ Chí Minh: số liệu [2025] rất dài quá mức', header: ['a'], rows: [] },
      { name: 'Thành phố Hồ Chí Minh: số liệu [2025] rất dài quá mức', header: ['a'], rows: [] },
    ]));
    expect(book.SheetNames).toHaveLength(2);
    for (const name of book.SheetNames) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(book.SheetNames).size).toBe(2);
  });
});
