import { afterAll, describe, expect, it } from 'vitest';
import { createTestStore } from './testing/test-store';
import { getUnitInfo } from './units';
import { unitRegions } from './view';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

describe('unitRegions', () => {
  it.each(['2024', '2025'] as const)('gives every %s province the region its own page shows (a merged one: its most populous predecessor)', (edition) => {
    const regions = unitRegions(store, edition);
    expect(regions.length).toBe(edition === '2024' ? 63 : 34);
    for (const { code, region } of regions) expect(region, code).toBe(getUnitInfo(store, edition, code)!.region);
    expect(regions.every((r) => r.region !== null)).toBe(true);
  });
});
