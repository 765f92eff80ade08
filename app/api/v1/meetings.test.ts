// /api/v1/meetings on a real seeded store: the list and one meeting (reading as every read),
// and creating one: the permission matrix (before the values), every refusal with nothing
// written, and 201 with the meeting as the list then shows it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as one } from './meetings/[id]/route';
import { GET as list, POST } from './meetings/route';
import { listGroups } from '@/db/meetings/groups';
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
  addUser(store, { email: 'gone@c06.gov.vn', role: 'admin' });
  for (const email of ['admin@c06.gov.vn', 'hcm@c06.gov.vn', 'viewer@c06.gov.vn', 'gone@c06.gov.vn']) tokens[email] = createApiToken(store, email).token;
  setDisabled(store, 'gone@c06.gov.vn', true);
});
afterAll(() => store.dispose());
afterEach(() => {
  delete process.env.READ_REQUIRES_LOGIN;
});

const written = () => store.sqlite.prepare(`SELECT (SELECT COUNT(*) FROM meetings) || '/' || (SELECT COUNT(*) FROM meeting_units) || '/' || (SELECT COUNT(*) FROM change_audit)`).pluck().get();
const post = (token: string | null, body: unknown) =>
  POST(new Request('http://localhost/api/v1/meetings', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }));
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const getOne = (id: string, headers: Record<string, string> = {}) => one(get(`/api/v1/meetings/${id}`, headers), { params: Promise.resolve({ id }) });
const good = { title: 'Giao ban Đề án 06: ba tỉnh', date: '2025-09-24', place: 'Hà Nội', units: ['79', '01', '38'] };

describe('GET /api/v1/meetings', () => {
  it('lists the meetings, newest first: the illustrative one, then the conference of 14/11/2024', async () => {
    const response = list(get('/api/v1/meetings'));
    expect(response.status).toBe(200);
    const { meetings } = await response.json();
    expect(meetings).toHaveLength(2);
    expect(meetings[1]).toEqual({
      id: meetings[1].id, slug: 'hoi-nghi-14-11-2024', title: 'Hội nghị Đề án 06 với 12 địa phương', date: '2024-11-14', place: 'TP Hồ Chí Minh',
      edition: '2024', units: ['19', '25', '34', '36', '38', '49', '58', '70', '74', '75', '79', '91'], baselineDate: '2024-10-03', baselineFrom: 'default', illustrative: false,
    });
    expect(meetings[0]).toMatchObject({ date: '2024-12-26', illustrative: true, baselineDate: '2024-11-14', baselineFrom: 'previous-meeting' });
    const single = await getOne(String(meetings[1].id));
    expect(single.status).toBe(200);
    expect((await single.json()).meeting).toEqual(meetings[1]);
  });

  it('answers 404 for an unknown meeting and 400 for an id that is not one', async () => {
    expect((await getOne('999999')).status).toBe(404);
    expect((await getOne('no-such-meeting')).status).toBe(404);
    const bySlug = await getOne('hoi-nghi-14-11-2024');
    expect(bySlug.status).toBe(200);
    expect((await bySlug.json()).meeting.units).toHaveLength(12);
    const bad = await getOne('ABC');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ parameter: 'id', message: 'id must be a meeting id or slug' });
  });

  it('needs a session or a token when READ_REQUIRES_LOGIN=true', async () => {
    process.env.READ_REQUIRES_LOGIN = 'true';
    expect(list(get('/api/v1/meetings')).status).toBe(401);
    expect((await getOne('1')).status).toBe(401);
    expect(list(get('/api/v1/meetings', { authorization: `Bearer ${tokens['viewer@c06.gov.vn']}` })).status).toBe(200);
    expect((await getOne('1', { authorization: `Bearer ${tokens['viewer@c06.gov.vn']}` })).status).toBe(200);
  });
});

describe('POST /api/v1/meetings: who may', () => {
  it.each([
    ['no token', null, 401],
    ['a forged token', 'd06_forged', 401],
    ["a disabled administrator's token", 'gone@c06.gov.vn', 401],
    ['a viewer', 'viewer@c06.gov.vn', 403],
    ['a reporter, even for its own province', 'hcm@c06.gov.vn', 403],
  ])('%s: refused (%i), before the values are read, and nothing is written', async (_, who, status) => {
    const before = written();
    const token = who === null ? null : (tokens[who] ?? who);
    // A valid meeting and an invalid one get the same answer: permissions come first.
    for (const body of [{ ...good, units: ['79'] }, { title: '', units: 'x' }, 'not json']) {
      const response = await post(token, body);
      expect(response.status).toBe(status);
    }
    expect(written()).toBe(before);
  });

  it('a revoked token is refused', async () => {
    const { id, token } = createApiToken(store, 'admin@c06.gov.vn');
    revokeApiToken(store, id);
    const before = written();
    expect((await post(token, good)).status).toBe(401);
    expect(written()).toBe(before);
  });
});

describe('POST /api/v1/meetings: what it accepts', () => {
  it.each<[string, unknown, { field: string; message: RegExp }[]]>([
    ['a body that is not JSON', '{"title":', [{ field: 'body', message: /not JSON/ }]],
    ['a list instead of an object', [good], [{ field: 'body', message: /JSON object/ }]],
    ['a field it does not know', { ...good, baseline: '2025-01-01' }, [{ field: 'baseline', message: /unknown field/ }]],
    ['no title', { ...good, title: undefined }, [{ field: 'title', message: /^The title is missing\.$/ }]],
    ['a title over 200 characters', { ...good, title: 't'.repeat(201) }, [{ field: 'title', message: /at most 200/ }]],
    ['a date that does not exist', { ...good, date: '2025-02-29' }, [{ field: 'date', message: /not a calendar date/ }]],
    ['a date before the programme', { ...good, date: '2021-01-01' }, [{ field: 'date', message: /before Project 06 began/ }]],
    ['no units', { ...good, units: [] }, [{ field: 'units', message: /No province chosen/ }]],
    ['an unknown unit and a 2024 code after the merger', { ...good, units: ['79', '00', '74'] }, [{ field: 'units', message: /Unknown province code "00"/ }, { field: 'units', message: /Code 74 is not in force.*use 79/ }]],
    ['a baseline after the date', { ...good, baselineDate: '2025-10-01' }, [{ field: 'baselineDate', message: /must be before the meeting's date 24\/09\/2025/ }]],
  ])('422 for %s, naming the field, and nothing is written', async (_, body, errors) => {
    const before = written();
    const response = await post(tokens['admin@c06.gov.vn'], body);
    expect(response.status).toBe(422);
    const answer = await response.json();
    expect(answer.errors).toHaveLength(errors.length);
    answer.errors.forEach((e: { field: string; message: string; messageVi: string }, i: number) => {
      expect(e.field).toBe(errors[i].field);
      expect(e.message).toMatch(errors[i].message);
      expect(e.messageVi.length).toBeGreaterThan(0);
    });
    expect(written()).toBe(before);
  });

  it('413 for a body over 64 KB, nothing written', async () => {
    const before = written();
    expect((await post(tokens['admin@c06.gov.vn'], { ...good, place: 'x'.repeat(70_000) })).status).toBe(413);
    expect(written()).toBe(before);
  });

  it('201 for an administrator: the meeting, then in the list, the groups and the deck', async () => {
    const response = await post(tokens['admin@c06.gov.vn'], good);
    expect(response.status).toBe(201);
    const { meeting } = await response.json();
    expect(meeting).toMatchObject({
      title: 'Giao ban Đề án 06: ba tỉnh', date: '2025-09-24', place: 'Hà Nội', edition: '2025', units: ['01', '38', '79'],
      baselineDate: '2024-12-26', baselineFrom: 'previous-meeting', illustrative: false,
    });
    expect(response.headers.get('location')).toBe(`/api/v1/meetings/${meeting.id}`);
    const { meetings } = await list(get('/api/v1/meetings')).json();
    expect(meetings[0]).toEqual(meeting);
    expect(listGroups(store, '2025').find((g) => g.id === meeting.id)?.codes).toEqual(['01', '38', '79']);
    // On the 2024 map: the provinces these three were made of.
    expect(listGroups(store, '2024').find((g) => g.id === meeting.id)?.codes).toEqual(expect.arrayContaining(['01', '38', '74', '77', '79']));
  });
});
