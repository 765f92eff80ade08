// Actions: reading them (with their notes, whether overdue today), and creating, editing and
// updating them (status, notes): permitted and checked by lib/actions/rules.ts, written durably
// (db/store/durable.ts) in one transaction with their audit rows in change_audit (who, when, old, new),
// bumping the data version; nothing written on any refusal.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { bumpDataVersion, cached } from '../store/cache';
import type { Store } from '../store/types';
import { durableWrite } from '../store/durable';
import { getMeeting, listMeetings, meetingContext } from '../meetings/meetings';
import { actionNotes, actions, changeAudit, metrics, units, userUnits, users } from '../schema';
import { findUnit, predecessorsByUnit } from '../units';
import type { User } from '../users';
import {
  actionRefusal, changesAsked, compareActions, isOverdue, matchesStatusFilter, validateAction, validatePatch,
  type ActionChange, type ActionContext, type ActionInput, type ActionPatchInput, type ActionProblem, type ActionStatusFilter, type ActionView, type ValidAction,
} from '@/lib/actions/rules';
import { publicActorLabel } from '@/lib/audit/actor-label';
import type { Edition } from '@/lib/editions';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import type { Message } from '@/lib/message';

export type ActionRow = typeof actions.$inferSelect;
export type ActionNoteRow = typeof actionNotes.$inferSelect;

export interface ActionNote {
  id: number;
  date: string;
  text: string;
  /** Who wrote it, as the public may see it (lib/audit/actor-label.ts): never an e-mail. */
  by: Message;
}

export interface Action extends ActionView {
  /** The map of `unit`: the one in force on its meeting's date, else its due date. */
  edition: Edition;
  unitName: string;
  /** The 34-province code `unit` is or became (74 → 79), to group actions across the merger. */
  province: string;
  illustrative: boolean;
  createdAt: string;
  updatedAt: string;
  /** Oldest first. */
  notes: ActionNote[];
}

/** An action as stored, without its notes: what the audit trail keeps before and after. */
export type StoredAction = ValidAction & { illustrative: boolean };

type Loaded = Omit<Action, 'overdue'>;

/** Every action with its notes, by id; kept until the next write (db/store/cache.ts). */
function loadAll(store: Store): Loaded[] {
  return cached(store, 'actions', () => {
    const rows = store.db
      .select({ a: actions, edition: units.edition, unit: units.code, unitName: units.nameVi, unitId: units.id, metric: metrics.key })
      .from(actions)
      .innerJoin(units, eq(units.id, actions.unitId))
      .leftJoin(metrics, eq(metrics.id, actions.metricId))
      .orderBy(asc(actions.id))
      .all();
    const notes = store.db
      .select({ n: actionNotes, email: users.email, role: users.role })
      .from(actionNotes)
      .leftJoin(users, eq(users.id, actionNotes.userId))
      .orderBy(asc(actionNotes.noteDate), asc(actionNotes.id))
      .all();
    const unitsOf = writerUnits(store, [...new Set(notes.map((n) => n.n.userId).filter((id): id is number => id !== null))]);
    const byAction = new Map<number, ActionNote[]>();
    for (const { n, email, role } of notes) {
      const fields = { actor: email ?? 'seed', actorRole: role, actorUnits: n.userId === null ? null : (unitsOf.get(n.userId) ?? null) };
      const note = { id: n.id, date: n.noteDate, text: n.text, by: { vi: publicActorLabel(fields, 'vi'), en: publicActorLabel(fields, 'en') } };
      byAction.set(n.actionId, [...(byAction.get(n.actionId) ?? []), note]);
    }
    const successor = successorCodes(store);
    return rows.map(({ a, edition, unit, unitName, unitId, metric }) => ({
      id: a.id, edition, unit, unitName, province: edition === '2025' ? unit : (successor.get(unitId) ?? unit),
      metric: metric as MetricKey | null, meetingId: a.meetingId, problem: a.problem, cause: a.cause, action: a.action, owner: a.owner,
      dueDate: a.dueDate, status: a.status, illustrative: a.illustrative, createdAt: a.createdAt, updatedAt: a.updatedAt,
      notes: byAction.get(a.id) ?? [],
    }));
  });
}

/** 2024 unit id → the 2025 code it became. */
function successorCodes(store: Store): Map<number, string> {
  return cached(store, 'successorCodes', () => readSuccessorCodes(store));
}

function readSuccessorCodes(store: Store): Map<number, string> {
  const map = new Map<number, string>();
  const codes = new Map(store.db.select({ id: units.id, code: units.code }).from(units).where(eq(units.edition, '2025')).all().map((u) => [u.id, u.code]));
  for (const [toId, from] of predecessorsByUnit(store)) for (const u of from) map.set(u.id, codes.get(toId)!);
  return map;
}

/** The units of each account ("79, 2024:74"), as the audit trail shows them (lib/audit/actor-label.ts). */
function writerUnits(store: Store, userIds: number[]): Map<number, string> {
  if (userIds.length === 0) return new Map();
  const rows = store.db
    .select({ userId: userUnits.userId, edition: units.edition, code: units.code })
    .from(userUnits)
    .innerJoin(units, eq(units.id, userUnits.unitId))
    .where(inArray(userUnits.userId, userIds))
    .orderBy(sql`${units.edition} DESC`, asc(units.code))
    .all();
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.edition === '2025' ? r.code : `${r.edition}:${r.code}`]);
  return new Map([...map].map(([id, list]) => [id, list.join(', ')]));
}

export interface ActionFilter {
  /** A province code: of `edition` and the units it was made of or became when `edition` is given, else of either map. */
  unit?: string;
  edition?: Edition;
  meeting?: number;
  /** Absent: all. */
  status?: ActionStatusFilter;
  /** Vietnam's calendar date (lib/dates vietnamDate): decides which are overdue. */
  today: string;
}

/** The actions that pass the filter: overdue first, then open, done, cancelled; by due date within each. */
export function listActions(store: Store, filter: ActionFilter): Action[] {
  const { unit, edition, meeting, status = 'all', today } = filter;
  let province: string | null = null;
  if (unit !== undefined && edition) {
    const row = findUnit(store, edition, unit);
    if (!row) return [];
    province = edition === '2025' ? unit : (successorCodes(store).get(row.id) ?? unit);
  }
  return loadAll(store)
    .filter((a) => meeting === undefined || a.meetingId === meeting)
    .filter((a) => unit === undefined || (province === null ? a.unit === unit : edition === '2025' ? a.province === province : a.edition === '2024' ? a.unit === unit : a.unit === province))
    .filter((a) => matchesStatusFilter(a, status, today))
    .map((a) => ({ ...a, overdue: isOverdue(a, today) }))
    .sort((a, b) => compareActions(a, b, today));
}

/**
 * What a meeting's page lists: the actions agreed at it, and those still open for its provinces
 * (across the merger: 74 and 79 are one) from earlier meetings or from none. Null for an unknown meeting.
 */
export function meetingActions(store: Store, meetingId: number, today: string): { agreed: Action[]; earlierOpen: Action[] } | null {
  const meeting = getMeeting(store, meetingId);
  if (!meeting) return null;
  const successor = successorCodes(store);
  const provinces = new Set(meeting.units.map((code) => {
    if (meeting.edition === '2025') return code;
    const unit = findUnit(store, '2024', code);
    return (unit && successor.get(unit.id)) ?? code;
  }));
  const dateOf = new Map(listMeetings(store).map((m) => [m.id, m.date]));
  const all = listActions(store, { today });
  return {
    agreed: all.filter((a) => a.meetingId === meetingId),
    earlierOpen: all.filter((a) => a.meetingId !== meetingId && provinces.has(a.province) && matchesStatusFilter(a, 'open', today)
      && (a.meetingId === null || (dateOf.get(a.meetingId) ?? '') < meeting.date)),
  };
}

export function getAction(store: Store, id: number, today: string): Action | null {
  const a = loadAll(store).find((x) => x.id === id);
  return a ? { ...a, overdue: isOverdue(a, today) } : null;
}

/** What the validator needs from the store: the provinces of each map, who became whom, meetings' dates. */
export function actionContext(store: Store, today: string): ActionContext {
  const { units: codes, successorOf } = meetingContext(store, today);
  return { units: codes, successorOf, meetingDate: (id) => getMeeting(store, id)?.date ?? null };
}

export type ActionWrite =
  | { ok: true; action: Action; changed: boolean }
  | { ok: false; refusal: 'forbidden'; message: Message }
  | { ok: false; refusal: 'invalid'; problems: ActionProblem[] };

export interface ActionWriteOptions {
  /** The account writing, or "seed" for the illustrative data. */
  user: User | 'seed';
  /** Vietnam's calendar date of the write: a note's date, and what is overdue. */
  today: string;
  now?: Date;
  /** Only the illustrative data marks its actions so. */
  illustrative?: boolean;
}

const actorOf = (user: User | 'seed') => (user === 'seed' ? 'seed' : user.email);

function forbidden(user: User | 'seed', changes: ActionChange[], unit: string | null): ActionWrite | null {
  if (user === 'seed') return null;
  const message = actionRefusal(user, changes, unit);
  return message ? { ok: false, refusal: 'forbidden', message } : null;
}

function stored(a: Loaded): StoredAction {
  return {
    edition: a.edition, unit: a.unit, metric: a.metric, meetingId: a.meetingId, problem: a.problem, cause: a.cause, action: a.action,
    owner: a.owner, dueDate: a.dueDate, status: a.status, illustrative: a.illustrative,
  };
}

function audit(store: Store, subject: 'action' | 'action_note', id: number, actor: string, now: Date, before: object | null, after: object): void {
  store.db.insert(changeAudit).values({
    subject, subjectId: id, actor, changedAt: now.toISOString(), oldValue: before ? JSON.stringify(before) : null, newValue: JSON.stringify(after),
  }).run();
}

function columns(store: Store, v: StoredAction) {
  const unit = findUnit(store, v.edition, v.unit);
  if (!unit) throw new Error(`unit ${v.edition}:${v.unit} vanished`);
  return {
    unitId: unit.id, metricId: v.metric ? metricByKey(v.metric).id : null, meetingId: v.meetingId, problem: v.problem, cause: v.cause,
    action: v.action, owner: v.owner, dueDate: v.dueDate, status: v.status,
  };
}

function addNote(store: Store, actionId: number, text: string, options: ActionWriteOptions, now: Date): void {
  const userId = options.user === 'seed' ? null : options.user.id;
  const note = store.db.insert(actionNotes)
    .values({ actionId, noteDate: options.today, text, userId, createdAt: now.toISOString() })
    .returning({ id: actionNotes.id }).get();
  audit(store, 'action_note', note.id, actorOf(options.user), now, null, { actionId, date: options.today, text, userId });
}

/** Creates an action (administrators): permitted, checked, one durable transaction with its audit row, or nothing written. */
export function createAction(store: Store, input: ActionInput, options: ActionWriteOptions): ActionWrite {
  const refused = forbidden(options.user, ['create'], null);
  if (refused) return refused;
  const checked = validateAction(input, actionContext(store, options.today));
  if (!checked.ok) return { ok: false, refusal: 'invalid', problems: checked.problems };
  const now = options.now ?? new Date();
  const actor = actorOf(options.user);
  const after: StoredAction = { ...checked.action, illustrative: options.illustrative ?? false };
  const id = durableWrite(store, () => {
    const row = store.db.insert(actions)
      .values({ ...columns(store, after), illustrative: after.illustrative, createdAt: now.toISOString(), createdBy: actor, updatedAt: now.toISOString(), updatedBy: actor })
      .returning({ id: actions.id }).get();
    audit(store, 'action', row.id, actor, now, null, after);
    bumpDataVersion(store.sqlite);
    return row.id;
  });
  return { ok: true, action: getAction(store, id, options.today)!, changed: true };
}

/**
 * Edits an action (administrators): the fields given replace the stored ones (absent: kept;
 * null or blank: cleared), with an optional progress note, in one transaction. Null for an
 * unknown action; nothing is written (nor audited) when nothing changed.
 */
export function updateAction(store: Store, id: number, input: ActionInput & { note?: unknown }, options: ActionWriteOptions): ActionWrite | null {
  const current = loadAll(store).find((a) => a.id === id);
  if (!current) return null;
  const refused = forbidden(options.user, changesAsked(input), `${current.edition}:${current.unit}`);
  if (refused) return refused;
  const { note, ...fields } = input;
  const before = stored(current);
  const merged: ActionInput = { ...before, ...fields };
  const checked = validateAction(merged, actionContext(store, options.today));
  const notePatch = note === undefined ? null : validatePatch({ note });
  const problems = [...(checked.ok ? [] : checked.problems), ...(notePatch && !notePatch.ok ? notePatch.problems : [])];
  if (!checked.ok || (notePatch && !notePatch.ok)) return { ok: false, refusal: 'invalid', problems };
  const after: StoredAction = { ...checked.action, illustrative: before.illustrative };
  const noteText = notePatch?.ok ? notePatch.patch.note : undefined;
  return write(store, id, before, after, noteText, options);
}

/** Changes an action's status and/or adds a progress note (administrators, or a reporter of its unit). */
export function patchAction(store: Store, id: number, input: ActionPatchInput, options: ActionWriteOptions): ActionWrite | null {
  const current = loadAll(store).find((a) => a.id === id);
  if (!current) return null;
  const refused = forbidden(options.user, changesAsked(input), `${current.edition}:${current.unit}`);
  if (refused) return refused;
  const checked = validatePatch(input);
  if (!checked.ok) return { ok: false, refusal: 'invalid', problems: checked.problems };
  const before = stored(current);
  return write(store, id, before, { ...before, status: checked.patch.status ?? before.status }, checked.patch.note, options);
}

function write(store: Store, id: number, before: StoredAction, after: StoredAction, note: string | undefined, options: ActionWriteOptions): ActionWrite {
  const edited = JSON.stringify(before) !== JSON.stringify(after);
  if (!edited && note === undefined) return { ok: true, action: getAction(store, id, options.today)!, changed: false };
  const now = options.now ?? new Date();
  const actor = actorOf(options.user);
  durableWrite(store, () => {
    store.db.update(actions).set({ ...columns(store, after), updatedAt: now.toISOString(), updatedBy: actor }).where(eq(actions.id, id)).run();
    if (edited) audit(store, 'action', id, actor, now, before, after);
    if (note !== undefined) addNote(store, id, note, options, now);
    bumpDataVersion(store.sqlite);
  });
  return { ok: true, action: getAction(store, id, options.today)!, changed: true };
}

export interface ActionAuditRow {
  id: number;
  subject: 'action' | 'action_note';
  /** The action's id, or the note's. */
  subjectId: number;
  actor: string;
  changedAt: string;
  old: StoredAction | null;
  new: StoredAction | { actionId: number; date: string; text: string; userId: number | null };
}

/** The changes of one action (its fields and its notes), newest first. For administrators: it names e-mails. */
export function listActionAudit(store: Store, actionId: number): ActionAuditRow[] {
  const rows = store.db
    .select()
    .from(changeAudit)
    .where(or(
      and(eq(changeAudit.subject, 'action'), eq(changeAudit.subjectId, actionId)),
      // A note's row names its action inside the JSON: drizzle has no json_extract.
      and(eq(changeAudit.subject, 'action_note'), sql`json_extract(${changeAudit.newValue}, '$.actionId') = ${actionId}`),
    ))
    .orderBy(sql`${changeAudit.id} DESC`)
    .all();
  return rows.map((r) => ({
    id: r.id, subject: r.subject as 'action' | 'action_note', subjectId: r.subjectId, actor: r.actor, changedAt: r.changedAt,
    old: r.oldValue === null ? null : (JSON.parse(r.oldValue) as StoredAction), new: JSON.parse(r.newValue),
  }));
}
