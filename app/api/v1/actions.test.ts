// /api/v1/actions on a real seeded store: the permission matrix (no token, viewer, reporter of
// the unit, reporter of another unit, administrator) x (GET, POST, PATCH status, PATCH note,
// PATCH other fields), every refusal with the store's files byte-for-byte unchanged, the
// filters, and the CSV and XLSX downloads.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as getOne, PATCH } from './actions/[id]/route';
import { GET as list, POST } from './actions/route';
import { read } from '@e965/xlsx';
import { listActions } from '@/db/actions/actions';
import { findMeetingBySlug } from '@/db/meetings/meetings';
import { createTestStore, storeFingerprint, type TestStore } from '@/db/testing/test-store';
import { addUser, createApiToken } from '@/db/users';
import { vietnamDate } from '@/lib/dates';

let store: TestStore;
const tokens: Record<string, string> = {};
let conference: number;
/** An open action of the conference on 2024:79 (HCM), created by the administrator. */
let target: number;
beforeAll(async () => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
  addUser(store, { email: 'admin@c06.gov.vn', role: 'admin' });
  addUser(store, { email: 'hcm@c06.gov.vn', role: 'reporter', units: ['2024:79', '79'] });
  addUser(store, { email: 'hn@c06.gov.vn', role: 'reporter', units: ['2024:01', '01'] });
  addUser(store, { email: 'viewer@c06.gov.vn', role: 'viewer' });
  for (const email of ['admin@c06.gov.vn', 'hcm@c06.gov.vn', 'hn@c06.gov.vn', 'viewer@c06.gov.vn']) tokens[email] = createApiToken(store, email).token;
  conference = findMeetingBySlug(store, 'hoi-nghi-14-11-2024')!.id;
  const created = await post(tokens['admin@c06.gov.vn'], good);
  target = (await created.json()).action.id;
});
afterAll(() => store.dispose());
afterEach(() => {
  delete process.env.READ_REQUIRES_LOGIN;
});


const good = {
  unit: '79', metric: 'judicial_record_applications', meetingId: 0, problem: 'Hồ sơ LLTP trên VNeID chậm', cause: 'Người dân chưa biết',
  action: 'Tuyên truyền trên VNeID', owner: 'Sở Tư pháp TP Hồ Chí Minh', dueDate: '2024-12-31',
};
const auth = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
const send = (method: string, path: string, token: string | null, body: unknown) =>
  new Request(`http://localhost${path}`, { method, headers: { 'content-type': 'application/json', ...auth(token) }, body: typeof body === 'string' ? body : JSON.stringify(body) });
async function post(token: string | null, body: unknown) {
  const b = body === good ? { ...good, meetingId: conference } : body;
  return POST(send('POST', '/api/v1/actions', token, b));
}
const patch = (token: string | null, id: number | string, body: unknown) => PATCH(send('PATCH', `/api/v1/actions/${id}`, token, body), { params: Promise.resolve({ id: String(id) }) });
const get = (path: string, token: string | null = null) => list(new Request(`http://localhost${path}`, { headers: auth(token) }));
const one = (id: number | string, token: string | null = null) => getOne(new Request(`http://localhost/api/v1/actions/${id}`, { headers: auth(token) }), { params: Promise.resolve({ id: String(id) }) });

type Who = 'no token' | 'viewer' | 'reporter of the unit' | 'reporter of another unit' | 'administrator';
const TOKEN: Record<Who, () => string | null> = {
  'no token': () => null,
  viewer: () => tokens['viewer@c06.gov.vn'],
  'reporter of the unit': () => tokens['hcm@c06.gov.vn'],
  'reporter of another unit': () => tokens['hn@c06.gov.vn'],
  administrator: () => tokens['admin@c06.gov.vn'],
};

describe('the permission matrix', () => {
  it.each<[Who, number, number, number, number, number]>([
    // GET, POST, PATCH status, PATCH note, PATCH other fields
    ['no token', 200, 401, 401, 401, 401],
    ['viewer', 200, 403, 403, 403, 403],
    ['reporter of the unit', 200, 403, 200, 200, 403],
    ['reporter of another unit', 200, 403, 403, 403, 403],
    ['administrator', 200, 201, 200, 200, 200],
  ])('%s: GET %i, POST %i, PATCH status %i, note %i, other fields %i', async (who, getStatus, postStatus, statusStatus, noteStatus, editStatus) => {
    const token = TOKEN[who]();
    expect(get('/api/v1/actions', token).status).toBe(getStatus);
    expect((await one(target, token)).status).toBe(getStatus);
    const answers = [
      [await post(token, good), postStatus],
      [await patch(token, target, { status: 'doing' }), statusStatus],
      [await patch(token, target, { note: `Tiến độ (${who}).` }), noteStatus],
      [await patch(token, target, { owner: `UBND TP Hồ Chí Minh (${who})` }), editStatus],
    ] as const;
    for (const [response, status] of answers) expect(response.status).toBe(status);
  });

  it.each<[Who, number]>([['no token', 401], ['viewer', 403], ['reporter of another unit', 403], ['reporter of the unit', 403]])(
    '%s: refused (%i) before the values are read, whatever they are, and nothing is written',
    async (who, status) => {
      const token = TOKEN[who]();
      const before = storeFingerprint(store);
      // Edits of other fields: the reporter of the unit is refused too, valid values or not.
      for (const body of [{ owner: 'x' }, { owner: '', dueDate: 'never' }, { status: 'done', cause: 'x' }, ...(who === 'reporter of the unit' ? [] : [{ status: 'done' }, { note: 'n'.repeat(5000) }, 'not json'])]) {
        expect((await patch(token, target, body)).status).toBe(status);
      }
      for (const body of [good, { unit: '00' }, 'not json']) expect((await post(token, body)).status).toBe(who === 'no token' ? 401 : 403);
      expect(storeFingerprint(store)).toBe(before);
    },
  );

  it('a reporter of 79 on the 34-province map only may not update a 2024 action on 79', async () => {
    addUser(store, { email: 'hcm2025@c06.gov.vn', role: 'reporter', units: ['79'] });
    const token = createApiToken(store, 'hcm2025@c06.gov.vn').token;
    const before = storeFingerprint(store);
    expect((await patch(token, target, { note: 'x' })).status).toBe(403);
    expect(storeFingerprint(store)).toBe(before);
  });
});

describe('PATCH /api/v1/actions/ID', () => {
  it('200: the unit\'s reporter adds a note and closes the action; the note says who without an e-mail', async () => {
    const response = await patch(tokens['hcm@c06.gov.vn'], target, { status: 'done', note: 'Đã đăng 3 bài trên VNeID.' });
    expect(response.status).toBe(200);
    const { action } = await response.json();
    expect(action).toMatchObject({ id: target, status: 'done', overdue: false, unit: '79', meetingId: conference });
    expect(action.notes.at(-1)).toEqual({ date: vietnamDate(new Date()), text: 'Đã đăng 3 bài trên VNeID.', by: 'báo cáo viên · 79, 2024:79', byEn: 'reporter · 79, 2024:79' });
    expect(JSON.stringify(action)).not.toContain('@');
  });

  it.each<[string, unknown, string, RegExp]>([
    ['an empty body', {}, 'body', /Nothing to change/],
    ['an unknown status', { status: 'finished' }, 'status', /Unknown status "finished"/],
    ['a note over 2,000 characters', { note: 'n'.repeat(2001) }, 'note', /at most 2,000/],
    ['a field it does not know', { colour: 'red' }, 'colour', /unknown field/],
    ['a body that is not JSON', '{"status":', 'body', /not JSON/],
    ['a due date before the meeting (an administrator edit)', { dueDate: '2024-11-01' }, 'dueDate', /before the meeting's date 14\/11\/2024/],
    ['an empty action (an administrator edit)', { action: ' ' }, 'action', /The action is empty/],
  ])('422 for %s, naming the field in both languages; nothing written', async (_, body, field, message) => {
    const before = storeFingerprint(store);
    const response = await patch(tokens['admin@c06.gov.vn'], target, body);
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(errors[0].field).toBe(field);
    expect(errors[0].message).toMatch(message);
    expect(errors[0].messageVi.length).toBeGreaterThan(5);
    expect(storeFingerprint(store)).toBe(before);
  });

  it('404 for an unknown id, 413 for a body too large; nothing written', async () => {
    const before = storeFingerprint(store);
    expect((await patch(tokens['admin@c06.gov.vn'], 999999, { status: 'done' })).status).toBe(404);
    expect((await patch(tokens['hcm@c06.gov.vn'], 'abc', { status: 'done' })).status).toBe(404);
    expect((await one(999999)).status).toBe(404);
    expect((await patch(tokens['admin@c06.gov.vn'], target, { note: 'n'.repeat(40_000) })).status).toBe(413);
    expect(storeFingerprint(store)).toBe(before);
  });
});

describe('POST /api/v1/actions', () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an unknown unit', { unit: '00' }, 'unit', /Unknown province code "00"/],
    ['a meeting that is not one', { meetingId: 'latest' }, 'meetingId', /no meeting/],
    ['an unknown metric', { metric: 'votes' }, 'metric', /Unknown metric/],
    ['a metric of the other map', { metric: 'communes_digitized' }, 'metric', /only on the 34-province map/],
    ['a due date before the meeting', { dueDate: '2024-11-13' }, 'dueDate', /before the meeting's date/],
    ['an empty action', { action: '' }, 'action', /The action is empty/],
    ['an unknown status', { status: 'overdue' }, 'status', /Unknown status/],
  ])('422 for %s; nothing written', async (_, change, field, message) => {
    const before = storeFingerprint(store);
    const response = await post(tokens['admin@c06.gov.vn'], { ...good, meetingId: conference, ...change });
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect(errors[0].message).toMatch(message);
    expect(storeFingerprint(store)).toBe(before);
  });

  it('a 2024 unit on a meeting after the merger is refused with the code to use', async () => {
    const meeting = await (await import('./meetings/route')).POST(send('POST', '/api/v1/meetings', tokens['admin@c06.gov.vn'], { title: 'Giao ban 2025', date: '2025-09-24', units: ['79', '01'] }));
    const { meeting: m } = await meeting.json();
    const before = storeFingerprint(store);
    const response = await post(tokens['admin@c06.gov.vn'], { ...good, metric: null, unit: '74', meetingId: m.id, dueDate: '2025-12-31' });
    expect(response.status).toBe(422);
    expect((await response.json()).errors[0].message).toMatch(/Code 74 is not in force.*use 79/);
    expect(storeFingerprint(store)).toBe(before);
  });

  it('201 for an administrator, with the action as GET then shows it', async () => {
    const response = await post(tokens['admin@c06.gov.vn'], good);
    expect(response.status).toBe(201);
    const { action } = await response.json();
    expect(action).toMatchObject({ unit: '79', edition: '2024', metric: 'judicial_record_applications', meetingId: conference, status: 'todo', notes: [], illustrative: false });
    expect(response.headers.get('location')).toBe(`/api/v1/actions/${action.id}`);
    expect((await (await one(action.id)).json()).action).toEqual(action);
  });
});

describe('GET /api/v1/actions', () => {
  it('lists the illustrative actions of the seed, in every state, overdue first, with the spec\'s fields', async () => {
    const { actions } = await get(`/api/v1/actions?meeting=${conference}`).json();
    const seeded = actions.filter((a: { illustrative: boolean }) => a.illustrative);
    expect(seeded.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(seeded[0])).toEqual(expect.arrayContaining(['id', 'unit', 'metric', 'meetingId', 'problem', 'cause', 'action', 'owner', 'dueDate', 'status', 'overdue', 'notes']));
    expect(new Set(seeded.map((a: { status: string }) => a.status))).toEqual(new Set(['todo', 'doing', 'done', 'cancelled']));
    expect(actions[0].overdue).toBe(true);
    const { actions: all } = await get('/api/v1/actions?status=all').json();
    expect(all.length).toBe(listActions(store, { today: vietnamDate(new Date()) }).length);
  });

  it.each<[string, (a: { status: string; overdue: boolean }) => boolean]>([
    ['open', (a) => a.status === 'todo' || a.status === 'doing'],
    ['done', (a) => a.status === 'done'],
    ['overdue', (a) => a.overdue],
  ])('?status=%s', async (status, rule) => {
    const { actions } = await get(`/api/v1/actions?status=${status}`).json();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every(rule)).toBe(true);
  });

  it('?unit=79&edition=2025 takes 74 and 79 of the 2024 map too', async () => {
    const { actions } = await get('/api/v1/actions?unit=79&edition=2025').json();
    expect(new Set(actions.map((a: { unit: string }) => a.unit))).toEqual(new Set(['74', '79']));
  });

  it.each([
    ['status=late', 'status'],
    ['unit=7', 'unit'],
    ['unit=00', 'unit'],
    ['unit=74&edition=2025', 'unit'],
    ['meeting=999999', 'meeting'],
    ['format=pdf', 'format'],
  ])('400 for ?%s naming %s', async (query, parameter) => {
    const response = get(`/api/v1/actions?${query}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.parameter).toBe(parameter);
  });

  it('needs a session or a token when READ_REQUIRES_LOGIN=true', async () => {
    process.env.READ_REQUIRES_LOGIN = 'true';
    expect(get('/api/v1/actions').status).toBe(401);
    expect((await one(target)).status).toBe(401);
    expect(get('/api/v1/actions', tokens['viewer@c06.gov.vn']).status).toBe(200);
  });

  it('downloads as CSV (vi-VN dates) and XLSX (real date cells)', async () => {
    const csvResponse = get(`/api/v1/actions?meeting=${conference}&format=csv`);
    expect(csvResponse.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csvResponse.text();
    expect(text.split('\r\n')[0]).toContain('Hạn hoàn thành');
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    const xlsx = get(`/api/v1/actions?meeting=${conference}&format=xlsx&lang=en`);
    const book = read(new Uint8Array(await xlsx.arrayBuffer()), { type: 'array', cellDates: false, cellNF: true });
    const sheet = book.Sheets[book.SheetNames[0]];
    expect(sheet.J1.v).toBe('Due date');
    expect(sheet.J2.t).toBe('n');
    expect(sheet.J2.z).toBe('dd/mm/yyyy');
  });
});
