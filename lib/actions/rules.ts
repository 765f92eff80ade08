// The rules of an action (lib/actions/status.ts has its statuses): the one validator of an action
// as a person enters it and of a change of its status or a note, who may do which, when it is
// overdue, which pass a status filter, and the problem written from a lagging figure. Pure: what
// it needs from the store (units, meetings) comes in `context`; "today" is passed in.
import { ACTION_STATUSES, isActionStatus, type ActionStatus } from './status';
import type { LaggingItem } from '../changes';
import { isIsoDate, PROGRAMME_END, PROGRAMME_START } from '../dates';
import { editionInForce, type Edition } from '../editions';
import { formatDate, formatNumber, formatPercent, metricShortName, metricUnit } from '../format';
import { statusLabel } from '../i18n/i18n';
import { MAX_NOTE_CHARS, MAX_TEXT_CHARS, textTooLong } from '../limits';
import { isMetricKey, metricByKey, metricsForEdition, type MetricKey } from '../metrics';
import { msg, type Message } from '../message';
import { canWrite, type Writer } from '../security/permissions';
import { translator } from '@/lib/i18n/i18n';

export { ACTION_STATUSES, isActionStatus, type ActionStatus };

export type ActionField = 'unit' | 'metric' | 'meetingId' | 'problem' | 'cause' | 'action' | 'owner' | 'dueDate' | 'status' | 'note' | 'body';

export interface ActionProblem {
  field: ActionField;
  message: Message;
}

/** The fields of an action as they came in (a JSON body, a form): anything, checked here. */
export interface ActionInput {
  /** A province code of the action's edition (actionEdition). */
  unit?: unknown;
  /** A metric key; absent or null: the province as a whole. */
  metric?: unknown;
  meetingId?: unknown;
  problem?: unknown;
  cause?: unknown;
  action?: unknown;
  owner?: unknown;
  dueDate?: unknown;
  /** Absent: "todo". */
  status?: unknown;
}

/** The fields of an action that only an administrator may set (every one but status and notes). */
export const ACTION_EDIT_FIELDS = ['unit', 'metric', 'meetingId', 'problem', 'cause', 'action', 'owner', 'dueDate'] as const;

/** An action's own fields, as checked and stored: the one statement of its shape (db/actions/actions.ts
 *  Action, lib/actions/table.ts and lib/meetings/minutes.ts take theirs from it). */
export interface ValidAction {
  edition: Edition;
  unit: string;
  metric: MetricKey | null;
  meetingId: number | null;
  problem: string | null;
  cause: string | null;
  action: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
}

/** The fields every view of an action shows (its id, its fields, overdue on the day it is read). */
export type ActionView = Omit<ValidAction, 'edition'> & { id: number; overdue: boolean };

export interface ActionContext {
  /** The province codes of each map. */
  units: Record<Edition, ReadonlySet<string>>;
  /** The 2025 province a 2024 one became (74 → 79). */
  successorOf(code: string): string | undefined;
  /** A meeting's date, or null for an unknown meeting. */
  meetingDate(id: number): string | null;
}

/** A PATCH: a new status, a progress note, or both. */
export interface ActionPatchInput {
  status?: unknown;
  note?: unknown;
}

export interface ValidPatch {
  status?: ActionStatus;
  note?: string;
}

const FIELD: Record<ActionField, Message> = {
  unit: msg('Tỉnh', 'The province'),
  metric: msg('Chỉ tiêu theo dõi', 'The metric'),
  meetingId: msg('Cuộc họp', 'The meeting'),
  problem: msg('Vấn đề', 'The problem'),
  cause: msg('Nguyên nhân', 'The cause'),
  action: msg('Biện pháp', 'The action'),
  owner: msg('Cơ quan chịu trách nhiệm', 'The responsible body'),
  dueDate: msg('Hạn hoàn thành', 'The due date'),
  status: msg('Trạng thái', 'The status'),
  note: msg('Ghi chú tiến độ', 'The progress note'),
  body: msg('Nội dung', 'The body'),
};

/**
 * The map an action's province belongs to: the one in force on its meeting's date, else on its
 * due date. The one rule, for checking and for reading.
 */
export function actionEdition(meetingDate: string | null, dueDate: string): Edition {
  return editionInForce(meetingDate ?? dueDate);
}

type Add = (field: ActionField, message: Message) => void;

/** A free text: null when absent or blank, undefined (with a problem) when not text or too long. */
function text(value: unknown, field: ActionField, add: Add, max = MAX_TEXT_CHARS): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    add(field, msg(`${FIELD[field].vi} phải là văn bản.`, `${FIELD[field].en} must be text.`));
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const long = textTooLong(trimmed, FIELD[field], max);
  if (long) {
    add(field, long);
    return undefined;
  }
  return trimmed;
}

const statusProblem = (value: unknown): Message => {
  const shown = typeof value === 'string' ? value.slice(0, 40) : JSON.stringify(value)?.slice(0, 40);
  return msg(`Trạng thái "${shown}" không hợp lệ: chỉ nhận ${ACTION_STATUSES.join(', ')}.`, `Unknown status "${shown}": expected one of ${ACTION_STATUSES.join(', ')}.`);
};

export function validateAction(input: ActionInput, context: ActionContext): { ok: true; action: ValidAction } | { ok: false; problems: ActionProblem[] } {
  const problems: ActionProblem[] = [];
  const add: Add = (field, message) => problems.push({ field, message });

  // The meeting first: its date decides the map and the earliest due date.
  let meetingId: number | null = null;
  let meetingDate: string | null = null;
  if (input.meetingId !== undefined && input.meetingId !== null) {
    const id = typeof input.meetingId === 'string' && /^\d{1,9}$/.test(input.meetingId) ? Number(input.meetingId) : input.meetingId;
    meetingDate = Number.isSafeInteger(id) ? context.meetingDate(id as number) : null;
    if (meetingDate === null) add('meetingId', msg(`Không có cuộc họp số ${String(input.meetingId).slice(0, 20)}.`, `There is no meeting ${String(input.meetingId).slice(0, 20)}.`));
    else meetingId = id as number;
  }

  const dueText = text(input.dueDate, 'dueDate', add);
  let dueDate: string | undefined;
  if (dueText === null) add('dueDate', msg('Thiếu hạn hoàn thành.', 'The due date is missing.'));
  else if (dueText !== undefined && !isIsoDate(dueText)) {
    add('dueDate', msg(`Hạn hoàn thành "${dueText.slice(0, 40)}" không phải ngày có thật, viết YYYY-MM-DD.`, `The due date "${dueText.slice(0, 40)}" is not a calendar date written YYYY-MM-DD.`));
  } else if (dueText && meetingDate && dueText < meetingDate) {
    add('dueDate', msg(`Hạn hoàn thành ${formatDate(dueText, 'vi')} trước ngày họp ${formatDate(meetingDate, 'vi')}.`, `The due date ${formatDate(dueText, 'en')} is before the meeting's date ${formatDate(meetingDate, 'en')}.`));
  } else if (dueText && (dueText < PROGRAMME_START || dueText > PROGRAMME_END)) {
    add('dueDate', msg(`Hạn hoàn thành ${formatDate(dueText, 'vi')} nằm ngoài thời gian Đề án 06 (${formatDate(PROGRAMME_START, 'vi')} – ${formatDate(PROGRAMME_END, 'vi')}).`, `The due date ${formatDate(dueText, 'en')} is outside Project 06 (${formatDate(PROGRAMME_START, 'en')} – ${formatDate(PROGRAMME_END, 'en')}).`));
  } else if (dueText) dueDate = dueText;

  // The map: the meeting's, else the due date's; unknown while neither is known.
  const edition = meetingDate || dueDate ? actionEdition(meetingDate, dueDate ?? meetingDate!) : null;

  let unit: string | undefined;
  if (input.unit === undefined || input.unit === null || input.unit === '') add('unit', msg('Chưa chọn tỉnh.', 'No province chosen.'));
  else if (typeof input.unit !== 'string') add('unit', msg('Tỉnh phải là mã tỉnh hai chữ số, ví dụ "79".', 'The province must be a two-digit code, e.g. "79".'));
  else {
    const code = input.unit.trim();
    const shown = code.slice(0, 20);
    if (!context.units['2024'].has(code) && !context.units['2025'].has(code)) add('unit', msg(`Mã tỉnh "${shown}" không tồn tại.`, `Unknown province code "${shown}".`));
    else if (edition && !context.units[edition].has(code)) {
      const successor = edition === '2025' ? context.successorOf(code) : undefined;
      const when = meetingDate ? msg('ngày họp', "the meeting's date") : msg('hạn hoàn thành', 'the due date');
      add('unit', edition === '2025'
        ? msg(`Mã ${code} không còn hiệu lực vào ${when.vi} (từ 01/07/2025)${successor ? `: dùng mã ${successor}` : ''}.`, `Code ${code} is not in force on ${when.en} (from 01/07/2025)${successor ? `: use ${successor}` : ''}.`)
        : msg(`Mã ${code} là tỉnh của bản đồ 34 tỉnh, chưa có vào ${when.vi} (trước 01/07/2025).`, `Code ${code} is a province of the 34-province map, not yet in force on ${when.en} (before 01/07/2025).`));
    } else unit = code;
  }

  let metric: MetricKey | null | undefined = null;
  if (input.metric !== undefined && input.metric !== null && input.metric !== '') {
    const key = typeof input.metric === 'string' ? input.metric.trim() : '';
    if (!isMetricKey(key)) {
      metric = undefined;
      add('metric', msg(`Chỉ tiêu "${String(input.metric).slice(0, 40)}" không tồn tại.`, `Unknown metric "${String(input.metric).slice(0, 40)}".`));
    } else if (edition && !metricsForEdition(edition).some((m) => m.key === key)) {
      metric = undefined;
      add('metric', edition === '2025'
        ? msg(`Chỉ tiêu ${key} không còn báo cáo trên bản đồ 34 tỉnh (từ 01/07/2025).`, `The metric ${key} is not reported on the 34-province map (from 01/07/2025).`)
        : msg(`Chỉ tiêu ${key} chỉ có trên bản đồ 34 tỉnh (từ 01/07/2025).`, `The metric ${key} exists only on the 34-province map (from 01/07/2025).`));
    } else metric = key;
  }

  const problem = text(input.problem, 'problem', add);
  const cause = text(input.cause, 'cause', add);
  const action = text(input.action, 'action', add);
  if (action === null) add('action', msg('Chưa ghi biện pháp.', 'The action is empty.'));
  const owner = text(input.owner, 'owner', add);
  if (owner === null) add('owner', msg('Chưa ghi cơ quan chịu trách nhiệm.', 'The responsible body is missing.'));

  let status: ActionStatus = 'todo';
  if (input.status !== undefined && input.status !== null) {
    if (isActionStatus(input.status)) status = input.status;
    else add('status', statusProblem(input.status));
  }

  if (problems.length > 0 || !unit || !edition || !dueDate || metric === undefined || !action || !owner || problem === undefined || cause === undefined) {
    return { ok: false, problems };
  }
  return { ok: true, action: { edition, unit, metric, meetingId, problem, cause, action, owner, dueDate, status } };
}

/** A change of status and/or a progress note: at least one, each valid. */
export function validatePatch(input: ActionPatchInput): { ok: true; patch: ValidPatch } | { ok: false; problems: ActionProblem[] } {
  const problems: ActionProblem[] = [];
  const add: Add = (field, message) => problems.push({ field, message });
  const patch: ValidPatch = {};
  if ((input.status === undefined || input.status === null) && (input.note === undefined || input.note === null)) {
    add('body', msg('Không có gì để thay đổi: gửi status, note hoặc cả hai.', 'Nothing to change: send a status, a note or both.'));
  }
  if (input.status !== undefined && input.status !== null) {
    if (isActionStatus(input.status)) patch.status = input.status;
    else add('status', statusProblem(input.status));
  }
  if (input.note !== undefined && input.note !== null) {
    const note = text(input.note, 'note', add, MAX_NOTE_CHARS);
    if (note === null) add('note', msg('Ghi chú tiến độ trống.', 'The progress note is empty.'));
    else if (note) patch.note = note;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, patch };
}

/** What a write asks to do: create, edit (any field but status and notes), change status, add a note. */
export type ActionChange = 'create' | 'edit' | 'status' | 'note';

/** The changes a body (PATCH) asks for, from its keys (given a value): status, note, anything else is an edit. */
export function changesAsked(body: object): ActionChange[] {
  const keys = Object.entries(body).filter(([, v]) => v !== undefined).map(([k]) => k);
  const changes = new Set<ActionChange>();
  for (const k of keys) changes.add(k === 'status' ? 'status' : k === 'note' ? 'note' : 'edit');
  return [...changes];
}

/**
 * The one permission rule of actions: administrators create, edit and close any action; a
 * reporter changes the status of, and adds notes to, actions of its units ("edition:code", as
 * figures: lib/security/permissions.ts canWrite), nothing else; viewers and disabled accounts read.
 */
export function mayChangeAction(writer: Writer, change: ActionChange, unit: string | null): boolean {
  if (writer.disabled) return false;
  if (writer.role === 'admin') return true;
  if (writer.role !== 'reporter' || unit === null) return false;
  return (change === 'status' || change === 'note') && canWrite(writer, [unit]);
}

/** Why a writer may not make these changes (the 403's words), or null when it may. */
export function actionRefusal(writer: Writer, changes: readonly ActionChange[], unit: string | null): Message | null {
  const refused = changes.filter((c) => !mayChangeAction(writer, c, unit));
  if (refused.length === 0) return null;
  if (writer.role === 'reporter' && refused.every((c) => c === 'status' || c === 'note')) {
    return msg(`Chỉ báo cáo viên của tỉnh ${unit?.slice(5) ?? ''} được cập nhật biện pháp này.`, `Only a reporter of province ${unit?.slice(5) ?? ''} may update this action.`);
  }
  if (writer.role === 'reporter') {
    return msg('Báo cáo viên chỉ được đổi trạng thái và thêm ghi chú tiến độ; tạo và sửa biện pháp: quản trị viên.', 'A reporter may only change the status and add progress notes; administrators create and edit actions.');
  }
  return msg('Chỉ quản trị viên (hoặc báo cáo viên của tỉnh) được thay đổi biện pháp.', 'Only administrators (or a reporter of the province) may change actions.');
}

/** Quá hạn: the due date has passed (Vietnam's calendar, lib/dates vietnamDate) and it is not done or cancelled. */
export function isOverdue(a: { dueDate: string; status: ActionStatus }, today: string): boolean {
  return a.dueDate < today && (a.status === 'todo' || a.status === 'doing');
}

export const ACTION_STATUS_FILTERS = ['open', 'done', 'overdue', 'all'] as const;
export type ActionStatusFilter = (typeof ACTION_STATUS_FILTERS)[number];

export function isActionStatusFilter(text: unknown): text is ActionStatusFilter {
  return typeof text === 'string' && (ACTION_STATUS_FILTERS as readonly string[]).includes(text);
}

/** open: to do or in progress (overdue too); done; overdue; all (cancelled too). */
export function matchesStatusFilter(a: { dueDate: string; status: ActionStatus }, filter: ActionStatusFilter, today: string): boolean {
  switch (filter) {
    case 'open':
      return a.status === 'todo' || a.status === 'doing';
    case 'done':
      return a.status === 'done';
    case 'overdue':
      return isOverdue(a, today);
    case 'all':
      return true;
  }
}

const STATUS_ORDER: Record<ActionStatus, number> = { doing: 0, todo: 0, done: 1, cancelled: 2 };

/** Overdue first, then open ones, then done, then cancelled; by due date, then id, within each. */
export function compareActions(a: { id: number; dueDate: string; status: ActionStatus }, b: { id: number; dueDate: string; status: ActionStatus }, today: string): number {
  const rank = (x: typeof a) => (isOverdue(x, today) ? -1 : STATUS_ORDER[x.status]);
  return rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate) || a.id - b.id;
}

/**
 * The problem of an action on a lagging figure, as the agenda shows it on the meeting's date:
 * "Sổ sức khỏe điện tử ngày 14/11/2024: 120.000 hồ sơ, 40,0% chỉ tiêu 300.000 (hạn 31/12/2024) · Chậm tiến độ."
 */
export function problemFromLagging(item: Pick<LaggingItem, 'metric' | 'to' | 'pctTo' | 'statusTo' | 'target' | 'dueDate'>, date: string): Message {
  const def = metricByKey(item.metric);
  const write = (locale: 'vi' | 'en') => {
    const name = metricShortName(def, locale);
    const w = translator(locale, 'ActionDraft');
    const on = w('on', { name, date: formatDate(date, locale) });
    const due = item.dueDate ? w('due', { date: formatDate(item.dueDate, locale) }) : '';
    let figure: string;
    if (def.kind === 'milestone') figure = (item.to ?? 0) >= 1 ? w('reached') : w('notReached');
    else if (item.to === null) figure = w('noReport');
    else {
      const value = `${formatNumber(item.to, locale)} ${metricUnit(def, locale)}`;
      const target = item.target === null ? '' : locale === 'vi'
        ? `, ${formatPercent(item.pctTo, locale)} chỉ tiêu ${formatNumber(item.target, locale)}`
        : `, ${formatPercent(item.pctTo, locale)} of the target ${formatNumber(item.target, locale)}`;
      figure = value + target;
    }
    return `${on}: ${figure}${due} · ${statusLabel(item.statusTo, locale)}.`;
  };
  return { vi: write('vi'), en: write('en') };
}
