// Actions on real SQLite files: created, edited, updated (status, notes) through the one write
// path, each change audited with who, when, old and new; refusals (permission, values) write
// nothing, and a write that fails half-way leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAction, getAction, listActionAudit, listActions, meetingActions, patchAction, updateAction } from './actions';
import { createMeeting } from '../meetings/meetings';
import { dataVersion } from '../store/cache';
import { findMeetingBySlug } from '../meetings/meetings';
import { createTestStore, TEST_TODAY, type TestStore } from '../testing/test-store';
import { addUser, findUserByEmail, type User } from '../users';

let store: TestStore;
let admin: User;
let hcm: User;
let other: User;
let viewer: User;
let conference: number;
beforeAll(() => {
  store = createTestStore();
  addUser(store, { email: 'admin@c06.gov.vn', role: 'admin' });
  addUser(store, { email: 'hcm@c06.gov.vn', role: 'reporter', units: ['2024:79', '79'] });
  addUser(store, { email: 'hn@c06.gov.vn', role: 'reporter', units: ['2024:01'] });
  addUser(store, { email: 'viewer@c06.gov.vn', role: 'viewer' });
  [admin, hcm, other, viewer] = ['admin', 'hcm', 'hn', 'viewer'].map((n) => findUserByEmail(store, `${n}@c06.gov.vn`)!);
  conference = findMeetingBySlug(store, 'hoi-nghi-14-11-2024')!.id;
});
afterAll(() => store.dispose());

const now = new Date('2026-11-26T03:00:00Z');
const as = (user: User | 'seed', today = TEST_TODAY) => ({ user, today, now });
const good = () => ({
  unit: '79', metric: 'judicial_record_applications', meetingId: conference, problem: 'Hồ sơ LLTP trên VNeID chậm', cause: 'Người dân chưa biết',
  action: 'Tuyên truyền trên VNeID', owner: 'Sở Tư pháp TP Hồ Chí Minh', dueDate: '2024-12-31',
});
const counts = () => store.sqlite.prepare(`SELECT (SELECT COUNT(*) FROM actions) || '/' || (SELECT COUNT(*) FROM action_notes) || '/' || (SELECT COUNT(*) FROM change_audit)`).pluck().get();

describe('creating an action', () => {
  it('an administrator creates one: stored, audited (who, when, null → new), the data version bumped', () => {
    const version = dataVersion(store);
    const r = createAction(store, good(), as(admin));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.action).toMatchObject({
      edition: '2024', unit: '79', province: '79', unitName: 'Hồ Chí Minh', metric: 'judicial_record_applications', meetingId: conference,
      action: 'Tuyên truyền trên VNeID', dueDate: '2024-12-31', status: 'todo', overdue: true, illustrative: false, notes: [],
    });
    expect(dataVersion(store)).not.toBe(version);
    const [row] = listActionAudit(store, r.action.id);
    expect(row).toMatchObject({ subject: 'action', actor: 'admin@c06.gov.vn', changedAt: now.toISOString(), old: null, new: { unit: '79', status: 'todo', owner: 'Sở Tư pháp TP Hồ Chí Minh' } });
  });

  it.each<[string, () => User]>([['a reporter', () => hcm], ['a viewer', () => viewer]])('%s may not create one; nothing written', (_, who) => {
    const before = counts();
    const r = createAction(store, good(), as(who()));
    expect(r).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(counts()).toBe(before);
  });

  it('bad values are refused with every problem, nothing written', () => {
    const before = counts();
    const r = createAction(store, { ...good(), unit: '00', action: '' }, as(admin));
    expect(r.ok ? [] : r.refusal === 'invalid' ? r.problems.map((p) => p.field) : r.refusal).toEqual(['unit', 'action']);
    expect(counts()).toBe(before);
  });
});

describe('updating an action', () => {
  it("the unit's reporter adds a note and marks it done: both audited, the note labelled without an e-mail", () => {
    const created = createAction(store, good(), as(admin));
    if (!created.ok) throw new Error('not created');
    const id = created.action.id;
    const noted = patchAction(store, id, { note: 'Đã đăng 3 bài trên VNeID.' }, as(hcm, '2024-12-10'));
    expect(noted).toMatchObject({ ok: true, changed: true, action: { status: 'todo', overdue: false, notes: [{ date: '2024-12-10', text: 'Đã đăng 3 bài trên VNeID.', by: { vi: 'báo cáo viên · 79, 2024:79', en: 'reporter · 79, 2024:79' } }] } });
    const done = patchAction(store, id, { status: 'done' }, as(hcm));
    expect(done).toMatchObject({ ok: true, action: { status: 'done', overdue: false } });
    const audit = listActionAudit(store, id);
    expect(audit.map((a) => [a.subject, a.actor])).toEqual([['action', 'hcm@c06.gov.vn'], ['action_note', 'hcm@c06.gov.vn'], ['action', 'admin@c06.gov.vn']]);
    expect(audit[0].old).toMatchObject({ status: 'todo' });
    expect(audit[0].new).toMatchObject({ status: 'done' });
    expect(audit[1].new).toEqual({ actionId: id, date: '2024-12-10', text: 'Đã đăng 3 bài trên VNeID.', userId: hcm.id });
    expect(JSON.stringify(getAction(store, id, TEST_TODAY))).not.toContain('@');
  });

  it('a reporter of another unit, a viewer, and the reporter editing other fields are refused; nothing written', () => {
    const created = createAction(store, good(), as(admin));
    if (!created.ok) throw new Error('not created');
    const before = counts();
    expect(patchAction(store, created.action.id, { status: 'done' }, as(other))).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(patchAction(store, created.action.id, { note: 'x' }, as(viewer))).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(updateAction(store, created.action.id, { owner: 'Ai đó' }, as(hcm))).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(patchAction(store, created.action.id, { note: 'n'.repeat(2001) }, as(hcm))).toMatchObject({ ok: false, refusal: 'invalid' });
    expect(patchAction(store, 999999, { note: 'x' }, as(admin))).toBeNull();
    expect(counts()).toBe(before);
  });

  it('an administrator edits fields (absent kept, null cleared) with a note, in one audited write; an edit that changes nothing writes nothing', () => {
    const created = createAction(store, good(), as(admin));
    if (!created.ok) throw new Error('not created');
    const id = created.action.id;
    const r = updateAction(store, id, { owner: 'UBND TP Hồ Chí Minh', cause: null, note: 'Giao lại cho UBND.' }, as(admin));
    expect(r).toMatchObject({ ok: true, changed: true, action: { owner: 'UBND TP Hồ Chí Minh', cause: null, problem: 'Hồ sơ LLTP trên VNeID chậm', notes: [{ text: 'Giao lại cho UBND.' }] } });
    const before = counts();
    expect(updateAction(store, id, { owner: 'UBND TP Hồ Chí Minh' }, as(admin))).toMatchObject({ ok: true, changed: false });
    expect(counts()).toBe(before);
  });

  it('all or nothing: a write that fails after the action row is changed leaves the store as it was', () => {
    const created = createAction(store, good(), as(admin));
    if (!created.ok) throw new Error('not created');
    const before = counts();
    const version = dataVersion(store);
    // The note's audit row cannot be written: the action's update and the note must go too.
    store.sqlite.exec(`CREATE TRIGGER fail_note_audit BEFORE INSERT ON change_audit WHEN NEW.subject = 'action_note' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    try {
      expect(() => patchAction(store, created.action.id, { status: 'doing', note: 'Bắt đầu.' }, as(hcm))).toThrow(/disk full/);
    } finally {
      store.sqlite.exec(`DROP TRIGGER fail_note_audit`);
    }
    expect(getAction(store, created.action.id, TEST_TODAY)).toMatchObject({ status: 'todo', notes: [] });
    expect(dataVersion(store)).toBe(version);
    expect(counts()).toBe(before);
  });
});

describe('listing actions', () => {
  it('filters by unit (across the merger with an edition), meeting and status, overdue first', () => {
    const all = listActions(store, { today: TEST_TODAY });
    expect(all.length).toBeGreaterThan(3);
    expect(listActions(store, { unit: '79', edition: '2025', today: TEST_TODAY })).toHaveLength(all.length);
    expect(listActions(store, { unit: '79', edition: '2024', today: TEST_TODAY })).toHaveLength(all.length);
    expect(listActions(store, { unit: '74', edition: '2024', today: TEST_TODAY })).toHaveLength(0);
    expect(listActions(store, { unit: '01', today: TEST_TODAY })).toHaveLength(0);
    expect(listActions(store, { meeting: conference + 1000, today: TEST_TODAY })).toHaveLength(0);
    const done = listActions(store, { status: 'done', today: TEST_TODAY });
    expect(done.every((a) => a.status === 'done')).toBe(true);
    const overdue = listActions(store, { status: 'overdue', today: TEST_TODAY });
    expect(overdue.every((a) => a.overdue)).toBe(true);
    expect(all[0].overdue).toBe(true);
    expect(all.at(-1)?.status).toBe('done');
  });
});

describe("a meeting's actions", () => {
  it('agreed at it, and those of earlier meetings still open for its provinces, across the merger', () => {
    const later = createMeeting(store, { title: 'Giao ban 2025', date: '2025-09-24', units: ['79', '01'] }, { actor: 'admin@c06.gov.vn', today: TEST_TODAY });
    if (!later.ok) throw new Error('meeting refused');
    const agreed = createAction(store, { unit: '79', meetingId: later.meeting.id, action: 'Rà soát', owner: 'UBND', dueDate: '2025-10-31' }, as(admin));
    if (!agreed.ok) throw new Error('not created');
    const onConference = meetingActions(store, conference, TEST_TODAY)!;
    const onLater = meetingActions(store, later.meeting.id, TEST_TODAY)!;
    expect(onLater.agreed.map((a) => a.id)).toEqual([agreed.action.id]);
    // The conference's actions on 2024:79 that are still open, not the done or cancelled ones.
    const open = listActions(store, { meeting: conference, status: 'open', today: TEST_TODAY });
    expect(open.length).toBeGreaterThan(0);
    expect(onLater.earlierOpen.map((a) => a.id).sort()).toEqual(open.map((a) => a.id).sort());
    expect(onConference.earlierOpen).toEqual([]);
    expect(meetingActions(store, 999999, TEST_TODAY)).toBeNull();
  });
});
