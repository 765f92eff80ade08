import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

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
