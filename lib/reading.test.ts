// Table-driven: every form of a count, a date, a province name and a metric name people write,
// accepted or refused with its reason (lib/format.ts readCount, lib/dates.ts readDate,
// lib/names.ts, lib/metrics.ts metricByName).
import { describe, expect, it } from 'vitest';
import { readDate } from './dates';
import { readCount } from './format';
import { metricByName, METRICS } from './metrics';
import { nameKey, unitNameKey } from './names';

describe('readCount', () => {
  it.each<[string | number, number]>([
    ['4639574', 4639574],
    ['4.639.574', 4639574],
    ['706.600', 706600],
    ['4 639 574', 4639574],
    ['4\u00a0639\u00a0574', 4639574],
    ['4\u202f639\u202f574', 4639574],
    ['  24.887 ', 24887],
    ['0', 0],
    ['999', 999],
    [4639574, 4639574],
    [0, 0],
  ])('accepts %j as %d', (input, value) => expect(readCount(input)).toEqual({ ok: true, value }));

  it.each<[string | number, RegExp]>([
    ['4,5', /số thập phân/],
    ['4.5', /số thập phân/],
    ['1.5', /số thập phân/],
    ['706.6', /số thập phân/],
    ['4,500', /số thập phân/],
    ['1.2345', /số thập phân/],
    [4.5, /số thập phân/],
    ['1.23.456', /cách nhóm chữ số không đúng/],
    ['1.234 567', /cách nhóm chữ số không đúng/],
    ['12.34.567', /cách nhóm chữ số không đúng/],
    ['1234.567', /cách nhóm chữ số không đúng/],
    ['45%', /phần trăm/],
    ['45 %', /phần trăm/],
    ['-5', /âm/],
    ['\u22125', /âm/],
    [-5, /âm/],
    ['abc', /không phải là số đếm/],
    ['1e5', /không phải là số đếm/],
    ['+5', /không phải là số đếm/],
    ['', /Thiếu giá trị/],
    ['99999999999999999999', /quá lớn/],
    [Number.NaN, /không phải là số/],
  ])('refuses %j with the reason', (input, reason) => {
    const reading = readCount(input);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message.vi).toMatch(reason);
      expect(reading.message.en.length).toBeGreaterThan(5);
    }
  });
});

describe('readDate', () => {
  it.each<[string | number, string]>([
    ['27/11/2024', '2024-11-27'],
    ['7/1/2025', '2025-01-07'],
    ['07/01/2025', '2025-01-07'],
    ['13.11.2024', '2024-11-13'],
    ['13-11-2024', '2024-11-13'],
    ['2024-11-13', '2024-11-13'],
    ['29/02/2024', '2024-02-29'],
    [45623, '2024-11-27'],
    ['45623', '2024-11-27'],
    [' 27/11/2024 ', '2024-11-27'],
  ])('accepts %j as %s', (input, date) => expect(readDate(input)).toEqual({ ok: true, date }));

  it.each<[string | number, RegExp]>([
    ['30/02/2025', /không có thật/],
    ['29/02/2025', /không có thật/],
    ['2025-02-30', /không có thật/],
    ['32/01/2025', /không có thật/],
    ['27/11/24', /năm phải đủ 4 chữ số/],
    ['1/7/25', /năm phải đủ 4 chữ số/],
    ['11/25/2024', /tháng\/ngày/],
    ['2/28/2025', /tháng\/ngày/],
    ['hôm qua', /không phải là ngày/],
    ['2024/11/13/1', /không phải là ngày/],
    [45623.5, /không phải là ngày/],
    [-3, /không phải là ngày/],
  ])('refuses %j with the reason', (input, reason) => {
    const reading = readDate(input);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message.vi).toMatch(reason);
  });
});

describe('names', () => {
  it.each([
    'Thái Nguyên', 'thái nguyên', 'THAI NGUYEN', 'Thai Nguyen', 'Tỉnh Thái Nguyên', 'tinh thai nguyen', 'Thái Nguyên'.normalize('NFD'), '  Thái   Nguyên ',
  ])('%j is Thái Nguyên', (text) => expect(unitNameKey(text)).toBe('thai nguyen'));

  it.each(['Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'tp.hồ chí minh', 'Thành phố Hồ Chí Minh', 'THÀNH PHỐ HỒ CHÍ MINH', 'Ho Chi Minh'])('%j is Hồ Chí Minh', (text) => expect(unitNameKey(text)).toBe('ho chi minh'));

  it('đ and Đ read as d; communes\' kinds are dropped too', () => {
    expect(unitNameKey('Đà Nẵng')).toBe('da nang');
    expect(unitNameKey('đà nẵng')).toBe('da nang');
    expect(unitNameKey('Xã Đông Hòa')).toBe('dong hoa');
    expect(unitNameKey('Phường Bến Thành')).toBe('ben thanh');
    expect(unitNameKey('Đặc khu Phú Quốc')).toBe('phu quoc');
    // A name that merely starts like a kind keeps it: "Tĩnh Gia" is not "Gia".
    expect(unitNameKey('Tinhgia')).toBe('tinhgia');
    expect(nameKey('Bà Rịa - Vũng Tàu')).toBe('ba ria vung tau');
  });
});

describe('metricByName', () => {
  it.each([
    ['health_book_records', 'health_book_records'],
    ['Sổ sức khỏe điện tử', 'health_book_records'],
    ['sổ sức khoẻ điện tử', 'health_book_records'], // the tone mark on the other vowel
    ['SO SUC KHOE DIEN TU', 'health_book_records'],
    ['Hồ sơ sổ sức khỏe điện tử', 'health_book_records'],
    ['Electronic health book records', 'health_book_records'],
    ['health book', 'health_book_records'],
    ['Thửa đất số hóa', 'land_parcels_digitized'],
    ['thua dat so hoa', 'land_parcels_digitized'],
    ['Xã số hóa đất đai', 'communes_digitized'],
    ['Cấp Phiếu LLTP trên VNeID'.normalize('NFD'), 'judicial_record_live'],
    ['health_records', null],
  ])('%j is %s', (text, key) => expect(metricByName(text)).toBe(key));

  it('no two metrics share a name', () => {
    const owner = new Map<string, string>();
    for (const m of METRICS) {
      for (const n of [m.key, m.nameVi, m.nameEn, m.shortVi, m.shortEn].map(nameKey)) {
        expect(owner.get(n) ?? m.key).toBe(m.key);
        owner.set(n, m.key);
      }
    }
  });
});
