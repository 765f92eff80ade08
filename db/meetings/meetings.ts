// Meetings: reading them (with the baseline each compares with, lib/meetings/meetings.ts baselineOf),
// and creating and editing them, checked by lib/meetings/rules.ts, written durably and audited
// in change_audit (who, when, the meeting before and after).
import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { bumpDataVersion, cached } from '../store/cache';
import type { Store } from '../store/types';
import { durableWrite } from '../store/durable';
import { changeAudit, meetings, meetingUnits, successions, units } from '../schema';
import { findUnit, listUnits } from '../units';
import type { Edition } from '@/lib/editions';
import { validateMeeting, type MeetingContext, type MeetingInput, type MeetingProblem } from '@/lib/meetings/rules';
import { baselineOf, meetingEdition, meetingSlug, type BaselineSource } from '@/lib/meetings/meetings';

export interface Meeting {
  id: number;
  slug: string;
  title: string;
  date: string;
  place: string | null;
  edition: Edition;
  /** Codes of units of `edition`. */
  units: string[];
  /** The date it compares with: chosen, or by the rule (lib/meetings/meetings.ts baselineOf). */
  baselineDate: string;
  baselineSource: BaselineSource;
  /** The earlier meeting whose date is the baseline, when it is one. */
  baselineMeetingId: number | null;
  /**
   * The previous meeting that shares a province (the baseline rule without a chosen date): whose
   * actions the deck reviews ("Biện pháp từ hội nghị trước"); null when none.
   */
  previousMeetingId: number | null;
  illustrative: boolean;
}

/** A meeting as stored (its chosen baseline, null when none): what the audit trail keeps. */
export interface StoredMeeting {
  slug: string;
  title: string;
  date: string;
  place: string | null;
  units: string[];
  baselineDate: string | null;
  illustrative: boolean;
}

/** Every stored meeting, newest first, and its units ("code", and the 2025 province it is or became), by code. */
function storedRows(store: Store) {
  const rows = store.db
    .select({
      id: meetings.id, slug: meetings.slug, title: meetings.title, date: meetings.meetingDate, place: meetings.place,
      baselineDate: meetings.baselineDate, illustrative: meetings.illustrative,
    })
    .from(meetings)
    .orderBy(desc(meetings.meetingDate), desc(meetings.id))
    .all();
  const successor = alias(units, 'successor');
  const members = store.db
    .select({ meetingId: meetingUnits.meetingId, code: units.code, province: sql<string | null>`CASE WHEN ${units.edition} = '2025' THEN ${units.code} ELSE ${successor.code} END` })
    .from(meetingUnits)
    .innerJoin(units, eq(units.id, meetingUnits.unitId))
    .leftJoin(successions, eq(successions.fromUnitId, units.id))
    .leftJoin(successor, eq(successor.id, successions.toUnitId))
    .orderBy(units.code)
    .all();
  return rows.map((row) => ({ row, members: members.filter((m) => m.meetingId === row.id) }));
}

/** Every meeting, newest first, with its baseline; kept until the next write (db/store/cache.ts). */
export function listMeetings(store: Store): Meeting[] {
  return cached(store, 'meetings', () => {
    const rows = storedRows(store).map(({ row, members }) => ({
      row, units: members.map((m) => m.code), provinces: [...new Set(members.flatMap((m) => (m.province ? [m.province] : [])))],
    }));
    const dates = rows.map(({ row, provinces }) => ({ id: row.id, date: row.date, baselineDate: row.baselineDate, provinces }));
    return rows.map(({ row, units }, i) => {
      const baseline = baselineOf(dates[i], dates);
      return {
        id: row.id, slug: row.slug, title: row.title, date: row.date, place: row.place, edition: meetingEdition(row.date), units,
        baselineDate: baseline.date, baselineSource: baseline.source, baselineMeetingId: baseline.meetingId,
        previousMeetingId: baselineOf({ ...dates[i], baselineDate: null }, dates).meetingId, illustrative: row.illustrative,
      };
    });
  });
}

export function getMeeting(store: Store, id: number): Meeting | null {
  return listMeetings(store).find((m) => m.id === id) ?? null;
}

export function findMeetingBySlug(store: Store, slug: string): Meeting | null {
  return listMeetings(store).find((m) => m.slug === slug) ?? null;
}

/** A meeting named by its id ("7") or its slug ("hoi-nghi-14-11-2024"); null when none. */
export function findMeeting(store: Store, idOrSlug: string): Meeting | null {
  return /^\d+$/.test(idOrSlug) ? getMeeting(store, Number(idOrSlug)) : findMeetingBySlug(store, idOrSlug);
}

/** What the validator needs from the store: the provinces of each map and who became whom. */
export function meetingContext(store: Store, today: string): MeetingContext {
  const from = alias(units, 'from_unit');
  const to = alias(units, 'to_unit');
  const successors = new Map(
    store.db.select({ from: from.code, to: to.code }).from(successions)
      .innerJoin(from, eq(from.id, successions.fromUnitId)).innerJoin(to, eq(to.id, successions.toUnitId))
      .all().map((r) => [r.from, r.to]),
  );
  return {
    today,
    units: { '2024': new Set(listUnits(store, '2024').map((u) => u.code)), '2025': new Set(listUnits(store, '2025').map((u) => u.code)) },
    successorOf: (code) => successors.get(code),
  };
}

function stored(store: Store, id: number): StoredMeeting | null {
  const m = getMeeting(store, id);
  if (!m) return null;
  const chosen = store.db.select({ baselineDate: meetings.baselineDate }).from(meetings).where(eq(meetings.id, id)).get()?.baselineDate ?? null;
  return { slug: m.slug, title: m.title, date: m.date, place: m.place, units: [...m.units].sort(), baselineDate: chosen, illustrative: m.illustrative };
}

export type MeetingWrite = { ok: true; meeting: Meeting; changed: boolean } | { ok: false; problems: MeetingProblem[] };

export interface WriteOptions {
  actor: string;
  /** Vietnam's calendar date of the write (lib/dates vietnamDate). */
  today: string;
  now?: Date;
  /** Only the illustrative data marks its meetings so. */
  illustrative?: boolean;
}

function writeUnits(store: Store, id: number, edition: Edition, codes: readonly string[]): void {
  store.db.delete(meetingUnits).where(eq(meetingUnits.meetingId, id)).run();
  for (const code of codes) {
    const unit = findUnit(store, edition, code);
    if (!unit) throw new Error(`unit ${edition}:${code} vanished`);
    store.db.insert(meetingUnits).values({ meetingId: id, unitId: unit.id }).run();
  }
}

function audit(store: Store, id: number, actor: string, now: Date, before: StoredMeeting | null, after: StoredMeeting): void {
  store.db.insert(changeAudit).values({
    subject: 'meeting', subjectId: id, actor, changedAt: now.toISOString(), oldValue: before ? JSON.stringify(before) : null, newValue: JSON.stringify(after),
  }).run();
}

/** Creates a meeting: checked, one durable transaction with its audit row, or nothing written. */
export function createMeeting(store: Store, input: MeetingInput, options: WriteOptions): MeetingWrite {
  const checked = validateMeeting(input, meetingContext(store, options.today));
  if (!checked.ok) return checked;
  const m = checked.meeting;
  const id = durableWrite(store, () => {
    const taken = (slug: string) => store.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug)).get() !== undefined;
    const slug = meetingSlug(m.title, m.date, taken);
    const illustrative = options.illustrative ?? false;
    const { id: newId } = store.db.insert(meetings)
      .values({ slug, title: m.title, meetingDate: m.date, place: m.place, baselineDate: m.baselineDate, illustrative })
      .returning({ id: meetings.id }).get();
    writeUnits(store, newId, m.edition, m.units);
    audit(store, newId, options.actor, options.now ?? new Date(), null, {
      slug, title: m.title, date: m.date, place: m.place, units: [...m.units].sort(), baselineDate: m.baselineDate, illustrative,
    });
    bumpDataVersion(store);
    return newId;
  });
  return { ok: true, meeting: getMeeting(store, id)!, changed: true };
}

/**
 * Edits a meeting: every field is given again (what the form shows). Its slug and illustrative
 * mark stay. Null for an unknown meeting; nothing is written (nor audited) when nothing changed.
 */
export function updateMeeting(store: Store, id: number, input: MeetingInput, options: WriteOptions): MeetingWrite | null {
  if (!getMeeting(store, id)) return null;
  const checked = validateMeeting(input, meetingContext(store, options.today));
  if (!checked.ok) return checked;
  const m = checked.meeting;
  const changed = durableWrite(store, () => {
    const before = stored(store, id);
    if (!before) return false;
    const after: StoredMeeting = { ...before, title: m.title, date: m.date, place: m.place, units: [...m.units].sort(), baselineDate: m.baselineDate };
    if (JSON.stringify(after) === JSON.stringify(before)) return false;
    store.db.update(meetings).set({ title: m.title, meetingDate: m.date, place: m.place, baselineDate: m.baselineDate }).where(eq(meetings.id, id)).run();
    writeUnits(store, id, m.edition, m.units);
    audit(store, id, options.actor, options.now ?? new Date(), before, after);
    bumpDataVersion(store);
    return true;
  });
  return { ok: true, meeting: getMeeting(store, id)!, changed };
}

export interface MeetingAuditRow {
  id: number;
  meetingId: number;
  actor: string;
  changedAt: string;
  old: StoredMeeting | null;
  new: StoredMeeting;
}

/** The changes of one meeting (or every meeting), newest first. */
export function listMeetingAudit(store: Store, meetingId?: number): MeetingAuditRow[] {
  const c = changeAudit;
  const rows = store.db
    .select({ id: c.id, meetingId: c.subjectId, actor: c.actor, changedAt: c.changedAt, old: c.oldValue, new: c.newValue })
    .from(c)
    .where(and(eq(c.subject, 'meeting'), meetingId === undefined ? undefined : eq(c.subjectId, meetingId)))
    .orderBy(desc(c.id))
    .all();
  return rows.map((r) => ({ ...r, old: r.old === null ? null : (JSON.parse(r.old) as StoredMeeting), new: JSON.parse(r.new) as StoredMeeting }));
}
