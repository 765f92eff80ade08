// Meetings: reading them (with the baseline each compares with, lib/meetings.ts baselineOf),
// and creating and editing them, checked by lib/meeting-rules.ts, written durably and audited
// in change_audit (who, when, the meeting before and after).
import { bumpDataVersion, cached } from './cache';
import type { Store } from './client';
import { durableWrite } from './durable';
import { listUnits } from './units';
import type { Edition } from '@/lib/editions';
import { validateMeeting, type MeetingContext, type MeetingInput, type MeetingProblem } from '@/lib/meeting-rules';
import { baselineOf, meetingEdition, meetingSlug, type BaselineSource } from '@/lib/meetings';

export interface Meeting {
  id: number;
  slug: string;
  title: string;
  date: string;
  place: string | null;
  edition: Edition;
  /** Codes of units of `edition`. */
  units: string[];
  /** The date it compares with: chosen, or by the rule (lib/meetings.ts baselineOf). */
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

interface Row {
  id: number;
  slug: string;
  title: string;
  date: string;
  place: string | null;
  baselineDate: string | null;
  illustrative: number;
  /** "code:2025 code" of each unit, comma-separated, by code. */
  members: string | null;
}

function storedRows(store: Store): Row[] {
  return store.sqlite
    .prepare(
      `SELECT m.id, m.slug, m.title, m.meeting_date AS date, m.place, m.baseline_date AS baselineDate, m.illustrative,
         (SELECT group_concat(code || ':' || province, ',') FROM (
            SELECT u.code, CASE WHEN u.edition = '2025' THEN u.code ELSE s2.code END AS province
            FROM meeting_units mu JOIN units u ON u.id = mu.unit_id
            LEFT JOIN successions s ON s.from_unit_id = u.id LEFT JOIN units s2 ON s2.id = s.to_unit_id
            WHERE mu.meeting_id = m.id ORDER BY u.code)) AS members
       FROM meetings m ORDER BY m.meeting_date DESC, m.id DESC`,
    )
    .all() as Row[];
}

/** Every meeting, newest first, with its baseline; kept until the next write (db/cache.ts). */
export function listMeetings(store: Store): Meeting[] {
  return cached(store, 'meetings', () => {
    const rows = storedRows(store).map((r) => {
      const members = (r.members ?? '').split(',').filter(Boolean).map((m) => m.split(':'));
      return { row: r, units: members.map(([code]) => code), provinces: [...new Set(members.map(([, p]) => p).filter(Boolean))] };
    });
    const dates = rows.map(({ row, provinces }) => ({ id: row.id, date: row.date, baselineDate: row.baselineDate, provinces }));
    return rows.map(({ row, units }, i) => {
      const baseline = baselineOf(dates[i], dates);
      return {
        id: row.id, slug: row.slug, title: row.title, date: row.date, place: row.place, edition: meetingEdition(row.date), units,
        baselineDate: baseline.date, baselineSource: baseline.source, baselineMeetingId: baseline.meetingId,
        previousMeetingId: baselineOf({ ...dates[i], baselineDate: null }, dates).meetingId, illustrative: row.illustrative === 1,
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

/** A meeting named by its id ("7") or its slug ("hoi-nghi-14-11-2024"), as URLs name it; null when none. */
export function findMeeting(store: Store, idOrSlug: string): Meeting | null {
  return /^\d+$/.test(idOrSlug) ? getMeeting(store, Number(idOrSlug)) : findMeetingBySlug(store, idOrSlug);
}

/** What the validator needs from the store: the provinces of each map and who became whom. */
export function meetingContext(store: Store, today: string): MeetingContext {
  const successors = new Map(
    (store.sqlite
      .prepare(`SELECT f.code AS "from", t.code AS "to" FROM successions s JOIN units f ON f.id = s.from_unit_id JOIN units t ON t.id = s.to_unit_id`)
      .all() as { from: string; to: string }[]).map((r) => [r.from, r.to]),
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
  const chosen = store.sqlite.prepare(`SELECT baseline_date FROM meetings WHERE id = ?`).pluck().get(id) as string | null;
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
  const { sqlite } = store;
  sqlite.prepare(`DELETE FROM meeting_units WHERE meeting_id = ?`).run(id);
  const insert = sqlite.prepare(`INSERT INTO meeting_units (meeting_id, unit_id) SELECT ?, id FROM units WHERE edition = ? AND code = ? AND level = 'province'`);
  for (const code of codes) if (insert.run(id, edition, code).changes !== 1) throw new Error(`unit ${edition}:${code} vanished`);
}

function audit(store: Store, id: number, actor: string, now: Date, before: StoredMeeting | null, after: StoredMeeting): void {
  store.sqlite
    .prepare(`INSERT INTO change_audit (subject, subject_id, actor, changed_at, old_value, new_value) VALUES ('meeting', ?, ?, ?, ?, ?)`)
    .run(id, actor, now.toISOString(), before ? JSON.stringify(before) : null, JSON.stringify(after));
}

/** Creates a meeting: checked, one durable transaction with its audit row, or nothing written. */
export function createMeeting(store: Store, input: MeetingInput, options: WriteOptions): MeetingWrite {
  const checked = validateMeeting(input, meetingContext(store, options.today));
  if (!checked.ok) return checked;
  const m = checked.meeting;
  const id = durableWrite(store, () => {
    const { sqlite } = store;
    const taken = sqlite.prepare(`SELECT 1 FROM meetings WHERE slug = ?`).pluck();
    const slug = meetingSlug(m.title, m.date, (s) => taken.get(s) !== undefined);
    const illustrative = options.illustrative ?? false;
    const newId = sqlite
      .prepare(`INSERT INTO meetings (slug, title, meeting_date, place, baseline_date, illustrative) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`)
      .pluck()
      .get(slug, m.title, m.date, m.place, m.baselineDate, illustrative ? 1 : 0) as number;
    writeUnits(store, newId, m.edition, m.units);
    audit(store, newId, options.actor, options.now ?? new Date(), null, {
      slug, title: m.title, date: m.date, place: m.place, units: [...m.units].sort(), baselineDate: m.baselineDate, illustrative,
    });
    bumpDataVersion(sqlite);
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
    store.sqlite
      .prepare(`UPDATE meetings SET title = ?, meeting_date = ?, place = ?, baseline_date = ? WHERE id = ?`)
      .run(m.title, m.date, m.place, m.baselineDate, id);
    writeUnits(store, id, m.edition, m.units);
    audit(store, id, options.actor, options.now ?? new Date(), before, after);
    bumpDataVersion(store.sqlite);
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
  const rows = store.sqlite
    .prepare(
      `SELECT id, subject_id AS meetingId, actor, changed_at AS changedAt, old_value AS old, new_value AS new
       FROM change_audit WHERE subject = 'meeting' AND (@id IS NULL OR subject_id = @id) ORDER BY id DESC`,
    )
    .all({ id: meetingId ?? null }) as { id: number; meetingId: number; actor: string; changedAt: string; old: string | null; new: string }[];
  return rows.map((r) => ({ ...r, old: r.old === null ? null : (JSON.parse(r.old) as StoredMeeting), new: JSON.parse(r.new) as StoredMeeting }));
}
