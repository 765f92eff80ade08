// Meetings of the review cycle: a conference or a review session, its date, its place and the
// provinces invited. Data, not code: administrators create and edit them (db/meetings/meetings.ts); the
// conference of 14/11/2024 is a reference fact loaded on open (db/store/reference.ts).
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { isoDate } from './columns';
import { units } from './reference';

/**
 * A meeting. Its edition is not stored: it follows its date (lib/editions editionInForce), and
 * its units are units of that edition. `baselineDate` is what an administrator chose; null: the
 * default (lib/meetings/meetings.ts baselineOf).
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** For links that name it (?group=hoi-nghi-14-11-2024); set once, kept when it is edited. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    meetingDate: text('meeting_date').notNull(),
    place: text('place'),
    baselineDate: text('baseline_date'),
    /** An invented meeting of the illustrative data, labelled so wherever it is shown. */
    illustrative: integer('illustrative', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('meetings_slug').on(t.slug),
    index('meetings_date').on(t.meetingDate),
    check('meetings_date_iso', isoDate('meeting_date')),
    check('meetings_baseline_before', sql`${t.baselineDate} IS NULL OR (${isoDate('baseline_date')} AND ${t.baselineDate} < ${t.meetingDate})`),
  ],
);

/** The provinces invited to a meeting: units of the meeting's edition. */
export const meetingUnits = sqliteTable(
  'meeting_units',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.unitId] }), index('meeting_units_unit').on(t.unitId)],
);
