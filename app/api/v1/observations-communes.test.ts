// POST /api/v1/observations for communes (issue 12): the scope matrix, 403 before any value is
// checked, and nothing written on a refusal; a commune reporter added as `--unit 26740`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from './observations/route';
import { createTestStore, TEST_TODAY, type TestStore } from '@/db/testing/test-store';
import { addUser, createApiToken } from '@/db/users';

let store: TestStore;
const tokens: Record<string, string> = {};
beforeAll(() => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
  addUser(store, { email: 'hcm@c06.gov.vn', role: 'reporter', units: ['79'] });
  addUser(store, { email: 'saigon@c06.gov.vn', role: 'reporter', units: ['26740'] });
  addUser(store, { email: 'hanoi@c06.gov.vn', role: 'reporter', units: ['01'] });
  for (const email of ['hcm@c06.gov.vn', 'saigon@c06.gov.vn', 'hanoi@c06.gov.vn']) tokens[email] = createApiToken(store, email).token;
});
afterAll(() => store.dispose());

const count = () => store.sqlite.prepare(`SELECT COUNT(*) || ':' || SUM(value) FROM observations`).pluck().get();
const post = (email: string, observations: unknown[]) =>
  POST(new Request('http://localhost/api/v1/observations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[email]}` },
    body: JSON.stringify({ observations }),
  }));
const item = (unit: string, value: unknown, province?: string) => ({ unit, ...(province ? { province } : {}), metric: 'land_data_digitized', date: TEST_TODAY, value });

describe('commune rows through the API', () => {
  it.each([
    ['the province reporter, its commune by code', 'hcm@c06.gov.vn', item('26740', 1), 200],
    ['the commune reporter, its own commune by name', 'saigon@c06.gov.vn', item('Phường Sài Gòn', 1, 'Hồ Chí Minh'), 200],
    ['the commune reporter, a neighbour commune', 'saigon@c06.gov.vn', item('26743', 'not a number'), 403],
    ['the commune reporter, its province', 'saigon@c06.gov.vn', { ...item('79', 'x'), metric: 'health_book_records' }, 403],
    ["another province's reporter", 'hanoi@c06.gov.vn', item('sai gon', 'x', '79'), 403],
  ])('%s: %i', async (_, who, observation, status) => {
    const before = count();
    const response = await post(who, [observation]);
    expect(response.status).toBe(status);
    if (status === 403) {
      expect((await response.json()).error.indexes).toEqual([0]);
      expect(count()).toBe(before);
    }
  });

  it('refuses a commune row before 1/7/2025 with its reason (422), writing nothing', async () => {
    const before = count();
    const response = await post('hcm@c06.gov.vn', [{ ...item('26740', 5), metric: 'land_parcels_digitized', date: '2025-06-30' }]);
    expect(response.status).toBe(422);
    expect((await response.json()).errors[0]).toMatchObject({ index: 0, field: 'unit', message: expect.stringMatching(/is a unit from 01\/07\/2025/) });
    expect(count()).toBe(before);
  });
});
