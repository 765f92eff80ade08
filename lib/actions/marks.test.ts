import { describe, expect, it } from 'vitest';
import { actionMarks, markKey } from './marks';

describe('actionMarks', () => {
  const open = [
    { edition: '2024' as const, unit: '74', province: '79', metric: 'health_book_records' as const },
    { edition: '2025' as const, unit: '38', province: '38', metric: null },
  ];
  it('marks the province on the 34-province map (74 → 79), the whole province on its name', () => {
    expect([...actionMarks(open, '2025')].sort()).toEqual([markKey('38', null), markKey('79', 'health_book_records')].sort());
    expect(markKey('38', null)).toBe('38:');
  });
  it('on the 63-province map marks the 2024 units actions were agreed for', () => {
    expect([...actionMarks(open, '2024')]).toEqual(['74:health_book_records']);
  });
});
