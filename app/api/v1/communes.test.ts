// GET /api/v1/units/79/communes on a real seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from './units/[code]/communes/route';
import { getReport } from '@/db/report';
import { createTestStore, type TestStore } from '@/db/testing/test-store';

let store: TestStore;
beforeAll(() => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
});
afterAll(() => store.dispose());

const communes = (code: string, query = '') =>
  GET(new Request(`http://localhost/api/v1/units/${code}/communes${query}`), { params: Promise.resolve({ code }) });

describe('GET /api/v1/units/79/communes', () => {
  it('lists the 168 communes of 79 on the date, as many reached as the report counts', async () => {
    const response = await communes('79', '?date=2025-11-12');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.province).toBe('79');
    expect(body.date).toBe('2025-11-12');
    expect(body.communes).toHaveLength(168);
    const first = body.communes[0];
    expect(Object.keys(first)).toEqual(['code', 'name', 'kind', 'metrics']);
    expect(first.code).toMatch(/^\d{5}$/);
    expect(['ward', 'commune', 'special_zone']).toContain(first.kind);
    expect(first.metrics.land_parcels_digitized).toEqual({ value: expect.any(Number), reportDate: expect.stringMatching(/^2025-/) });
    const reached = body.communes.filter((c: { metrics: { land_data_digitized: { reached: boolean; date: string | null } } }) => {
      const m = c.metrics.land_data_digitized;
      expect(m.reached).toBe(m.date !== null);
      return m.reached;
    });
    const report = getReport(store, { date: '2025-11-12', edition: '2025' });
    expect(reached.length).toBe(report.units.find((u) => u.code === '79')!.metrics.communes_digitized!.value);
  });

  it.each([
    ['74', 'see 79'],
    ['00', 'not a province of the 2025 edition'],
  ])('refuses %s with 404 naming where it went', async (code, words) => {
    const response = await communes(code);
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toContain(words);
  });

  it.each(['?date=2025-02-30', '?date=12-11-2025'])('refuses a bad date %s with 400', async (query) => {
    const response = await communes('79', query);
    expect(response.status).toBe(400);
    expect((await response.json()).error.parameter).toBe('date');
  });

  it('hands out the same rows as CSV and XLSX', async () => {
    const csv = await communes('79', '?date=2025-11-12&format=csv&lang=en');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(169);
    expect(lines[0]).toContain('Land data digitized');
    const xlsx = await communes('79', '?date=2025-11-12&format=xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
