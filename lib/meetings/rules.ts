// The one validator of a meeting as a person enters it (the API, later the meeting form): every
// problem names its field and the reason, in Vietnamese and English. Pure: what it needs from
// the store (the units of each map, who became whom) comes in `context`; "today" is passed in.
import { addYears, isIsoDate, PROGRAMME_START } from '../dates';
import type { Edition } from '../editions';
import { formatDate } from '../format';
import { MAX_TITLE_CHARS, textTooLong } from '../limits';
import { meetingEdition } from './meetings';
import { msg, type Message } from '../message';

/** Every province of the larger map may be invited, and no more. */
export const MAX_MEETING_UNITS = 63;

export type MeetingField = 'title' | 'date' | 'place' | 'units' | 'baselineDate';

export interface MeetingProblem {
  field: MeetingField;
  message: Message;
}

/** What came in: anything (a JSON body), checked here. */
export interface MeetingInput {
  title?: unknown;
  date?: unknown;
  place?: unknown;
  units?: unknown;
  baselineDate?: unknown;
}

export interface ValidMeeting {
  title: string;
  date: string;
  edition: Edition;
  place: string | null;
  /** Codes of units of `edition`, in the order given. */
  units: string[];
  baselineDate: string | null;
}

export interface MeetingContext {
  /** The day the meeting is entered (Vietnam's calendar). */
  today: string;
  /** The province codes of each map. */
  units: Record<Edition, ReadonlySet<string>>;
  /** The 2025 province a 2024 one became (74 → 79). */
  successorOf(code: string): string | undefined;
}

const FIELD: Record<MeetingField, Message> = {
  title: msg('Tên cuộc họp', 'The title'),
  date: msg('Ngày họp', 'The date'),
  place: msg('Địa điểm', 'The place'),
  units: msg('Danh sách tỉnh mời họp', 'The list of provinces'),
  baselineDate: msg('Ngày so sánh', 'The baseline date'),
};

/** A text field: null when absent or blank; a problem when it is not text. */
function optionalText(value: unknown, field: MeetingField, add: (field: MeetingField, m: Message) => void): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    add(field, msg(`${FIELD[field].vi} phải là văn bản.`, `${FIELD[field].en} must be text.`));
    return undefined;
  }
  return value.trim() === '' ? null : value.trim();
}

/** A date field: null when absent; a problem when it is not a calendar date YYYY-MM-DD. */
function optionalDate(value: unknown, field: MeetingField, add: (field: MeetingField, m: Message) => void): string | null | undefined {
  const text = optionalText(value, field, add);
  if (!text) return text;
  if (isIsoDate(text)) return text;
  add(field, msg(`${FIELD[field].vi} "${text.slice(0, 40)}" không phải ngày có thật, viết YYYY-MM-DD.`, `${FIELD[field].en} "${text.slice(0, 40)}" is not a calendar date written YYYY-MM-DD.`));
  return undefined;
}

export function validateMeeting(input: MeetingInput, context: MeetingContext): { ok: true; meeting: ValidMeeting } | { ok: false; problems: MeetingProblem[] } {
  const problems: MeetingProblem[] = [];
  const add = (field: MeetingField, message: Message) => problems.push({ field, message });

  const title = optionalText(input.title, 'title', add);
  if (title === null) add('title', msg('Thiếu tên cuộc họp.', 'The title is missing.'));
  else if (title) {
    const long = textTooLong(title, FIELD.title, MAX_TITLE_CHARS);
    if (long) add('title', long);
  }

  const date = optionalDate(input.date, 'date', add);
  const latest = addYears(context.today, 1);
  if (date === null) add('date', msg('Thiếu ngày họp.', 'The date is missing.'));
  else if (date && date < PROGRAMME_START) {
    add('date', msg(`Ngày họp ${formatDate(date, 'vi')} trước khi Đề án 06 bắt đầu (${formatDate(PROGRAMME_START, 'vi')}).`, `The date ${formatDate(date, 'en')} is before Project 06 began (${formatDate(PROGRAMME_START, 'en')}).`));
  } else if (date && date > latest) {
    add('date', msg(`Ngày họp ${formatDate(date, 'vi')} xa hơn một năm kể từ hôm nay: muộn nhất ${formatDate(latest, 'vi')}.`, `The date ${formatDate(date, 'en')} is more than a year ahead: ${formatDate(latest, 'en')} at the latest.`));
  }

  const place = optionalText(input.place, 'place', add);
  if (place) {
    const long = textTooLong(place, FIELD.place, MAX_TITLE_CHARS);
    if (long) add('place', long);
  }

  const units = checkUnits(input.units, date ? meetingEdition(date) : null, context, add);

  const baselineDate = optionalDate(input.baselineDate, 'baselineDate', add);
  if (baselineDate && baselineDate < PROGRAMME_START) {
    add('baselineDate', msg(`Ngày so sánh ${formatDate(baselineDate, 'vi')} trước khi Đề án 06 bắt đầu (${formatDate(PROGRAMME_START, 'vi')}).`, `The baseline date ${formatDate(baselineDate, 'en')} is before Project 06 began (${formatDate(PROGRAMME_START, 'en')}).`));
  } else if (baselineDate && date && baselineDate >= date) {
    add('baselineDate', msg(`Ngày so sánh ${formatDate(baselineDate, 'vi')} phải trước ngày họp ${formatDate(date, 'vi')}.`, `The baseline date ${formatDate(baselineDate, 'en')} must be before the meeting's date ${formatDate(date, 'en')}.`));
  }

  if (problems.length > 0 || !title || !date || !units || place === undefined || baselineDate === undefined) {
    return { ok: false, problems };
  }
  return { ok: true, meeting: { title, date, edition: meetingEdition(date), place, units, baselineDate } };
}

/** The invited provinces: a list of 1 to 63 distinct codes of the meeting's map. */
function checkUnits(value: unknown, edition: Edition | null, context: MeetingContext, add: (field: MeetingField, m: Message) => void): string[] | undefined {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    add('units', msg('Chưa chọn tỉnh nào: mời ít nhất một tỉnh.', 'No province chosen: invite at least one.'));
    return undefined;
  }
  if (!Array.isArray(value) || value.some((c) => typeof c !== 'string')) {
    add('units', msg(`${FIELD.units.vi} phải là danh sách mã tỉnh hai chữ số, ví dụ ["79", "01"].`, `${FIELD.units.en} must be a list of two-digit province codes, e.g. ["79", "01"].`));
    return undefined;
  }
  if (value.length > MAX_MEETING_UNITS) {
    add('units', msg(`${FIELD.units.vi} có ${value.length} mã: tối đa ${MAX_MEETING_UNITS}.`, `${FIELD.units.en} holds ${value.length} codes: at most ${MAX_MEETING_UNITS}.`));
    return undefined;
  }
  const codes = (value as string[]).map((c) => c.trim());
  let ok = true;
  const seen = new Set<string>();
  for (const code of codes) {
    const shown = code.slice(0, 20);
    if (seen.has(code)) {
      add('units', msg(`Mã tỉnh ${shown} có hai lần trong danh sách.`, `Province ${shown} is listed twice.`));
      ok = false;
    } else if (!context.units['2024'].has(code) && !context.units['2025'].has(code)) {
      add('units', msg(`Mã tỉnh "${shown}" không tồn tại.`, `Unknown province code "${shown}".`));
      ok = false;
    } else if (edition && !context.units[edition].has(code)) {
      const successor = edition === '2025' ? context.successorOf(code) : undefined;
      add('units', edition === '2025'
        ? msg(`Mã ${code} không còn hiệu lực vào ngày họp (từ 01/07/2025)${successor ? `: dùng mã ${successor}` : ''}.`, `Code ${code} is not in force on the meeting's date (from 01/07/2025)${successor ? `: use ${successor}` : ''}.`)
        : msg(`Mã ${code} là tỉnh của bản đồ 34 tỉnh, chưa có vào ngày họp (trước 01/07/2025).`, `Code ${code} is a province of the 34-province map, not yet in force on the meeting's date (before 01/07/2025).`));
      ok = false;
    }
    seen.add(code);
  }
  return ok ? codes : undefined;
}
