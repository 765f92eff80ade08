import { describe, expect, it } from 'vitest';
import { directProvinceFigureProblem, mayWrite } from './communes/rules';
import { communeMetricOf, directFigureRefused, provinceFromCommunes, provinceMetricOf } from './rollup';

const p = (date: string, value: number) => ({ date, value });

describe('a province figure built from its communes (provinceFromCommunes)', () => {
  it.each([
    {
      name: 'no commune figures: the direct reports stand',
      direct: [p('2025-07-01', 10), p('2025-07-09', 12)],
      communes: [],
      expected: [p('2025-07-01', 10), p('2025-07-09', 12)],
      from: null,
    },
    {
      name: 'continuity before the first commune figure, the roll-up from it on',
      direct: [p('2025-07-01', 10), p('2025-07-09', 12), p('2025-07-16', 99)],
      communes: [[p('2025-07-09', 5), p('2025-07-23', 6)], [p('2025-07-16', 7)]],
      expected: [p('2025-07-01', 10), p('2025-07-09', 5), p('2025-07-16', 12), p('2025-07-23', 13)],
      from: '2025-07-09',
    },
    {
      name: 'a commune reporting less often counts with its latest report',
      direct: [],
      communes: [[p('2025-08-06', 100)], [p('2025-08-06', 1), p('2025-08-13', 2), p('2025-08-20', 3)]],
      expected: [p('2025-08-06', 101), p('2025-08-13', 102), p('2025-08-20', 103)],
      from: '2025-08-06',
    },
    {
      name: 'milestones: the count of communes reached (0 or 1 each)',
      direct: [p('2025-07-01', 3)],
      communes: [[p('2025-07-01', 0), p('2025-09-10', 1)], [p('2025-07-01', 1)], [p('2025-07-01', 0)]],
      expected: [p('2025-07-01', 1), p('2025-09-10', 2)],
      from: '2025-07-01',
    },
  ])('$name', ({ direct, communes, expected, from }) => {
    const result = provinceFromCommunes(direct, communes);
    expect(result.points).toEqual(expected);
    expect(result.from).toBe(from);
  });
});

describe('a direct province figure once communes report', () => {
  it.each([
    [null, '2026-01-07', false],
    ['2025-09-10', '2025-09-03', false],
    ['2025-09-10', '2025-09-10', true],
    ['2025-09-10', '2026-01-07', true],
  ] as const)('first commune figure %s, direct figure on %s: refused %s', (first, date, refused) => {
    expect(directFigureRefused(first, date)).toBe(refused);
    const problem = directProvinceFigureProblem('79', 'communes_digitized', date, first);
    expect(problem !== null).toBe(refused);
    if (problem) expect(problem.en).toContain('sum of its communes');
  });

  it('pairs each commune metric with its province metric', () => {
    expect(provinceMetricOf('land_data_digitized')).toBe('communes_digitized');
    expect(provinceMetricOf('land_parcels_digitized')).toBe('land_parcels_digitized');
    expect(provinceMetricOf('health_book_records')).toBeNull();
    expect(communeMetricOf('communes_digitized')).toBe('land_data_digitized');
  });
});

describe('who may write a unit (mayWrite)', () => {
  const commune = { edition: '2025', level: 'commune', code: '25747', province: '79' } as const;
  const province = { edition: '2025', level: 'province', code: '79' } as const;
  it.each([
    ['an administrator (no scope)', null, commune, true],
    ['a province reporter, its commune', new Set(['2025:79']), commune, true],
    ['a province reporter, its province', new Set(['2025:79']), province, true],
    ['another province reporter, the commune', new Set(['2025:01']), commune, false],
    ['the commune reporter, its commune', new Set(['2025:25747']), commune, true],
    ['the commune reporter, its province', new Set(['2025:25747']), province, false],
    ['the commune reporter, another commune', new Set(['2025:25747']), { ...commune, code: '25750' }, false],
    ['a 2024 reporter of 74, a 2025 commune of 79', new Set(['2024:74']), commune, false],
  ] as const)('%s: %s', (_, scope, unit, allowed) => {
    expect(mayWrite(scope, unit)).toBe(allowed);
  });
});
