import { describe, expect, it } from 'vitest';
import { validateMeeting, type MeetingContext, type MeetingInput } from './rules';

const CODES_2024 = Array.from({ length: 96 }, (_, i) => String(i + 1).padStart(2, '0'));
const context: MeetingContext = {
  today: '2026-11-26',
  units: { '2024': new Set(CODES_2024), '2025': new Set(['01', '79', '75', '38']) },
  successorOf: (code) => ({ '74': '79', '77': '79' })[code],
};
const good: MeetingInput = { title: '  Giao ban Đề án 06 ', date: '2024-12-26', place: 'Hà Nội', units: ['79', '74'] };

describe('validateMeeting', () => {
  it('accepts a good meeting, trimmed, in the edition of its date', () => {
    expect(validateMeeting(good, context)).toEqual({
      ok: true,
      meeting: { title: 'Giao ban Đề án 06', date: '2024-12-26', edition: '2024', place: 'Hà Nội', units: ['79', '74'], baselineDate: null },
    });
    const after = validateMeeting({ ...good, date: '2025-07-01', units: ['79'], place: '  ', baselineDate: '2025-06-30' }, context);
    expect(after).toMatchObject({ ok: true, meeting: { edition: '2025', place: null, baselineDate: '2025-06-30' } });
    // One year ahead is the latest date; 29 February a year on is 28 February.
    expect(validateMeeting({ ...good, date: '2027-11-26', units: ['79'] }, context).ok).toBe(true);
    expect(validateMeeting({ ...good, date: '2025-02-28', units: ['79'] }, { ...context, today: '2024-02-29' }).ok).toBe(true);
  });

  it.each<[string, MeetingInput, string, RegExp, RegExp]>([
    ['no title', { ...good, title: undefined }, 'title', /^Thiếu tên cuộc họp\.$/, /^The title is missing\.$/],
    ['a blank title', { ...good, title: '   ' }, 'title', /Thiếu tên cuộc họp/, /title is missing/],
    ['a title that is not text', { ...good, title: 42 }, 'title', /Tên cuộc họp phải là văn bản/, /The title must be text/],
    ['a title of 201 characters', { ...good, title: 'x'.repeat(201) }, 'title', /Tên cuộc họp dài 201 ký tự: tối đa 200 ký tự/, /The title is 201 characters long: at most 200 are allowed/],
    ['no date', { ...good, date: undefined }, 'date', /Thiếu ngày họp/, /The date is missing/],
    ['a date that does not exist', { ...good, date: '2024-02-30' }, 'date', /Ngày họp "2024-02-30" không phải ngày có thật/, /The date "2024-02-30" is not a calendar date/],
    ['a date written day first', { ...good, date: '14/11/2024' }, 'date', /không phải ngày có thật/, /not a calendar date written YYYY-MM-DD/],
    ['a date before the programme', { ...good, date: '2021-12-31' }, 'date', /trước khi Đề án 06 bắt đầu \(06\/01\/2022\)/, /before Project 06 began \(06\/01\/2022\)/],
    ['a date over a year ahead', { ...good, date: '2027-11-27', units: ['79'] }, 'date', /Ngày họp 27\/11\/2027 xa hơn một năm kể từ hôm nay: muộn nhất 26\/11\/2027/, /more than a year ahead: 26\/11\/2027 at the latest/],
    ['a place of 201 characters', { ...good, place: 'p'.repeat(201) }, 'place', /Địa điểm dài 201 ký tự/, /The place is 201 characters long/],
    ['a place that is not text', { ...good, place: ['Hà Nội'] }, 'place', /Địa điểm phải là văn bản/, /The place must be text/],
    ['no units', { ...good, units: undefined }, 'units', /Chưa chọn tỉnh nào/, /No province chosen/],
    ['an empty list of units', { ...good, units: [] }, 'units', /Chưa chọn tỉnh nào/, /No province chosen/],
    ['units that are not a list of texts', { ...good, units: '79,74' }, 'units', /danh sách mã tỉnh hai chữ số/, /must be a list of two-digit province codes/],
    ['units as numbers', { ...good, units: [79] }, 'units', /danh sách mã tỉnh/, /list of two-digit province codes/],
    ['64 units', { ...good, units: Array.from({ length: 64 }, (_, i) => CODES_2024[i]) }, 'units', /có 64 mã: tối đa 63/, /holds 64 codes: at most 63/],
    ['an unknown code', { ...good, units: ['79', '99'] }, 'units', /Mã tỉnh "99" không tồn tại/, /Unknown province code "99"/],
    ['a code listed twice', { ...good, units: ['79', '79'] }, 'units', /Mã tỉnh 79 có hai lần/, /Province 79 is listed twice/],
    ['a 2024 code after the merger', { ...good, date: '2025-08-01', units: ['74'] }, 'units', /Mã 74 không còn hiệu lực.*dùng mã 79/, /Code 74 is not in force on the meeting's date \(from 01\/07\/2025\): use 79/],
    ['a baseline that is not a date', { ...good, baselineDate: 'last week' }, 'baselineDate', /Ngày so sánh "last week" không phải ngày có thật/, /The baseline date "last week" is not a calendar date/],
    ['a baseline on the meeting day', { ...good, baselineDate: '2024-12-26' }, 'baselineDate', /Ngày so sánh 26\/12\/2024 phải trước ngày họp 26\/12\/2024/, /must be before the meeting's date 26\/12\/2024/],
    ['a baseline after the meeting', { ...good, baselineDate: '2025-01-01' }, 'baselineDate', /phải trước ngày họp/, /must be before the meeting's date/],
    ['a baseline before the programme', { ...good, baselineDate: '2021-06-01' }, 'baselineDate', /trước khi Đề án 06 bắt đầu/, /The baseline date 01\/06\/2021 is before Project 06 began/],
  ])('refuses %s, naming the field in both languages', (_, input, field, vi, en) => {
    const result = validateMeeting(input, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].field).toBe(field);
    expect(result.problems[0].message.vi).toMatch(vi);
    expect(result.problems[0].message.en).toMatch(en);
  });

  it('lists every problem of a bad meeting at once', () => {
    const result = validateMeeting({ title: '', date: 'x', place: 5, units: ['00', '00'], baselineDate: 7 }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['title', 'date', 'place', 'units', 'units', 'baselineDate']);
  });

  it('a 40,000-character code is shown cut short, never echoed whole', () => {
    const result = validateMeeting({ ...good, units: ['9'.repeat(40_000)] }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message.en.length).toBeLessThan(100);
  });
});
