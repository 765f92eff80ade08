// Actions of the review cycle: on a lagging figure (or a province as a whole), usually agreed at a
// meeting, the problem, its cause, the action, who is responsible, by when, where it stands, and
// dated progress notes. Written by db/actions/actions.ts (checked by lib/actions/rules.ts), audited in
// change_audit.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { isoDate } from './columns';
import { meetings } from './meetings';
import { metrics, units } from './reference';
// Relative: drizzle-kit loads the schema without the app's path aliases.
import { ACTION_STATUSES } from '../../lib/actions/status';

export const actions = sqliteTable(
  'actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** A province of the edition in force on the meeting's date (else on the due date). */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** Null: the province as a whole. */
    metricId: integer('metric_id').references(() => metrics.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    problem: text('problem'),
    cause: text('cause'),
    action: text('action').notNull(),
    /** The responsible body, free text ("Sở Tư pháp tỉnh Thanh Hóa"). */
    owner: text('owner').notNull(),
    dueDate: text('due_date').notNull(),
    /** chưa làm / đang làm / hoàn thành / hủy; "quá hạn" is derived (lib/actions/rules.ts isOverdue). */
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('todo'),
    /** An invented action of the illustrative data, labelled so wherever it is shown. */
    illustrative: integer('illustrative', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    /** The writer's e-mail, or "seed"; shown to the public only through lib/audit/actor-label.ts. */
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    index('actions_unit').on(t.unitId),
    index('actions_meeting').on(t.meetingId),
    check('actions_due_date_iso', isoDate('due_date')),
    check('actions_status', sql.raw(`status IN (${ACTION_STATUSES.map((s) => `'${s}'`).join(', ')})`)),
    check('actions_action_given', sql`length(trim(${t.action})) > 0`),
  ],
);

/** A dated progress note on an action. `userId` null: written by the illustrative data. */
export const actionNotes = sqliteTable(
  'action_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    noteDate: text('note_date').notNull(),
    text: text('text').notNull(),
    userId: integer('user_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('action_notes_action').on(t.actionId), check('action_notes_date_iso', isoDate('note_date'))],
);
