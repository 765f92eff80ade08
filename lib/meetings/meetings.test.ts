import { describe, expect, it } from 'vitest';
import { baselineOf, DEFAULT_BASELINE_DAYS, meetingLabel, meetingSlug, slugify, type MeetingDates } from './meetings';

const m = (id: number, date: string, provinces: string[], baselineDate: string | null = null): MeetingDates => ({ id, date, provinces, baselineDate });

describe('baselineOf: the one rule for the date a meeting compares with', () => {
  const conference = m(1, '2024-11-14', ['79', '75', '01']);
  const other = m(2, '2024-12-01', ['22']);
  const sameDay = m(3, '2024-12-26', ['79']);
  it.each([
    ['a chosen date wins over an earlier meeting', m(10, '2024-12-26', ['79'], '2024-10-02'), [conference], { date: '2024-10-02', source: 'chosen', meetingId: null }],
    ['the latest earlier meeting that shares a province', m(10, '2025-01-09', ['75', '22']), [conference, other], { date: '2024-12-01', source: 'previous-meeting', meetingId: 2 }],
    ['an earlier meeting of other provinces does not count', m(10, '2025-01-09', ['75']), [conference, other], { date: '2024-11-14', source: 'previous-meeting', meetingId: 1 }],
    ['a later meeting does not count', m(10, '2024-11-01', ['79']), [conference], { date: '2024-09-20', source: 'default', meetingId: null }],
    ['a meeting on the same day does not count', m(10, '2024-12-26', ['79']), [sameDay], { date: '2024-11-14', source: 'default', meetingId: null }],
    ['no meeting shares a province: 6 weeks earlier', m(10, '2025-03-01', ['48']), [conference, other], { date: '2025-01-18', source: 'default', meetingId: null }],
    ['across the merger (provinces on one map)', m(10, '2025-08-05', ['79']), [conference], { date: '2024-11-14', source: 'previous-meeting', meetingId: 1 }],
    ['itself is never its own previous meeting', conference, [conference], { date: '2024-10-03', source: 'default', meetingId: null }],
  ])('%s', (_, meeting, others, expected) => {
    expect(baselineOf(meeting, [...others, meeting])).toEqual(expected);
  });

  it('the default is DEFAULT_BASELINE_DAYS (6 weeks) earlier, across a year end', () => {
    expect(DEFAULT_BASELINE_DAYS).toBe(42);
    expect(baselineOf(m(1, '2025-01-10', ['01']), []).date).toBe('2024-11-29');
  });

  it('two earlier meetings on one day: the later-created one', () => {
    expect(baselineOf(m(9, '2025-01-01', ['01']), [m(4, '2024-12-01', ['01']), m(5, '2024-12-01', ['01'])]).meetingId).toBe(5);
  });
});

describe('slugs and labels', () => {
  it('slugify writes Vietnamese in plain ASCII words', () => {
    expect(slugify('Hội nghị Đề án 06 với 12 địa phương')).toBe('hoi-nghi-de-an-06-voi-12-dia-phuong');
    expect(slugify('  !!  ')).toBe('');
  });

  it('a new slug names the title and the date, stays within 80 characters and is unique', () => {
    const taken = new Set(['giao-ban-14-11-2024']);
    expect(meetingSlug('Giao ban', '2024-11-14', (s) => taken.has(s))).toBe('giao-ban-14-11-2024-2');
    expect(meetingSlug('???', '2024-11-14', () => false)).toBe('hop-14-11-2024');
    const long = meetingSlug('Hội nghị '.repeat(40), '2024-11-14', () => false);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9-]+-14-11-2024$/);
    expect(long).not.toContain('--');
  });

  it('a label says title, place and date, and "illustrative" when invented', () => {
    expect(meetingLabel({ title: 'Hội nghị', place: 'TP Hồ Chí Minh', date: '2024-11-14', illustrative: false }, 'vi')).toBe('Hội nghị, TP Hồ Chí Minh, 14/11/2024');
    expect(meetingLabel({ title: 'Giao ban', place: null, date: '2024-12-26', illustrative: true }, 'en')).toBe('Giao ban, 26/12/2024 (illustrative)');
    expect(meetingLabel({ title: 'Giao ban', place: null, date: '2024-12-26', illustrative: true }, 'vi')).toBe('Giao ban, 26/12/2024 (minh họa)');
  });
});
