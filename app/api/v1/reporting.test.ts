// GET /api/v1/reporting on the illustrative store (seeded on 26/11/2026, 07:00 in Hanoi), checked
// against the store's raw rows: a missing province has no figure of its own that week, a late
// one's first batch came after the deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as reporting } from './reporting/route';
import { createTestStore, type TestStore } from '@/db/testing/test-store';

let store: TestStore;
beforeAll(() => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
});
afterAll(() => store.dispose());

const get = (query: string) => reporting(new Request(`http://localhost/api/v1/reporting${query}`));
const body = async (query: string) => {
  const response = get(query);
  expect(response.status).toBe(200);
  return response.json();
};

/** The first receipt of a province's own figures dated inside 16-22/11/2026, straight from the tables. */
const firstReceipt = (code: string) => store.sqlite.prepare(
  `SELECT MIN(b.created_at) FROM observations o JOIN units u ON u.id = o.unit_id JOIN metrics m ON m.id = o.metric_id
   JOIN batches b ON b.id = COALESCE(o.first_batch_id, o.batch_id)
   WHERE u.edition = '2025' AND u.level = 'province' AND u.code = ? AND m.key = 'health_book_records' AND o.report_date BETWEEN '2026-11-16' AND '2026-11-22'`,
).pluck().get(code) as string | null;

describe('GET /api/v1/reporting', () => {
  it('the latest complete week has a province missing and one late, counted over the 34', async () => {
    const b = await body('?week=2026-W47&metric=health_book_records');
    expect(b).toMatchObject({ week: '2026-W47', from: '2026-11-16', to: '2026-11-22', edition: '2025', deadline: '2026-11-23T05:00:00.000Z' });
    expect(b.expected).toBe(34);
    expect(b.onTime + b.late + b.missing.length).toBe(34);
    expect(b.missing.length).toBeGreaterThanOrEqual(1);
    expect(b.late).toBeGreaterThanOrEqual(1);
    expect(b.rates.received).toEqual({ numerator: b.received, denominator: 34, ratio: b.received / 34 });
    for (const m of b.missing) {
      expect(firstReceipt(m.code)).toBeNull();
      expect(m.lastReport < '2026-11-16').toBe(true);
      expect(m.daysOverdue).toBeGreaterThan(0);
    }
    for (const u of b.units) {
      const at = firstReceipt(u.code);
      expect(u.state).toBe(at === null ? 'missing' : at <= b.deadline ? 'onTime' : 'late');
    }
  });

  it('CSV: one row per expected province, the same states', async () => {
    const b = await body('?week=2026-W47');
    const response = get('?week=2026-W47&format=csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(35);
    const states = Object.fromEntries(lines.slice(1).map((l) => l.split(',')).map((c) => [c[1], c[3]]));
    for (const u of b.units) expect(states[u.code]).toBe(u.state);
  });

  it('a commune-level metric: provinces through their communes, 3,321 communes', async () => {
    const b = await body('?week=2026-W47&metric=land_parcels_digitized');
    expect(b.communes.expected).toBe(3321);
    expect(b.communes.received).toBeLessThan(3321);
    const incomplete = b.units.filter((u: { communes: { received: number; expected: number } }) => u.communes.received < u.communes.expected);
    expect(incomplete.length).toBeGreaterThanOrEqual(1);
    const one = await body(`?week=2026-W47&metric=land_parcels_digitized&unit=${incomplete[0].code}`);
    expect(one.unit.state).toBe('missing');
    expect(one.communes.missing).toHaveLength(one.communes.expected - one.communes.received);
  });

  it.each([
    ['?week=2026-W99', 'week'],
    ['?week=2026-48', 'week'],
    ['?week=2030-W01', 'week'],
    ['?week=2026-W47&metric=everything', 'metric'],
    ['?week=2026-W47&unit=74', 'unit'],
    ['?week=2026-W47&unit=7', 'unit'],
    ['?week=2026-W47&format=pdf', 'format'],
  ])('%s is refused naming %s', async (query, parameter) => {
    const response = get(query);
    expect(response.status).toBe(400);
    expect((await response.json()).error.parameter).toBe(parameter);
  });

  it('the 63-province map in a week before the merger', async () => {
    const b = await body('?week=2024-W46&metric=health_book_records');
    expect(b).toMatchObject({ edition: '2024', expected: 63, received: 63, onTime: 63 });
  });
});
