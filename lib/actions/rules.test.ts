// The rules of an action, table by table: what is accepted and each refusal (naming the field, in
// both languages), who may change what, overdue, the status filter and the problem text.
import { describe, expect, it } from 'vitest';
import {
  actionEdition, actionRefusal, changesAsked, compareActions, isOverdue, matchesStatusFilter, mayChangeAction, problemFromLagging,
  validateAction, validatePatch, type ActionContext, type ActionInput, type ActionStatus, type ActionStatusFilter,
} from './rules';
import type { Writer } from '../security/permissions';

const context: ActionContext = {
  units: { '2024': new Set(['01', '38', '74', '79']), '2025': new Set(['01', '38', '79']) },
  successorOf: (code) => ({ '74': '79' })[code],
  meetingDate: (id) => ({ 1: '2024-11-14', 2: '2025-09-24' })[id] ?? null,
};
const good: ActionInput = {
  unit: '38', metric: 'judicial_record_applications', meetingId: 1, problem: 'Chậm', cause: 'Thiếu người', action: 'Tập huấn cán bộ',
  owner: 'Sở Tư pháp tỉnh Thanh Hóa', dueDate: '2024-12-31',
};

describe('validateAction', () => {
  it('accepts an action and trims it; the map follows the meeting', () => {
    const r = validateAction({ ...good, action: '  Tập huấn cán bộ  ', meetingId: '1' }, context);
    expect(r).toEqual({ ok: true, action: { edition: '2024', unit: '38', metric: 'judicial_record_applications', meetingId: 1, problem: 'Chậm', cause: 'Thiếu người', action: 'Tập huấn cán bộ', owner: 'Sở Tư pháp tỉnh Thanh Hóa', dueDate: '2024-12-31', status: 'todo' } });
  });

  it('without a meeting, the map follows the due date; the province as a whole has no metric', () => {
    const r = validateAction({ ...good, meetingId: undefined, metric: null, dueDate: '2025-08-01', problem: '', cause: null }, context);
    expect(r).toMatchObject({ ok: true, action: { edition: '2025', metric: null, meetingId: null, problem: null, cause: null } });
  });

  it.each<[string, ActionInput, string, RegExp]>([
    ['no unit', { ...good, unit: undefined }, 'unit', /^No province chosen\.$/],
    ['an unknown unit', { ...good, unit: '00' }, 'unit', /Unknown province code "00"/],
    ['a 2024 unit after the merger (meeting of 2025)', { ...good, unit: '74', meetingId: 2, metric: null, dueDate: '2025-12-31' }, 'unit', /Code 74 is not in force on the meeting's date.*use 79/],
    ['a 2024 unit after the merger (due date, no meeting)', { ...good, unit: '74', meetingId: null, metric: null, dueDate: '2025-12-31' }, 'unit', /not in force on the due date/],
    ['an unknown metric', { ...good, metric: 'votes' }, 'metric', /Unknown metric "votes"/],
    ['a metric of the other map (communes in 2024)', { ...good, metric: 'communes_digitized' }, 'metric', /exists only on the 34-province map/],
    ['a metric of the other map (districts in 2025)', { ...good, meetingId: 2, metric: 'districts_digitized', dueDate: '2025-12-31' }, 'metric', /not reported on the 34-province map/],
    ['an unknown meeting', { ...good, meetingId: 99 }, 'meetingId', /no meeting 99/],
    ['no due date', { ...good, dueDate: undefined }, 'dueDate', /^The due date is missing\.$/],
    ['a due date that does not exist', { ...good, dueDate: '2025-02-29' }, 'dueDate', /not a calendar date/],
    ['a due date before the meeting', { ...good, dueDate: '2024-11-13' }, 'dueDate', /before the meeting's date 14\/11\/2024/],
    ['a due date after the programme', { ...good, meetingId: null, metric: null, dueDate: '2036-01-01' }, 'dueDate', /outside Project 06/],
    ['an empty action', { ...good, action: '   ' }, 'action', /^The action is empty\.$/],
    ['an action that is not text', { ...good, action: 5 }, 'action', /must be text/],
    ['no responsible body', { ...good, owner: '' }, 'owner', /responsible body is missing/],
    ['a cause over 500 characters', { ...good, cause: 'x'.repeat(501) }, 'cause', /at most 500/],
    ['an unknown status', { ...good, status: 'finished' }, 'status', /Unknown status "finished"/],
  ])('refuses %s', (_, input, field, message) => {
    const r = validateAction(input, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].field).toBe(field);
    expect(r.problems[0].message.en).toMatch(message);
    expect(r.problems[0].message.vi.length).toBeGreaterThan(10);
  });

  it('lists every problem at once', () => {
    const r = validateAction({ unit: '00', metric: 'x', action: '', owner: '', dueDate: 'soon', status: 'x' }, context);
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['dueDate', 'unit', 'metric', 'action', 'owner', 'status']);
  });
});

describe('validatePatch', () => {
  it.each<[string, Record<string, unknown>, { status?: ActionStatus; note?: string } | [string, RegExp]]>([
    ['a status', { status: 'doing' }, { status: 'doing' }],
    ['a note, trimmed', { note: '  Đã tập huấn 40 cán bộ. ' }, { note: 'Đã tập huấn 40 cán bộ.' }],
    ['both', { status: 'done', note: 'Xong.' }, { status: 'done', note: 'Xong.' }],
    ['a note of exactly 2,000 characters', { note: 'n'.repeat(2000) }, { note: 'n'.repeat(2000) }],
    ['nothing', {}, ['body', /Nothing to change/]],
    ['nulls only', { status: null, note: null }, ['body', /Nothing to change/]],
    ['an unknown status', { status: 'overdue' }, ['status', /Unknown status "overdue"/]],
    ['a note over 2,000 characters', { note: 'n'.repeat(2001) }, ['note', /2,001 characters long: at most 2,000/]],
    ['an empty note', { note: '  ' }, ['note', /empty/]],
    ['a note that is not text', { note: 42 }, ['note', /must be text/]],
  ])('%s', (_, input, expected) => {
    const r = validatePatch(input);
    if (Array.isArray(expected)) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problems.map((p) => p.field)).toEqual([expected[0]]);
        expect(r.problems[0].message.en).toMatch(expected[1]);
      }
    } else expect(r).toEqual({ ok: true, patch: expected });
  });
});

describe('who may change an action', () => {
  const admin: Writer = { role: 'admin', disabled: false, scope: null };
  const reporter: Writer = { role: 'reporter', disabled: false, scope: new Set(['2025:79', '2024:74']) };
  const viewer: Writer = { role: 'viewer', disabled: false, scope: new Set() };
  const disabled: Writer = { ...admin, disabled: true };
  it.each<[string, Writer, string, boolean[]]>([
    // create, edit, status, note
    ['an administrator', admin, '2025:38', [true, true, true, true]],
    ['a reporter of the unit', reporter, '2025:79', [false, false, true, true]],
    ['a reporter of the unit on the 2024 map', reporter, '2024:74', [false, false, true, true]],
    ['a reporter of another unit', reporter, '2025:38', [false, false, false, false]],
    ['a reporter of 79 on the 2024 map, not assigned there', reporter, '2024:79', [false, false, false, false]],
    ['a viewer', viewer, '2025:79', [false, false, false, false]],
    ['a disabled administrator', disabled, '2025:79', [false, false, false, false]],
  ])('%s', (_, writer, unit, expected) => {
    expect((['create', 'edit', 'status', 'note'] as const).map((c) => mayChangeAction(writer, c, unit))).toEqual(expected);
  });

  it('says why, and asks for every change a body makes', () => {
    expect(changesAsked({ status: 'done', note: 'x', owner: 'y', cause: undefined })).toEqual(['status', 'note', 'edit']);
    expect(actionRefusal(reporter, ['status'], '2025:79')).toBeNull();
    expect(actionRefusal(reporter, ['status'], '2025:38')?.en).toMatch(/reporter of province 38/);
    expect(actionRefusal(reporter, ['status', 'edit'], '2025:79')?.en).toMatch(/only change the status/);
    expect(actionRefusal(viewer, ['note'], '2025:79')?.vi).toMatch(/quản trị viên/);
  });
});

describe('overdue and the status filter', () => {
  const today = '2024-12-26';
  const a = (status: ActionStatus, dueDate: string, id = 1) => ({ id, status, dueDate });
  it.each<[ActionStatus, string, boolean]>([
    ['todo', '2024-12-25', true],
    ['doing', '2024-12-25', true],
    ['todo', '2024-12-26', false],
    ['done', '2024-12-01', false],
    ['cancelled', '2024-12-01', false],
  ])('%s due %s is overdue on 26/12/2024: %s', (status, due, expected) => {
    expect(isOverdue(a(status, due), today)).toBe(expected);
  });

  it.each<[ActionStatusFilter, boolean[]]>([
    // todo overdue, doing, done, cancelled
    ['open', [true, true, false, false]],
    ['done', [false, false, true, false]],
    ['overdue', [true, false, false, false]],
    ['all', [true, true, true, true]],
  ])('%s', (filter, expected) => {
    const list = [a('todo', '2024-12-01'), a('doing', '2025-01-31'), a('done', '2024-12-01'), a('cancelled', '2024-12-01')];
    expect(list.map((x) => matchesStatusFilter(x, filter, today))).toEqual(expected);
  });

  it('orders overdue first, then open, done, cancelled', () => {
    const list = [a('cancelled', '2024-01-01', 1), a('done', '2024-01-01', 2), a('todo', '2025-02-01', 3), a('doing', '2024-12-01', 4), a('todo', '2025-01-01', 5)];
    expect(list.sort((x, y) => compareActions(x, y, today)).map((x) => x.id)).toEqual([4, 5, 3, 2, 1]);
  });

  it('an action on a meeting keeps its map whatever its due date', () => {
    expect(actionEdition('2024-11-14', '2025-12-31')).toBe('2024');
    expect(actionEdition(null, '2025-12-31')).toBe('2025');
  });
});

describe('problemFromLagging', () => {
  it('a count: value, % of target, target, due date, status; vi-VN numbers', () => {
    const p = problemFromLagging({ metric: 'health_book_records', to: 120500, pctTo: 0.4017, target: 300000, dueDate: '2024-12-31', statusTo: 'behind' }, '2024-11-14');
    expect(p.vi).toBe('Sổ sức khỏe điện tử ngày 14/11/2024: 120.500 hồ sơ, 40,2% chỉ tiêu 300.000 (hạn 31/12/2024) · Chậm tiến độ.');
    expect(p.en).toBe('Health book on 14/11/2024: 120,500 records, 40.2% of the target 300,000 (due 31/12/2024) · Behind.');
  });

  it('a milestone: reached or not, never a %', () => {
    const p = problemFromLagging({ metric: 'judicial_record_live', to: 0, pctTo: 0, target: 1, dueDate: '2025-01-31', statusTo: 'at_risk' }, '2024-11-14');
    expect(p.vi).toBe('Cấp LLTP trên VNeID ngày 14/11/2024: chưa đạt (hạn 31/01/2025) · Có nguy cơ chậm.');
    expect(p.en).toMatch(/: not reached \(due 31\/01\/2025\) · At risk\.$/);
  });
});
