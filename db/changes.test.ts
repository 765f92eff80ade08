// The overview's `since` on a real store: a date as it is, a meeting (id or slug) as its date,
// an unknown meeting or a late date refused with the one message of lib/view/params.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sinceDate } from './changes';
import { createMeeting, findMeeting } from './meetings/meetings';
import { findGroup, listGroups } from './meetings/groups';
import { createTestStore, type TestStore } from './testing/test-store';
import { parseOverviewState } from '@/lib/view/overview-state';
import { paramProblem } from '@/lib/view/params';

let store: TestStore;
beforeAll(() => {
  store = createTestStore();
});
afterAll(() => store.dispose());

describe('since: a date or a meeting', () => {
  it('reads a meeting by its slug or its id as its date', () => {
    const id = findMeeting(store, 'hoi-nghi-14-11-2024')!.id;
    expect(findMeeting(store, String(id))?.slug).toBe('hoi-nghi-14-11-2024');
    expect(sinceDate(store, 'hoi-nghi-14-11-2024', '2024-12-26')).toMatchObject({ date: '2024-11-14', problem: null, meeting: { id } });
    expect(sinceDate(store, String(id), '2024-12-26')).toMatchObject({ date: '2024-11-14', problem: null });
    expect(sinceDate(store, '2024-10-02', '2024-12-26')).toEqual({ date: '2024-10-02', meeting: null, problem: null, unknownMeeting: false });
    expect(sinceDate(store, null, '2024-12-26').date).toBeNull();
  });

  it('refuses an unknown meeting, and a meeting after the data date, saying why', () => {
    expect(sinceDate(store, 'khong-co', '2024-12-26')).toEqual({
      date: null, meeting: null, unknownMeeting: true,
      problem: { parameter: 'since', message: { en: 'must be a known meeting: khong-co is not one', vi: 'phải là một hội nghị đã có: không có khong-co' } },
    });
    const late = sinceDate(store, 'hoi-nghi-14-11-2024', '2024-11-13');
    expect(late.date).toBeNull();
    expect(late.problem?.message.en).toBe('must be on or before the data date (2024-11-14 is after 2024-11-13)');
  });

  it('one rule for the value: a real date, or an id or slug; a date-shaped non-date is refused', () => {
    expect(paramProblem('since', 'hoi-nghi-14-11-2024')).toBeNull();
    expect(paramProblem('since', '7')).toBeNull();
    expect(paramProblem('since', '2024-13-45')).toBe('since must be a calendar date written YYYY-MM-DD, or a meeting id or slug');
    expect(paramProblem('since', 'Hội nghị', 'vi')).toBe('since phải là một ngày có thật, viết YYYY-MM-DD, hoặc mã số hay mã của một hội nghị');
  });

  it('takes a meeting whose title starts with a year and month ("2024 05 giao ban") by its slug, wherever a meeting is named', () => {
    const made = createMeeting(store, { title: '2024 05 giao ban', date: '2024-05-22', units: ['79', '01'] }, { actor: 'admin@c06.gov.vn', today: '2024-05-22' });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const slug = made.meeting.slug;
    expect(slug).toBe('2024-05-giao-ban-22-05-2024');
    for (const name of ['since', 'meeting', 'group'] as const) expect(paramProblem(name, slug)).toBeNull();
    expect(parseOverviewState({ since: slug }).state.since).toBe(slug);
    expect(sinceDate(store, slug, '2024-12-26')).toMatchObject({ date: '2024-05-22', problem: null });
    expect(findGroup(listGroups(store, '2024'), slug)?.slug).toBe(slug);
    // A bare date that is no date is still refused as one.
    expect(paramProblem('since', '2024-5-40')).toMatch(/^since must be a calendar date/);
  });

  it("the form's meeting select stands for since when no date is given; a date given wins", () => {
    expect(parseOverviewState({ sinceMeeting: 'hoi-nghi-14-11-2024' }).state.since).toBe('hoi-nghi-14-11-2024');
    expect(parseOverviewState({ since: '2024-10-02', sinceMeeting: 'hoi-nghi-14-11-2024' }).state.since).toBe('2024-10-02');
  });
});
