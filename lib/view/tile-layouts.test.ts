import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import type { Edition } from '../editions';
import { layoutSize, TILE_ABBREVIATIONS, TILE_LAYOUTS, tileAbbreviation } from './tile-layouts';

/** The rows of a reference CSV as objects (these files hold no quoted fields). */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(process.cwd(), 'db/reference', file), 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => {
    const fields = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, fields[i]]));
  });
}

const PROVINCES: Record<Edition, Record<string, string>[]> = {
  '2024': readCsv('provinces-2024.csv'),
  '2025': readCsv('provinces-2025.csv'),
};

const EDITIONS: Edition[] = ['2024', '2025'];

const cell = (edition: Edition, code: string) => {
  const at = TILE_LAYOUTS[edition][code];
  if (!at) throw new Error(`no tile for ${code} in ${edition}`);
  return at;
};
const col = (edition: Edition, code: string) => cell(edition, code)[0];
const row = (edition: Edition, code: string) => cell(edition, code)[1];
const chebyshev = (a: readonly number[], b: readonly number[]) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));

describe.each(EDITIONS)('the %s tile layout', (edition) => {
  const codes = PROVINCES[edition].map((p) => p.code);
  const layout = TILE_LAYOUTS[edition];

  it('places every province of the reference list once, and nothing else', () => {
    expect(codes).toHaveLength(edition === '2024' ? 63 : 34);
    expect(Object.keys(layout).sort()).toEqual([...codes].sort());
  });

  it('gives no two provinces the same cell', () => {
    const cells = Object.values(layout).map(([c, r]) => `${c},${r}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('keeps every tile inside the grid, and the grid tight around them', () => {
    const { cols, rows } = layoutSize(edition);
    for (const [c, r] of Object.values(layout)) {
      expect(Number.isInteger(c) && Number.isInteger(r)).toBe(true);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThan(cols);
      expect(r).toBeLessThan(rows);
    }
    expect(Math.max(...Object.values(layout).map(([c]) => c))).toBe(cols - 1);
    expect(Math.max(...Object.values(layout).map(([, r]) => r))).toBe(rows - 1);
  });

  it('stays compact', () => {
    const { cols, rows } = layoutSize(edition);
    expect(cols).toBeLessThanOrEqual(edition === '2024' ? 12 : 8);
    expect(rows).toBeLessThanOrEqual(edition === '2024' ? 22 : 15);
  });

  it('labels every province with a unique abbreviation of at most 4 characters', () => {
    const labels = TILE_ABBREVIATIONS[edition];
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const label = labels[code];
      expect(label.length, `${code} ${label}`).toBeGreaterThan(0);
      expect([...label.normalize('NFC')].length, `${code} ${label}`).toBeLessThanOrEqual(4);
      expect(tileAbbreviation(edition, code)).toBe(label);
    }
    const folded = codes.map((code) => labels[code].toLocaleLowerCase('vi'));
    expect(new Set(folded).size).toBe(codes.length);
  });

  it('keeps the country upright: Hà Giang above Hồ Chí Minh, Cà Mau on the lowest row', () => {
    const north = edition === '2024' ? '02' : '08'; // Hà Giang joined Tuyên Quang in 2025
    expect(row(edition, north)).toBeLessThan(row(edition, '79'));
    expect(row(edition, north)).toBe(0);
    const lowest = Math.max(...Object.values(layout).map(([, r]) => r));
    expect(row(edition, '96')).toBe(lowest);
    // Cà Mau is at the bottom-left: nothing on its row lies west of it.
    for (const [code, [c, r]] of Object.entries(layout)) {
      if (r === lowest && code !== '96') expect(c).toBeGreaterThan(col(edition, '96'));
    }
  });

  it('puts the north-west, Hà Nội and Quảng Ninh where they belong', () => {
    // Điện Biên is the westernmost tile of all, Lai Châu on the top row west of Hà Nội.
    const west = Math.min(...Object.values(layout).map(([c]) => c));
    expect(col(edition, '11')).toBe(west);
    expect(row(edition, '12')).toBe(0);
    expect(col(edition, '12')).toBeLessThan(col(edition, '01'));
    // Quảng Ninh is east of Hà Nội and the easternmost tile of the north.
    expect(col(edition, '22')).toBeGreaterThan(col(edition, '01'));
    for (const [c, r] of Object.values(layout)) {
      if (r <= row(edition, '01')) expect(c).toBeLessThanOrEqual(col(edition, '22'));
    }
    // Hồ Chí Minh is south of Đà Nẵng, and north-east of Cần Thơ in the Mekong delta.
    expect(row(edition, '79')).toBeGreaterThan(row(edition, '48'));
    expect(col(edition, '79')).toBeGreaterThan(col(edition, '92'));
    expect(row(edition, '92')).toBeGreaterThan(row(edition, '79'));
  });
});

describe('the 63-province layout', () => {
  const e = '2024';

  it('keeps real neighbours next to each other (including diagonally)', () => {
    // A sample across the country; each pair shares a border. (Some cannot all be adjacent on a
    // square grid, e.g. Sơn La and Hoà Bình sit two cells apart; those are left out.)
    const neighbours: [string, string][] = [
      ['12', '11'], ['12', '10'], ['10', '02'], ['02', '04'], ['04', '06'], ['04', '20'], ['14', '11'],
      ['14', '25'], ['25', '26'], ['26', '01'], ['01', '27'], ['01', '35'], ['01', '17'], ['19', '06'],
      ['24', '20'], ['24', '22'], ['22', '31'], ['30', '31'], ['33', '34'], ['35', '37'], ['36', '34'],
      ['37', '38'], ['38', '40'], ['40', '42'], ['42', '44'], ['44', '45'], ['45', '46'], ['46', '48'],
      ['48', '49'], ['49', '62'], ['49', '51'], ['62', '51'], ['62', '64'], ['64', '52'], ['64', '66'],
      ['52', '54'], ['54', '66'], ['66', '56'], ['66', '67'], ['67', '68'], ['68', '58'], ['56', '58'],
      ['58', '60'], ['68', '60'], ['70', '67'], ['70', '74'], ['72', '74'], ['74', '79'], ['75', '60'],
      ['75', '77'], ['79', '77'], ['79', '80'], ['72', '80'], ['80', '87'], ['80', '82'], ['87', '89'],
      ['89', '91'], ['89', '92'], ['87', '86'], ['82', '83'], ['86', '92'], ['83', '84'], ['86', '94'],
      ['92', '93'], ['93', '91'], ['93', '94'], ['94', '95'], ['95', '96'], ['91', '96'],
    ];
    const far = neighbours.filter(([a, b]) => chebyshev(cell(e, a), cell(e, b)) > 1);
    expect(far).toEqual([]);
  });

  it('keeps each Central Highlands province west of the coast beside it', () => {
    for (const [highland, coast] of [['62', '51'], ['64', '52'], ['66', '54'], ['68', '56']]) {
      expect(row(e, highland)).toBe(row(e, coast));
      expect(col(e, highland)).toBeLessThan(col(e, coast));
    }
  });

  it('narrows along the central coast: from Hà Tĩnh to Quảng Nam, at most 2 tiles a row', () => {
    for (let r = row(e, '42'); r <= row(e, '49'); r++) {
      expect(Object.values(TILE_LAYOUTS[e]).filter(([, rr]) => rr === r).length).toBeLessThanOrEqual(2);
    }
  });
});

describe('the 34-province layout follows the 63-province one', () => {
  const old = layoutSize('2024');
  const now = layoutSize('2025');
  // The centre of a 2024 cell, in 2025 cell units (the two grids span the same country).
  const scaled = ([c, r]: readonly number[]) => [((c + 0.5) * now.cols) / old.cols - 0.5, ((r + 0.5) * now.rows) / old.rows - 0.5];

  it.each(PROVINCES['2025'].map((p) => [p.code, p.name_vi, p.predecessors] as const))(
    '%s %s sits where its predecessors were',
    (code, _name, predecessors) => {
      const cells = predecessors.split('|').map((p) => scaled(cell('2024', p)));
      const centroid = [0, 1].map((axis) => cells.reduce((sum, c) => sum + c[axis], 0) / cells.length);
      // Within 1.5 cells (Chebyshev) of its predecessors' centroid: tighter than "same region",
      // loose enough for the rounding a 6-column grid forces (the largest gap today is 1.13).
      expect(chebyshev(cell('2025', code), centroid)).toBeLessThanOrEqual(1.5);
    },
  );

  it('keeps the provinces whose names and codes did not change in the same order north to south', () => {
    const kept = PROVINCES['2025'].filter((p) => p.predecessors === p.code).map((p) => p.code);
    expect(kept.length).toBeGreaterThan(5);
    for (const a of kept) {
      for (const b of kept) {
        if (row('2024', a) < row('2024', b)) expect(row('2025', a)).toBeLessThanOrEqual(row('2025', b));
      }
    }
  });
});
