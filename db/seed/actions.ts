// The illustrative actions (marked illustrative): a handful on real lagging figures of the two
// seeded meetings' provinces, in every state (done, in progress, overdue, not yet due,
// cancelled), with dated progress notes, so the agenda, the deck and the minutes show the whole
// cycle on a fresh store. Deterministic: the same store and `today` give the same actions.
import { createAction, patchAction } from '../actions/actions';
import { getChanges } from '../changes';
import type { Store } from '../store/types';
import { findMeetingBySlug, listMeetings, type Meeting } from '../meetings/meetings';
import { findUnit } from '../units';
import { problemFromLagging, type ActionStatus } from '@/lib/actions/rules';
import type { LaggingItem } from '@/lib/changes';
import { addDays } from '@/lib/dates';
import type { MetricKey } from '@/lib/metrics';

/** Who answers for each metric in a province (free text, as an administrator would write it). */
const OWNER: Record<MetricKey, string> = {
  health_book_records: 'Sở Y tế',
  judicial_record_applications: 'Sở Tư pháp',
  judicial_record_live: 'Sở Tư pháp',
  districts_digitized: 'Sở Tài nguyên và Môi trường',
  communes_digitized: 'Sở Nông nghiệp và Môi trường',
  land_parcels_digitized: 'Sở Tài nguyên và Môi trường',
  civil_status_digitized: 'Sở Tư pháp',
  land_data_digitized: 'Sở Nông nghiệp và Môi trường',
};

const CAUSE: Record<MetricKey, [cause: string, action: string]> = {
  health_book_records: ['Cơ sở khám chữa bệnh chưa kết nối dữ liệu khám sức khỏe với VNeID.', 'Kết nối phần mềm của các bệnh viện tuyến tỉnh với Sổ sức khỏe điện tử; hướng dẫn người dân kích hoạt trên VNeID.'],
  judicial_record_applications: ['Người dân chưa biết có thể đề nghị cấp Phiếu LLTP trên VNeID.', 'Tuyên truyền tại bộ phận một cửa và trên VNeID; Công an cấp xã hỗ trợ người dân nộp hồ sơ.'],
  judicial_record_live: ['Chưa hoàn thành kết nối phần mềm lý lịch tư pháp với VNeID.', 'Hoàn thành kết nối, thử nghiệm và chính thức cấp Phiếu LLTP trên VNeID.'],
  districts_digitized: ['Thiếu kinh phí đo đạc, chỉnh lý hồ sơ địa chính ở các huyện còn lại.', 'Bố trí kinh phí và lập kế hoạch số hóa dữ liệu đất đai theo từng huyện.'],
  communes_digitized: ['Nhiều xã mới sau sắp xếp chưa có cán bộ địa chính.', 'Điều động cán bộ và số hóa dữ liệu đất đai theo từng xã.'],
  land_parcels_digitized: ['Dữ liệu thửa đất còn trên giấy, chưa chuẩn hóa.', 'Thuê đơn vị số hóa, chuẩn hóa dữ liệu thửa đất và đồng bộ với cơ sở dữ liệu dân cư.'],
  civil_status_digitized: ['Sổ hộ tịch cũ hư hỏng, thiếu nhân lực nhập liệu.', 'Bổ sung nhân lực, số hóa sổ hộ tịch còn lại và kiểm tra chất lượng.'],
  land_data_digitized: ['Xã chưa có cán bộ địa chính sau sắp xếp.', 'Bố trí cán bộ và hoàn thành số hóa dữ liệu đất đai của xã.'],
};

interface Plan {
  meeting: 'conference' | 'follow-up';
  /** Which lagging figure: the n-th of the meeting's (by province, then metric), one per province. */
  pick: number;
  /** The due date, days after the meeting, or after `today` (not yet due). */
  due: { afterMeeting: number } | { afterToday: number };
  status: ActionStatus;
  /** Days after the meeting, and what was noted. */
  notes: [days: number, text: string][];
}

const PLANS: Plan[] = [
  { meeting: 'conference', pick: 0, due: { afterMeeting: 36 }, status: 'done', notes: [[14, 'Đã họp với các đơn vị liên quan, phân công đầu mối.'], [33, 'Đã hoàn thành; số liệu tuần sau sẽ phản ánh.']] },
  { meeting: 'conference', pick: 1, due: { afterMeeting: 31 }, status: 'todo', notes: [] },
  { meeting: 'conference', pick: 2, due: { afterMeeting: 60 }, status: 'doing', notes: [[20, 'Đang triển khai ở 4 huyện đầu tiên.']] },
  { meeting: 'conference', pick: 3, due: { afterMeeting: 45 }, status: 'cancelled', notes: [[25, 'Hủy: gộp vào biện pháp chung của tỉnh sau cuộc họp giao ban.']] },
  { meeting: 'conference', pick: 4, due: { afterMeeting: 40 }, status: 'done', notes: [[38, 'Đã hoàn thành đúng hạn.']] },
  { meeting: 'follow-up', pick: 0, due: { afterMeeting: 64 }, status: 'doing', notes: [[10, 'Đã bố trí kinh phí; đang chọn đơn vị thực hiện.'], [40, 'Chậm do thủ tục đấu thầu.']] },
  { meeting: 'follow-up', pick: 1, due: { afterToday: 30 }, status: 'todo', notes: [] },
  { meeting: 'follow-up', pick: 2, due: { afterMeeting: 21 }, status: 'done', notes: [[7, 'Đã tập huấn cán bộ một cửa.'], [20, 'Hoàn thành.']] },
];

/** The meeting's lagging figures, one per province (its first by metric), by province code. */
function laggingOf(store: Store, meeting: Meeting): LaggingItem[] {
  const { lagging } = getChanges(store, { from: meeting.baselineDate, to: meeting.date, edition: meeting.edition, selection: meeting.units });
  const sorted = [...lagging].sort((a, b) => a.code.localeCompare(b.code) || a.metric.localeCompare(b.metric));
  return sorted.filter((item, i) => sorted.findIndex((x) => x.code === item.code) === i);
}

/** Writes the illustrative actions; call inside the seed's transaction, after its meetings. Returns how many. */
export function seedIllustrativeActions(store: Store, today: string, now: Date, followUpDate: string): number {
  const conference = findMeetingBySlug(store, 'hoi-nghi-14-11-2024');
  const followUp = listMeetings(store).find((m) => m.illustrative && m.date === followUpDate);
  if (!conference || !followUp) throw new Error('the illustrative actions need both seeded meetings');
  const lagging = { conference: laggingOf(store, conference), 'follow-up': laggingOf(store, followUp) };
  const meetings = { conference, 'follow-up': followUp };
  // The follow-up's provinces: take those the conference's actions did not, so each gets its own.
  const used = new Set<string>();
  let written = 0;
  for (const plan of PLANS) {
    const meeting = meetings[plan.meeting];
    const free = lagging[plan.meeting].filter((item) => !used.has(item.code));
    const item = free[plan.pick % free.length];
    if (!item) continue;
    const unit = findUnit(store, meeting.edition, item.code);
    const unitName = `${unit?.kind === 'city' ? 'thành phố' : 'tỉnh'} ${item.name}`;
    const [cause, action] = CAUSE[item.metric];
    const dueDate = 'afterMeeting' in plan.due ? addDays(meeting.date, plan.due.afterMeeting) : addDays(today, plan.due.afterToday);
    const created = createAction(store, {
      unit: item.code, metric: item.metric, meetingId: meeting.id, problem: problemFromLagging(item, meeting.date).vi, cause, action,
      owner: `${OWNER[item.metric]} ${unitName}`, dueDate,
    }, { user: 'seed', today: meeting.date, now, illustrative: true });
    if (!created.ok) throw new Error(`an illustrative action is refused: ${JSON.stringify(created)}`);
    used.add(item.code);
    const id = created.action.id;
    plan.notes.forEach(([days, text], i) => {
      const last = i === plan.notes.length - 1;
      const status = last ? plan.status : plan.status === 'todo' ? undefined : 'doing';
      const r = patchAction(store, id, { note: text, status }, { user: 'seed', today: addDays(meeting.date, days), now });
      if (!r?.ok) throw new Error(`an illustrative note is refused: ${JSON.stringify(r)}`);
    });
    written++;
  }
  return written;
}
