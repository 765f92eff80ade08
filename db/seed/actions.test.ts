// The illustrative actions of the seed: a handful, in every state, each on a figure that was
// really lagging on its meeting's date in one of the meeting's provinces, with dated notes, all
// marked illustrative; the seed's published figures are untouched (db/seed/seed.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { listActionAudit, listActions } from '../actions/actions';
import { getChanges } from '../changes';
import { listMeetings } from '../meetings/meetings';
import { createTestStore, TEST_TODAY } from '../testing/test-store';
import { problemFromLagging } from '@/lib/actions/rules';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

describe('the illustrative actions', () => {
  const actions = listActions(store, { today: TEST_TODAY });

  it('are 6 to 10, all illustrative, on both seeded meetings', () => {
    expect(actions.length).toBeGreaterThanOrEqual(6);
    expect(actions.length).toBeLessThanOrEqual(10);
    expect(actions.every((a) => a.illustrative)).toBe(true);
    expect(new Set(actions.map((a) => a.meetingId)).size).toBe(2);
  });

  it('show every state: done, in progress, overdue, not yet due, cancelled', () => {
    expect(actions.filter((a) => a.status === 'done').length).toBeGreaterThanOrEqual(1);
    expect(actions.filter((a) => a.status === 'doing').length).toBeGreaterThanOrEqual(1);
    expect(actions.filter((a) => a.status === 'cancelled').length).toBeGreaterThanOrEqual(1);
    expect(actions.filter((a) => a.status === 'todo' && a.overdue).length).toBeGreaterThanOrEqual(1);
    expect(actions.filter((a) => a.status === 'todo' && !a.overdue && a.dueDate > TEST_TODAY).length).toBeGreaterThanOrEqual(1);
  });

  it('each is on a figure lagging on its meeting\'s date, in one of its provinces, with its problem written from it', () => {
    for (const a of actions) {
      const meeting = listMeetings(store).find((m) => m.id === a.meetingId)!;
      expect(meeting.units).toContain(a.unit);
      const { lagging } = getChanges(store, { from: meeting.baselineDate, to: meeting.date, edition: meeting.edition, selection: meeting.units });
      const item = lagging.find((l) => l.code === a.unit && l.metric === a.metric);
      expect(item, `${a.unit} ${a.metric}`).toBeDefined();
      expect(a.problem).toBe(problemFromLagging(item!, meeting.date).vi);
      expect(a.dueDate >= meeting.date).toBe(true);
    }
  });

  it('have dated notes after their meeting, by the illustrative data, audited as written by the seed', () => {
    const noted = actions.filter((a) => a.notes.length > 0);
    expect(noted.length).toBeGreaterThanOrEqual(4);
    for (const a of noted) {
      const meeting = listMeetings(store).find((m) => m.id === a.meetingId)!;
      for (const n of a.notes) {
        expect(n.date > meeting.date).toBe(true);
        expect(n.by).toEqual({ vi: 'dữ liệu minh họa', en: 'illustrative data' });
      }
      expect(listActionAudit(store, a.id).every((r) => r.actor === 'seed')).toBe(true);
    }
  });
});
