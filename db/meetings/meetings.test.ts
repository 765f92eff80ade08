// Meetings on real SQLite files: the first meeting on a fresh store, the illustrative second one
// of the seed, the groups the overview and the deck read from them, and creating and editing
// them (validated, durable, audited; nothing written on a refusal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVersion } from '../store/cache';
import { openStore } from '../store/client';
import { StoreUnavailableError } from '../store/durable';
import { listGroups } from './groups';
import { createMeeting, findMeetingBySlug, getMeeting, listMeetingAudit, listMeetings, updateMeeting } from './meetings';
import { FIRST_MEETING, syncReferenceData } from '../store/reference';
import { createTestStore, TEST_TODAY, type TestStore } from '../testing/test-store';
import { listUnits } from '../units';
import { parseOverviewState } from '@/lib/view/overview-state';
import { selectionFor } from '@/lib/view/selection';

const TWELVE = ['19', '25', '34', '36', '38', '49', '58', '70', '74', '75', '79', '91'];
const options = { actor: 'admin@c06.gov.vn', today: TEST_TODAY, now: new Date('2026-11-26T03:00:00Z') };

let fresh: TestStore;
let seeded: TestStore;
beforeAll(() => {
  fresh = createTestStore();
  seeded = createTestStore({ seed: true });
});
afterAll(() => {
  fresh.dispose();
  seeded.dispose();
});

const rows = (s: TestStore) => s.sqlite.prepare(`SELECT (SELECT COUNT(*) FROM meetings) || '/' || (SELECT COUNT(*) FROM meeting_units) || '/' || (SELECT COUNT(*) FROM change_audit)`).pluck().get();

describe('the first meeting: the conference of 14/11/2024', () => {
  it('is on a fresh store, without the illustrative data, with its 12 localities', () => {
    const [first] = listMeetings(fresh);
    expect(listMeetings(fresh)).toHaveLength(1);
    expect(first).toMatchObject({
      slug: 'hoi-nghi-14-11-2024', title: FIRST_MEETING.title, place: 'TP Hồ Chí Minh', date: '2024-11-14', edition: '2024',
      units: TWELVE, baselineDate: '2024-10-03', baselineSource: 'default', illustrative: false,
    });
  });

  it('?group=hoi-nghi-14-11-2024 still selects the 12 (2024 map) or the 10 they became (2025 map)', () => {
    const state = parseOverviewState({ group: 'hoi-nghi-14-11-2024' }).state;
    const on2024 = selectionFor(state, listGroups(fresh, '2024'), listUnits(fresh, '2024'));
    expect(on2024).toEqual({ codes: TWELVE, label: { vi: 'Hội nghị Đề án 06 với 12 địa phương, TP Hồ Chí Minh, 14/11/2024', en: 'Hội nghị Đề án 06 với 12 địa phương, TP Hồ Chí Minh, 14/11/2024' } });
    const on2025 = selectionFor(state, listGroups(fresh, '2025'), listUnits(fresh, '2025'));
    expect(on2025.codes).toHaveLength(10);
    expect(on2025.codes).toEqual(expect.arrayContaining(['79', '75', '38']));
    expect(on2025.codes).not.toContain('74');
  });

  it('is kept as the facts say until an administrator edits it; then the edit stays', () => {
    const s = createTestStore();
    try {
      const id = findMeetingBySlug(s, FIRST_MEETING.slug)!.id;
      // A store whose copy drifted (by hand): the next load of the facts puts it right.
      s.sqlite.prepare(`UPDATE meetings SET place = 'elsewhere' WHERE id = ?`).run(id);
      s.sqlite.prepare(`UPDATE meta SET value = 'old' WHERE key = 'reference_version'`).run();
      syncReferenceData(s.sqlite);
      expect(getMeeting(s, id)?.place).toBe('TP Hồ Chí Minh');
      // An administrator's edit is data: a later load of the facts leaves it.
      const edit = updateMeeting(s, id, { title: FIRST_MEETING.title, date: '2024-11-14', place: 'Hội trường Thống Nhất', units: ['79', '74'] }, options);
      expect(edit).toMatchObject({ ok: true, changed: true });
      s.sqlite.prepare(`UPDATE meta SET value = 'old' WHERE key = 'reference_version'`).run();
      syncReferenceData(s.sqlite);
      expect(getMeeting(s, id)).toMatchObject({ place: 'Hội trường Thống Nhất', units: ['74', '79'] });
    } finally {
      s.dispose();
    }
  });
});

describe('the illustrative data', () => {
  it('has a second meeting, marked illustrative, whose baseline is the conference (a shared province)', () => {
    const [second, first] = listMeetings(seeded);
    expect(listMeetings(seeded)).toHaveLength(2);
    expect(first.slug).toBe('hoi-nghi-14-11-2024');
    expect(second).toMatchObject({
      date: '2024-12-26', edition: '2024', illustrative: true, units: ['19', '25', '38', '74', '75', '79'],
      baselineDate: '2024-11-14', baselineSource: 'previous-meeting', baselineMeetingId: first.id,
    });
    expect(listGroups(seeded, '2024')[0].nameVi).toMatch(/\(minh họa\)$/);
    expect(listMeetingAudit(seeded, second.id)).toEqual([expect.objectContaining({ actor: 'seed', old: null })]);
  });
});

describe('creating and editing a meeting', () => {
  const input = { title: 'Giao ban quý I/2025', date: '2025-03-20', place: 'Hà Nội', units: ['01', '79', '75'] };

  it('creates it in one durable, audited write, and the groups see it', () => {
    const version = dataVersion(seeded);
    const created = createMeeting(seeded, input, options);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.meeting).toMatchObject({
      slug: 'giao-ban-quy-i-2025-20-03-2025', title: 'Giao ban quý I/2025', edition: '2024', units: ['01', '75', '79'],
      baselineDate: '2024-12-26', baselineSource: 'previous-meeting', illustrative: false,
    });
    expect(dataVersion(seeded)).not.toBe(version);
    const [trail] = listMeetingAudit(seeded, created.meeting.id);
    expect(trail).toMatchObject({ actor: 'admin@c06.gov.vn', changedAt: '2026-11-26T03:00:00.000Z', old: null, new: { title: 'Giao ban quý I/2025', units: ['01', '75', '79'], baselineDate: null } });
    expect(listGroups(seeded, '2024').find((g) => g.slug === created.meeting.slug)?.codes).toEqual(['01', '75', '79']);
    // The same title and day again: a slug of its own.
    const again = createMeeting(seeded, input, options);
    expect(again.ok && again.meeting.slug).toBe('giao-ban-quy-i-2025-20-03-2025-2');
  });

  it('edits it, keeping its slug, auditing old and new; an edit that changes nothing writes nothing', () => {
    const id = findMeetingBySlug(seeded, 'giao-ban-quy-i-2025-20-03-2025')!.id;
    const edit = updateMeeting(seeded, id, { ...input, date: '2025-08-05', units: ['79'], baselineDate: '2025-07-01' }, options);
    expect(edit).toMatchObject({ ok: true, changed: true, meeting: { slug: 'giao-ban-quy-i-2025-20-03-2025', edition: '2025', units: ['79'], baselineDate: '2025-07-01', baselineSource: 'chosen' } });
    const [trail] = listMeetingAudit(seeded, id);
    expect(trail.old).toMatchObject({ date: '2025-03-20', units: ['01', '75', '79'], baselineDate: null });
    expect(trail.new).toMatchObject({ date: '2025-08-05', units: ['79'], baselineDate: '2025-07-01' });
    const before = rows(seeded);
    expect(updateMeeting(seeded, id, { ...input, date: '2025-08-05', units: ['79'], baselineDate: '2025-07-01' }, options)).toMatchObject({ ok: true, changed: false });
    expect(rows(seeded)).toBe(before);
    expect(updateMeeting(seeded, 999_999, input, options)).toBeNull();
  });

  it.each([
    ['create', () => createMeeting(seeded, { ...input, units: ['01', '99'] }, options)],
    ['create', () => createMeeting(seeded, { ...input, title: '' }, options)],
    ['edit', () => updateMeeting(seeded, 1, { ...input, baselineDate: '2025-03-20' }, options)],
    ['edit', () => updateMeeting(seeded, 1, { ...input, date: '2025-08-05', units: ['74'] }, options)],
  ])('a refused %s writes nothing', (_, write) => {
    const before = rows(seeded);
    const version = dataVersion(seeded);
    const outcome = write();
    expect(outcome?.ok).toBe(false);
    expect(rows(seeded)).toBe(before);
    expect(dataVersion(seeded)).toBe(version);
  });

  it('a read-only store refuses, writing nothing', () => {
    const readonly = openStore(seeded.path, { readonly: true });
    try {
      const before = rows(seeded);
      expect(() => createMeeting(readonly, input, options)).toThrow(StoreUnavailableError);
      expect(() => updateMeeting(readonly, 1, input, options)).toThrow(StoreUnavailableError);
      expect(rows(seeded)).toBe(before);
    } finally {
      readonly.sqlite.close();
    }
  });
});
