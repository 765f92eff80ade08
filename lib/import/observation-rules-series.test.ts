// A figure between two reports: a running total may fall in neither direction, whether the
// neighbour is stored or another row of the same batch; lowering a stored figure of the same date
// (a milestone back to not reached too) is a correction. A reason allows each of them.
import { describe, expect, it } from 'vitest';
import { validateObservations, valueCeiling, type Neighbours, type RowInput, type ValidationContext } from './observation-rules';

// Province 79's stored health-book series: 4,600,000 on 18/11, 4,639,574 on 25/11; reached civil status on 20/11.
const STORED: Record<string, Record<string, number>> = {
  health_book_records: { '2026-11-18': 4_600_000, '2026-11-25': 4_639_574 },
  civil_status_digitized: { '2026-11-20': 1 },
  communes_digitized: { '2026-11-20': 100 },
};

function neighbours(metric: string, date: string): Neighbours {
  const series = Object.entries(STORED[metric] ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const before = series.filter(([d]) => d < date).at(-1);
  const after = series.find(([d]) => d > date);
  return {
    previous: before ? { date: before[0], value: before[1] } : null,
    same: STORED[metric]?.[date] ?? null,
    next: after ? { date: after[0], value: after[1] } : null,
  };
}

const context: ValidationContext = {
  today: '2026-11-26',
  units: { '2024': new Map(), '2025': new Map([['79', { districts: null, communes: 168 }]]) },
  successorOf: () => undefined,
  unitsByName: { '2024': new Map(), '2025': new Map() },
  unitName: () => '',
  scope: null,
  neighbours: (_e, _u, metric, date) => neighbours(metric, date),
};
const row = (row: number, date: string, value: number, correction = '', metric = 'health_book_records'): RowInput => ({ row, unit: '79', metric, date, value, correction });
const check = (...rows: RowInput[]) => validateObservations(rows, context);

describe('a running total between two reports', () => {
  it('is refused when a back-dated report is above the later stored one (9,000,000 on 20/11 before 4,639,574 on 25/11)', () => {
    const { valid, problems } = check(row(2, '2026-11-20', 9_000_000));
    expect(valid).toEqual([]);
    expect(problems).toEqual([{ row: 2, field: 'value', message: expect.objectContaining({ en: expect.stringMatching(/more than the later report of 2026-11-25 \(4639574\)/) }) }]);
  });

  it('is accepted between its neighbours, and with a correction reason outside them', () => {
    expect(check(row(2, '2026-11-20', 4_620_000)).problems).toEqual([]);
    expect(check(row(2, '2026-11-20', 9_000_000, 'Số 25/11 nhập thiếu')).problems).toEqual([]);
    expect(check(row(2, '2026-11-20', 4_000_000, 'Nhập nhầm')).problems).toEqual([]);
  });

  it('is refused below the earlier stored report, as before', () => {
    expect(check(row(2, '2026-11-20', 4_500_000)).problems.map((p) => p.message.en)).toEqual([expect.stringMatching(/less than the previous report of 2026-11-18 \(4600000\)/)]);
  });

  it('counts a row of the same batch as the later report, replacing the stored one of its date', () => {
    // The batch also raises 25/11 to 9,500,000: 9,000,000 on 20/11 then fits.
    expect(check(row(2, '2026-11-20', 9_000_000), row(3, '2026-11-25', 9_500_000)).problems).toEqual([]);
    // A batch row on 22/11 below the back-dated 9,000,000 is the one that falls.
    const { problems } = check(row(2, '2026-11-20', 9_000_000, '', 'health_book_records'), row(3, '2026-11-22', 4_610_000));
    expect(problems.map((p) => [p.row, p.message.en])).toEqual([
      [2, expect.stringMatching(/later report of 2026-11-25/)],
      [3, expect.stringMatching(/less than row 2 \(9000000\)/)],
    ]);
  });

  it('counts a row of the same batch as the earlier report, replacing the stored one of its date', () => {
    // 18/11 lowered with a reason to 4,400,000: 4,500,000 on 20/11 is no longer a fall.
    expect(check(row(2, '2026-11-18', 4_400_000, 'Nhập nhầm'), row(3, '2026-11-20', 4_500_000)).problems).toEqual([]);
  });
});

describe('a correction on the same date', () => {
  it('needs a reason to lower a stored value, of any kind', () => {
    expect(check(row(2, '2026-11-25', 4_639_000)).problems.map((p) => p.message.en)).toEqual([expect.stringMatching(/less than the 4639574 stored for 2026-11-25/)]);
    expect(check(row(2, '2026-11-20', 90, '', 'communes_digitized')).problems.map((p) => p.message.en)).toEqual([expect.stringMatching(/less than the 100 stored for 2026-11-20/)]);
    expect(check(row(2, '2026-11-25', 4_639_000, 'Trùng hồ sơ')).problems).toEqual([]);
    expect(check(row(2, '2026-11-25', 4_639_600)).problems).toEqual([]);
  });

  it('needs a reason to take a milestone from reached back to not reached', () => {
    const refused = check(row(2, '2026-11-20', 0, '', 'civil_status_digitized'));
    expect(refused.valid).toEqual([]);
    expect(refused.problems).toEqual([{ row: 2, field: 'value', message: expect.objectContaining({ vi: expect.stringMatching(/đã được ghi là đạt ngày 2026-11-20/) }) }]);
    expect(check(row(2, '2026-11-20', 0, 'Chưa nghiệm thu', 'civil_status_digitized')).problems).toEqual([]);
  });
});

describe('the ceiling of a value', () => {
  it('is the denominator of a share, 1 for a milestone, none for a running total', () => {
    const facts = { districts: 22, communes: 168 };
    expect(valueCeiling('communes_digitized', facts)).toBe(168);
    expect(valueCeiling('districts_digitized', facts)).toBe(22);
    expect(valueCeiling('civil_status_digitized', facts)).toBe(1);
    expect(valueCeiling('health_book_records', facts)).toBeNull();
  });
});
