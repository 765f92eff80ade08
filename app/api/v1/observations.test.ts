// POST /api/v1/observations: the permission matrix (each role and scope), forged and revoked
// tokens, validation errors, all-or-nothing and idempotence, on a real seeded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from './observations/route';
import { createTestStore, type TestStore } from '@/db/testing/test-store';
import { addUser, createApiToken, revokeApiToken, setDisabled } from '@/db/users';

let store: TestStore;
const tokens: Record<string, string> = {};
beforeAll(() => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
  addUser(store, { email: 'admin@c06.gov.vn', role: 'admin' });
  addUser(store, { email: 'hcm@c06.gov.vn', role: 'reporter', units: ['79'] });
  addUser(store, { email: 'viewer@c06.gov.vn', role: 'viewer' });
  addUser(store, { email: 'gone@c06.gov.vn', role: 'reporter', units: ['01'] });
  for (const email of ['admin@c06.gov.vn', 'hcm@c06.gov.vn', 'viewer@c06.gov.vn', 'gone@c06.gov.vn']) tokens[email] = createApiToken(store, email).token;
  setDisabled(store, 'gone@c06.gov.vn', true);
});
afterAll(() => store.dispose());

const count = () => store.sqlite.prepare(`SELECT COUNT(*) || ':' || SUM(value) FROM observations`).pluck().get();
const post = (token: string | null, body: unknown) =>
  POST(new Request('http://localhost/api/v1/observations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }));
const item = (unit: string, value: number, date = '2026-11-26', metric = 'health_book_records') => ({ unit, metric, date, value });
const hcmNow = () => store.sqlite.prepare(`SELECT value FROM observations o JOIN units u ON u.id = o.unit_id WHERE u.edition='2025' AND u.code='79' AND o.metric_id=1 ORDER BY report_date DESC LIMIT 1`).pluck().get() as number;

describe('the permission matrix', () => {
  it.each([
    ['no token', null, 401],
    ['a forged token', 'd06_forged', 401],
    ["a disabled user's token", 'gone@c06.gov.vn', 401],
    ['a viewer', 'viewer@c06.gov.vn', 403],
    ['a reporter for 79 writing 01', 'hcm@c06.gov.vn', 403],
  ])('%s: refused (%i) and nothing changes', async (_, who, status) => {
    const before = count();
    const token = who === null ? null : (tokens[who] ?? who);
    const response = await post(token, { observations: [item('01', 99_999_999)] });
    expect(response.status).toBe(status);
    expect(count()).toBe(before);
  });

  it('a reporter for 79 is refused for 01 even with an invalid value (scope before values)', async () => {
    const response = await post(tokens['hcm@c06.gov.vn'], { observations: [item('79', hcmNow() + 1), item('01', -5)] });
    expect(response.status).toBe(403);
    expect((await response.json()).error.indexes).toEqual([1]);
  });

  it('a reporter writes its own unit; an admin any unit', async () => {
    const own = await post(tokens['hcm@c06.gov.vn'], { observations: [item('79', hcmNow() + 10)] });
    expect(own.status).toBe(200);
    expect((await own.json()).written).toMatchObject({ inserted: 1 });
    const admin = await post(tokens['admin@c06.gov.vn'], { observations: [item('01', 99_999_999)] });
    expect(admin.status).toBe(200);
  });

  it('a revoked token is refused', async () => {
    const { id, token } = createApiToken(store, 'hcm@c06.gov.vn');
    revokeApiToken(store, id);
    expect((await post(token, { observations: [item('79', hcmNow() + 20)] })).status).toBe(401);
  });
});

describe('validation', () => {
  it('422 lists every invalid item by index and field, and writes nothing', async () => {
    const before = count();
    const response = await post(tokens['admin@c06.gov.vn'], {
      observations: [item('79', hcmNow() + 30), item('79', 1.5, '2026-11-26', 'land_parcels_digitized'), item('79', 5, '2030-01-01'), item('79', 1, '2026-11-26', 'nope')],
    });
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(errors.map((e: { index: number; field: string }) => [e.index, e.field])).toEqual([[1, 'value'], [2, 'date'], [3, 'metric']]);
    expect(errors[0].message).toBe('1.5 is a decimal: a whole count is needed.');
    expect(count()).toBe(before);
  });

  it('422 for a body that is not JSON, or not a list of observations', async () => {
    expect((await post(tokens['admin@c06.gov.vn'], 'not json')).status).toBe(422);
    expect((await post(tokens['admin@c06.gov.vn'], { observations: [] })).status).toBe(422);
    expect((await post(tokens['admin@c06.gov.vn'], { observations: [{ unit: '79' }] })).status).toBe(422);
  });

  it('422 lists the first 200 problems of a large batch and says how many more there were, of which fields', async () => {
    const before = count();
    const bad = Array.from({ length: 10_000 }, (_, i) => item('79', -1 - i, `2021-0${(i % 9) + 1}-01`));
    const response = await post(tokens['admin@c06.gov.vn'], { observations: bad });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text.length).toBeLessThan(100_000);
    const answer = JSON.parse(text);
    expect(answer.errors).toHaveLength(200);
    expect(answer.errors[0]).toMatchObject({ index: 0, field: 'date', message: '01/01/2021 is before Project 06 began (06/01/2022).' });
    expect(answer).toMatchObject({ truncated: true, more: { count: 19_800, byKind: { date: 9_900, value: 9_900 } } });
    // Malformed items, before any check of their values: capped the same way.
    const shapeless = await (await post(tokens['admin@c06.gov.vn'], { observations: Array.from({ length: 10_000 }, () => ({})) })).json();
    expect(shapeless.errors).toHaveLength(200);
    expect(shapeless).toMatchObject({ truncated: true, more: { count: 39_800 } });
    expect(count()).toBe(before);
  });

  it('422 for a correction reason over 500 characters', async () => {
    const response = await post(tokens['admin@c06.gov.vn'], { observations: [{ ...item('79', 1), correction: 'x'.repeat(3_000_000) }] });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ index: 0, field: 'correction', message: 'The correction reason is 3,000,000 characters long: at most 500 are allowed.' })]);
  });

  it('is idempotent: the same batch twice writes once', async () => {
    const batch = { observations: [item('79', hcmNow() + 40, '2026-11-26', 'health_book_records')] };
    const first = await (await post(tokens['admin@c06.gov.vn'], batch)).json();
    expect(first.written.corrected + first.written.inserted).toBe(1);
    const again = await (await post(tokens['admin@c06.gov.vn'], batch)).json();
    expect(again.written).toEqual({ batchId: null, inserted: 0, corrected: 0, unchanged: 1 });
  });
});

describe('a back-dated report', () => {
  const stored = (date: string) => store.sqlite.prepare(`SELECT value FROM observations o JOIN units u ON u.id = o.unit_id WHERE u.edition='2025' AND u.code='79' AND o.metric_id=1 AND report_date = ?`).pluck().get(date) as number | undefined;

  it('above the later report is refused (9,000,000 on 20/11 when 25/11 holds 4,639,574), and allowed with a reason', async () => {
    expect(stored('2026-11-25')).toBe(4_639_574);
    expect(stored('2026-11-20')).toBeUndefined();
    const before = count();
    const refused = await post(tokens['hcm@c06.gov.vn'], { observations: [item('79', 9_000_000, '2026-11-20')] });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([expect.objectContaining({ index: 0, field: 'value', message: expect.stringMatching(/more than the later report of 2026-11-25 \(4639574\)/) })]);
    expect(count()).toBe(before);
    const corrected = await post(tokens['hcm@c06.gov.vn'], { observations: [{ ...item('79', 9_000_000, '2026-11-20'), correction: 'Số ngày 25/11 sẽ được điều chỉnh' }] });
    expect(corrected.status).toBe(200);
    expect(stored('2026-11-20')).toBe(9_000_000);
  });

  it('taking a milestone back to not reached, or lowering a share, on the same date needs a reason', async () => {
    const on = (metric: string, date: string) => store.sqlite.prepare(`SELECT o.value FROM observations o JOIN units u ON u.id = o.unit_id JOIN metrics m ON m.id = o.metric_id WHERE u.edition='2025' AND u.code='79' AND m.key = ? AND report_date = ?`).pluck().get(metric, date) as number;
    expect(on('civil_status_digitized', '2026-11-18')).toBe(1);
    const share = on('communes_digitized', '2026-11-18');
    const before = count();
    const refused = await post(tokens['hcm@c06.gov.vn'], { observations: [item('79', 0, '2026-11-18', 'civil_status_digitized'), item('79', share - 1, '2026-11-18', 'communes_digitized')] });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors.map((e: { index: number; field: string }) => [e.index, e.field])).toEqual([[0, 'value'], [1, 'row'], [1, 'value']]); // a share built from communes is refused by their rule too
    expect(count()).toBe(before);
    const corrected = await post(tokens['hcm@c06.gov.vn'], { observations: [{ ...item('79', 0, '2026-11-18', 'civil_status_digitized'), correction: 'Chưa nghiệm thu' }] });
    expect(corrected.status).toBe(200);
    expect(on('civil_status_digitized', '2026-11-18')).toBe(0);
  });
});
