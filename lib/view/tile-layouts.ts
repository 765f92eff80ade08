// Tile-grid maps of Vietnam: one equal square per province, placed so that the grid keeps the
// country's S-shape (the wide north, the narrow central coast with the Central Highlands just
// west of it, the wider south-east and Mekong delta) and each province sits next to, or close
// to, its real neighbours. The 34-province grid follows the 63-province one: each new province
// sits where its predecessors were, scaled to the smaller grid (lib/view/tile-layouts.test.ts checks
// this). Pure data; the pictures below are the source of truth, one two-digit code per cell.
import type { Edition } from '../editions';

// 63 provinces (until 30/6/2025): 8 columns × 20 rows.
const PICTURE_2024 = `
  .. 12 10 02 04 .. .. ..
  11 14 15 08 06 20 .. ..
  .. .. 25 26 19 24 22 ..
  .. .. 17 01 27 30 31 ..
  .. .. 38 35 33 34 .. ..
  .. .. 40 37 36 .. .. ..
  .. .. .. 42 .. .. .. ..
  .. .. .. .. 44 .. .. ..
  .. .. .. .. 45 .. .. ..
  .. .. .. .. .. 46 48 ..
  .. .. .. .. .. .. 49 ..
  .. .. .. .. .. .. 62 51
  .. .. .. .. .. .. 64 52
  .. .. .. .. .. .. 66 54
  .. .. .. .. 70 67 68 56
  .. .. .. 72 74 75 60 58
  .. .. 87 80 79 77 .. ..
  .. 89 92 86 82 83 .. ..
  .. 91 93 94 84 .. .. ..
  .. 96 95 .. .. .. .. ..
`;

// 34 provinces (since 1/7/2025): 6 columns × 14 rows.
const PICTURE_2025 = `
  .. 12 15 08 04 ..
  11 14 25 19 20 22
  .. 38 01 24 31 ..
  .. 40 37 33 .. ..
  .. .. 42 .. .. ..
  .. .. .. 44 .. ..
  .. .. .. 46 48 ..
  .. .. .. .. 51 ..
  .. .. .. .. 52 ..
  .. .. .. .. 66 56
  .. .. 80 75 68 ..
  .. .. 82 79 .. ..
  .. 91 92 86 .. ..
  .. 96 .. .. .. ..
`;

type Cell = readonly [col: number, row: number];

interface Parsed {
  layout: Record<string, Cell>;
  size: { cols: number; rows: number };
}

function parse(picture: string): Parsed {
  const lines = picture.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const layout: Record<string, Cell> = {};
  let cols = 0;
  lines.forEach((line, row) => {
    const cells = line.split(/\s+/);
    cols = Math.max(cols, cells.length);
    cells.forEach((cell, col) => {
      if (cell !== '..') layout[cell] = [col, row];
    });
  });
  return { layout, size: { cols, rows: lines.length } };
}

const PARSED: Record<Edition, Parsed> = { '2024': parse(PICTURE_2024), '2025': parse(PICTURE_2025) };

/** Zero-based [column, row] of each province's tile, keyed by its two-digit code. */
export const TILE_LAYOUTS: Record<Edition, Record<string, Cell>> = {
  '2024': PARSED['2024'].layout,
  '2025': PARSED['2025'].layout,
};

/** The grid each layout needs. */
export function layoutSize(edition: Edition): { cols: number; rows: number } {
  return { ...PARSED[edition].size };
}

/**
 * Short tile labels (at most 4 characters, unique within an edition), per edition: some codes
 * name different provinces in the two editions (15 is Yên Bái, then Lào Cai; 24 Bắc Giang, then
 * Bắc Ninh; 44 Quảng Bình, then Quảng Trị; 52 Bình Định, then Gia Lai; 80 Long An, then Tây
 * Ninh; 82 Tiền Giang, then Đồng Tháp; 91 Kiên Giang, then An Giang), so one label per code
 * cannot serve both. A province that keeps its name keeps its label.
 */
export const TILE_ABBREVIATIONS: Record<Edition, Record<string, string>> = {
  '2024': {
    '01': 'HN', // Hà Nội
    '02': 'HG', // Hà Giang
    '04': 'CB', // Cao Bằng
    '06': 'BK', // Bắc Kạn
    '08': 'TQ', // Tuyên Quang
    '10': 'LCa', // Lào Cai
    '11': 'ĐB', // Điện Biên
    '12': 'LCh', // Lai Châu
    '14': 'SL', // Sơn La
    '15': 'YB', // Yên Bái
    '17': 'HB', // Hoà Bình
    '19': 'TNg', // Thái Nguyên
    '20': 'LS', // Lạng Sơn
    '22': 'QNi', // Quảng Ninh
    '24': 'BG', // Bắc Giang
    '25': 'PT', // Phú Thọ
    '26': 'VP', // Vĩnh Phúc
    '27': 'BN', // Bắc Ninh
    '30': 'HD', // Hải Dương
    '31': 'HP', // Hải Phòng
    '33': 'HY', // Hưng Yên
    '34': 'TB', // Thái Bình
    '35': 'HNa', // Hà Nam
    '36': 'NĐ', // Nam Định
    '37': 'NB', // Ninh Bình
    '38': 'TH', // Thanh Hóa
    '40': 'NA', // Nghệ An
    '42': 'HT', // Hà Tĩnh
    '44': 'QB', // Quảng Bình
    '45': 'QT', // Quảng Trị
    '46': 'Huế', // Thừa Thiên Huế
    '48': 'ĐNg', // Đà Nẵng
    '49': 'QNa', // Quảng Nam
    '51': 'QNg', // Quảng Ngãi
    '52': 'BĐ', // Bình Định
    '54': 'PY', // Phú Yên
    '56': 'KH', // Khánh Hòa
    '58': 'NT', // Ninh Thuận
    '60': 'BTh', // Bình Thuận
    '62': 'KT', // Kon Tum
    '64': 'GL', // Gia Lai
    '66': 'ĐL', // Đắk Lắk
    '67': 'ĐNô', // Đắk Nông
    '68': 'LĐ', // Lâm Đồng
    '70': 'BP', // Bình Phước
    '72': 'TNi', // Tây Ninh
    '74': 'BD', // Bình Dương
    '75': 'ĐNa', // Đồng Nai
    '77': 'BRVT', // Bà Rịa - Vũng Tàu
    '79': 'HCM', // Hồ Chí Minh
    '80': 'LA', // Long An
    '82': 'TG', // Tiền Giang
    '83': 'BTr', // Bến Tre
    '84': 'TV', // Trà Vinh
    '86': 'VL', // Vĩnh Long
    '87': 'ĐT', // Đồng Tháp
    '89': 'AG', // An Giang
    '91': 'KG', // Kiên Giang
    '92': 'CT', // Cần Thơ
    '93': 'HậuG', // Hậu Giang
    '94': 'ST', // Sóc Trăng
    '95': 'BL', // Bạc Liêu
    '96': 'CM', // Cà Mau
  },
  '2025': {
    '01': 'HN', // Hà Nội
    '04': 'CB', // Cao Bằng
    '08': 'TQ', // Tuyên Quang
    '11': 'ĐB', // Điện Biên
    '12': 'LCh', // Lai Châu
    '14': 'SL', // Sơn La
    '15': 'LCa', // Lào Cai
    '19': 'TNg', // Thái Nguyên
    '20': 'LS', // Lạng Sơn
    '22': 'QNi', // Quảng Ninh
    '24': 'BN', // Bắc Ninh
    '25': 'PT', // Phú Thọ
    '31': 'HP', // Hải Phòng
    '33': 'HY', // Hưng Yên
    '37': 'NB', // Ninh Bình
    '38': 'TH', // Thanh Hóa
    '40': 'NA', // Nghệ An
    '42': 'HT', // Hà Tĩnh
    '44': 'QT', // Quảng Trị
    '46': 'Huế', // Huế
    '48': 'ĐNg', // Đà Nẵng
    '51': 'QNg', // Quảng Ngãi
    '52': 'GL', // Gia Lai
    '56': 'KH', // Khánh Hòa
    '66': 'ĐL', // Đắk Lắk
    '68': 'LĐ', // Lâm Đồng
    '75': 'ĐNa', // Đồng Nai
    '79': 'HCM', // Hồ Chí Minh
    '80': 'TNi', // Tây Ninh
    '82': 'ĐT', // Đồng Tháp
    '86': 'VL', // Vĩnh Long
    '91': 'AG', // An Giang
    '92': 'CT', // Cần Thơ
    '96': 'CM', // Cà Mau
  },
};

/** A province's tile label; its code when the edition has no label for it. */
export function tileAbbreviation(edition: Edition, code: string): string {
  return TILE_ABBREVIATIONS[edition][code] ?? code;
}
