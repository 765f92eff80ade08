// The minutes on a real store: the conference of 14/11/2024 and its follow-up, the figures on
// the meeting date against the baseline (as /api/v1/changes), the actions of each province
// (agreed at the meeting, or still open from another, overdue first), and the one table the
// CSV and the XLSX are written from (number and date cells).
import { read, utils } from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAction, patchAction } from '@/db/actions/actions';
import { getChanges } from '@/db/changes';
import { findMeeting } from '@/db/meetings/meetings';
import { createTestStore, TEST_TODAY, type TestStore } from '@/db/testing/test-store';
import { csvCells } from '@/lib/actions/table';
import { minutesTable } from '@/lib/meetings/minutes';
import { toCsv } from '@/lib/exports/csv';
import { toXlsx } from '@/lib/exports/xlsx';
import { loadMinutes } from './minutes-data';

let store: TestStore;
const ids: Record<string, number> = {};
beforeAll(() => {
  store = createTestStore({ seed: true });
  const first = findMeeting(store, 'hoi-nghi-14-11-2024')!;
  const opts = { user: 'seed' as const, today: TEST_TODAY, now: new Date('2026-11-26T03:00:00Z') };
  const make = (key: string, input: Record<string, unknown>) => {
    const r = createAction(store, { owner: 'Sở Tư pháp', cause: 'Thiếu nhân lực', ...input }, opts);
    if (!r.ok) throw new Error(JSON.stringify(r));
    ids[key] = r.action.id;
  };
  // At the conference, for Thanh Hóa (38): one done, one overdue; one open from no meeting; one for Hồ Chí Minh (79) cancelled.
  make('done', { unit: '38', metric: 'health_book_records', meetingId: first.id, action: 'Đẩy nhanh sổ sức khỏe', dueDate: '2024-12-20', status: 'done' });
  make('overdue', { unit: '38', metric: 'judicial_record_live', meetingId: first.id, action: 'Triển khai LLTP trên VNeID', dueDate: '2024-12-31' });
  make('later', { unit: '38', metric: null, action: 'Rà soát toàn tỉnh', dueDate: '2027-03-31', status: 'doing' });
  make('cancelled', { unit: '79', metric: null, action: 'Hủy bỏ', dueDate: '2027-03-31', status: 'cancelled' });
  patchAction(store, ids.overdue, { note: 'Đã họp với Sở Y tế' }, opts);
});
afterAll(() => store.dispose());

describe('the minutes of the conference of 14/11/2024', () => {
  it('one section per invited locality, in code order, with the figures of 14/11/2024 compared with the baseline as /api/v1/changes does', () => {
    const minutes = loadMinutes(store, 'hoi-nghi-14-11-2024', TEST_TODAY)!;
    const meeting = findMeeting(store, 'hoi-nghi-14-11-2024')!;
    expect(minutes.sections.map((s) => s.code)).toEqual([...meeting.units].sort());
    expect(minutes).toMatchObject({ baselineDate: meeting.baselineDate, illustrative: true });
    const changes = getChanges(store, { from: meeting.baselineDate, to: meeting.date, edition: '2024', selection: meeting.units });
    const hcm = minutes.sections.find((s) => s.code === '79')!;
    const expected = changes.units.find((u) => u.code === '79')!;
    for (const f of hcm.figures) expect(f).toMatchObject(expected.metrics[f.metric]!);
    expect(hcm.figures.length).toBeGreaterThan(0);
    expect(loadMinutes(store, String(meeting.id), TEST_TODAY)?.meeting.slug).toBe('hoi-nghi-14-11-2024');
    expect(loadMinutes(store, 'khong-co', TEST_TODAY)).toBeNull();
    expect(loadMinutes(store, '../etc', TEST_TODAY)).toBeNull();
  });

  it("lists a province's actions: overdue first, those agreed at the meeting even when done, others only while open", () => {
    const minutes = loadMinutes(store, 'hoi-nghi-14-11-2024', TEST_TODAY)!;
    const thanhHoa = minutes.sections.find((s) => s.code === '38')!;
    // (The seed's own illustrative actions are there too; these are the test's.)
    const mine = new Set(Object.values(ids));
    expect(thanhHoa.actions.map((a) => a.id).filter((id) => mine.has(id))).toEqual([ids.overdue, ids.later, ids.done]);
    expect(thanhHoa.actions.find((a) => a.id === ids.overdue)).toMatchObject({ id: ids.overdue, overdue: true, notes: [{ date: TEST_TODAY, text: 'Đã họp với Sở Y tế' }] });
    // The cancelled action of another meeting (none) is not in the minutes.
    expect(minutes.sections.find((s) => s.code === '79')!.actions.map((a) => a.id)).not.toContain(ids.cancelled);
  });

  it('the CSV and the XLSX hold the same table: numbers as numbers, dates as dates', () => {
    const minutes = loadMinutes(store, 'hoi-nghi-14-11-2024', TEST_TODAY)!;
    const { header, rows } = minutesTable(minutes, 'vi');
    const actionRow = rows.find((r) => r[15] === 'Triển khai LLTP trên VNeID')!;
    expect(actionRow.slice(0, 5)).toEqual([minutes.meeting.title, { date: '2024-11-14' }, '38', 'Thanh Hóa', 'Biện pháp']);
    expect(actionRow[18]).toBe('Chưa làm · Quá hạn');
    expect(actionRow[19]).toBe(`26/11/2026: Đã họp với Sở Y tế`);

    const csv = toCsv(header, csvCells(rows, 'vi'));
    expect(csv).toContain('31/12/2024');
    const book = read(toXlsx(header, rows, 'Biên bản'), { type: 'array', cellDates: true });
    const sheet = book.Sheets[book.SheetNames[0]];
    const back = utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(back[0]).toEqual(header);
    expect(back).toHaveLength(rows.length + 1);
    const figure = rows.findIndex((r) => r[4] === 'Chỉ tiêu' && typeof r[6] === 'number');
    expect(sheet[utils.encode_cell({ r: figure + 1, c: 6 })]).toMatchObject({ t: 'n', v: rows[figure][6] });
    const due = sheet[utils.encode_cell({ r: rows.indexOf(actionRow) + 1, c: 17 })];
    expect(due.t).toBe('d');
    expect((due.v as Date).toISOString().slice(0, 10)).toBe('2024-12-31');
  });
});
