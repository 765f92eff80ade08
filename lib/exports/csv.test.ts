import { describe, expect, it } from 'vitest';
import { spreadsheetCell, toCsv } from './csv';
import { templateTable } from '../import/template';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes only what needs it', () => {
    expect(toCsv(['mã', 'tên'], [['79', 'Hồ Chí Minh'], ['77', 'Bà Rịa - Vũng Tàu, cũ'], ['x', 'say "hi"'], ['n', null]])).toBe(
      '\uFEFFmã,tên\r\n79,Hồ Chí Minh\r\n77,"Bà Rịa - Vũng Tàu, cũ"\r\nx,"say ""hi"""\r\nn,\r\n',
    );
  });

  it('writes numbers as plain digits, never with locale separators', () => {
    expect(toCsv(['v'], [[14800000], [0.654]])).toBe('\uFEFFv\r\n14800000\r\n0.654\r\n');
  });
});

describe('spreadsheet formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","bấm")', `'=HYPERLINK("http://evil.example","bấm")`],
    ['+1+cmd|x', "'+1+cmd|x"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('puts an apostrophe before the text %j', (text, cell) => {
    expect(spreadsheetCell(text)).toBe(cell);
  });

  it('leaves other text, and numbers (negative ones too), as they are', () => {
    expect(spreadsheetCell('Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(spreadsheetCell('a=b')).toBe('a=b');
    expect(spreadsheetCell(' =1')).toBe(' =1');
    expect(spreadsheetCell(-5)).toBe('-5');
    expect(spreadsheetCell(-0.5)).toBe('-0.5');
    expect(spreadsheetCell(null)).toBe('');
  });

  it('neutralises header and data cells of a file, then quotes as CSV needs', () => {
    expect(toCsv(['=1+1', 'v'], [['=HYPERLINK("x","y")', -3], ['\r-1', '@a,b']])).toBe(
      `\uFEFF'=1+1,v\r\n"'=HYPERLINK(""x"",""y"")",-3\r\n"'\r-1","'@a,b"\r\n`,
    );
  });

  it('writes the report template unchanged through the same function', () => {
    const { header, rows } = templateTable('long', null, true);
    expect(toCsv(header, rows as (string | number | null)[][])).toBe(
      '\uFEFFMã đơn vị,Tỉnh, thành phố,Chỉ tiêu,Ngày báo cáo,Giá trị,Lý do điều chỉnh\r\n79,Hồ Chí Minh,Hồ sơ sổ sức khỏe điện tử,25/11/2026,4639574,\r\n79,Hồ Chí Minh,Cấp Phiếu LLTP trên VNeID,25/11/2026,1,\r\n'.replace('Tỉnh, thành phố', '"Tỉnh, thành phố"'),
    );
  });
});
