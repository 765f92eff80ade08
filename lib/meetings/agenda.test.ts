import { describe, expect, it } from 'vitest';
import type { LaggingItem } from '../changes';
import { agendaActions, agendaRows } from './agenda';

describe("a meeting's agenda", () => {
  it('writes a lagging figure as vi-VN does, and a milestone as words, never a %', () => {
    const base = { code: '79', name: 'Hồ Chí Minh', change: 1_578_710, pctFrom: 1.09, pctTo: 0.903, statusFrom: 'done', statusTo: 'at_risk', dueDate: '2026-12-31' } as const;
    const [count, milestone] = agendaRows([
      { ...base, metric: 'land_parcels_digitized', from: 3_742_811, to: 5_321_521, target: 5_890_000 },
      { ...base, metric: 'civil_status_digitized', from: 0, to: 0, change: 0, pctFrom: 0, pctTo: 0, target: 1, statusFrom: 'on_track', statusTo: 'behind', dueDate: '2026-06-30' },
    ] satisfies LaggingItem[], 'vi');
    expect(count).toMatchObject({ value: '5.321.521', target: '5.890.000', pctFrom: '109,0%', pctTo: '90,3%', change: '+1.578.710', statusFrom: 'done', statusTo: 'at_risk' });
    expect(milestone).toMatchObject({ value: 'chưa đạt · hạn 30/06/2026', target: '', pctTo: '', change: '' });
  });

  it("lists the actions agreed at it, and earlier meetings' open ones for its provinces, with all of its baseline meeting's", () => {
    const meeting = { id: 3, date: '2026-11-20', baselineMeetingId: 2 };
    const dates: Record<number, string> = { 1: '2026-01-10', 2: '2026-10-01', 3: '2026-11-20', 4: '2026-12-10' };
    const a = (id: number, meetingId: number | null, province: string, status: 'todo' | 'doing' | 'done' | 'cancelled') => ({ id, meetingId, province, status, dueDate: '2026-12-31' });
    const actions = [
      a(1, 3, '79', 'todo'), // agreed here
      a(2, 2, '79', 'done'), // the baseline meeting's, done: shown
      a(3, 1, '79', 'done'), // an older meeting's, done: not shown
      a(4, 1, '01', 'doing'), // an older meeting's, open: shown
      a(5, 2, '48', 'todo'), // another province: not shown
      a(6, 4, '79', 'todo'), // a later meeting: not shown
      a(7, null, '79', 'todo'), // no meeting: not shown
    ];
    const { agreed, earlier } = agendaActions(actions, meeting, new Set(['79', '01']), (id) => dates[id] ?? null, '2026-11-27');
    expect(agreed.map((x) => x.id)).toEqual([1]);
    expect(earlier.map((x) => x.id)).toEqual([2, 4]);
  });
});
