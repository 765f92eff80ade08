// Who changed what: every correction of a report and every change of a target.
import {
  index,
  integer,
  sqliteTable,
  text,
} from 'drizzle-orm/sqlite-core';
import { batches } from './observations';
import { metrics, units } from './reference';

/** Every addition, correction or removal of an observation: who, when, old and new value, which batch. */
export const observationAudit = sqliteTable(
  'observation_audit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    reportDate: text('report_date').notNull(),
    oldValue: integer('old_value'),
    /** Null when the value was removed. */
    newValue: integer('new_value'),
    batchId: integer('batch_id')
      .notNull()
      .references(() => batches.id),
    actor: text('actor').notNull(),
    changedAt: text('changed_at').notNull(),
    reason: text('reason'),
    /** The batch that had written the old value (its writer), null when there was none or before 0004. */
    oldBatchId: integer('old_batch_id').references(() => batches.id),
    /** The batch the row is credited to after the change: a revert gives a figure back to its writer. */
    newBatchId: integer('new_batch_id').references(() => batches.id),
  },
  (t) => [
    index('observation_audit_unit').on(t.unitId, t.metricId, t.reportDate),
    index('observation_audit_changed').on(t.changedAt),
  ],
);

/** Every change of a target: who, when, the old and new values, which batch. */
export const targetAudit = sqliteTable(
  'target_audit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    baselineDate: text('baseline_date').notNull(),
    /** JSON of the target before the change (null when it was added). */
    oldTarget: text('old_target'),
    /** JSON of the target after the change. */
    newTarget: text('new_target').notNull(),
    batchId: integer('batch_id')
      .notNull()
      .references(() => batches.id),
    actor: text('actor').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [index('target_audit_unit').on(t.unitId, t.metricId)],
);

/**
 * Every change of a record that is edited as a whole (a meeting, an action, an action's note): what it is
 * (`subject` and its id), who, when, and the record before and after as JSON (old null: created).
 */
export const changeAudit = sqliteTable(
  'change_audit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subject: text('subject', { enum: ['meeting', 'action', 'action_note'] }).notNull(),
    subjectId: integer('subject_id').notNull(),
    actor: text('actor').notNull(),
    changedAt: text('changed_at').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value').notNull(),
  },
  (t) => [index('change_audit_subject').on(t.subject, t.subjectId)],
);
