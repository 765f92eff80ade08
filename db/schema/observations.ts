// The figures: each write's batch, the targets, the reports and their national totals.
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
import { metrics, units } from './reference';

/** A write: the seed, an import file, an API call or a form submission. Says who and when. */
export const batches = sqliteTable(
  'batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source', { enum: ['seed', 'import', 'api', 'form', 'script', 'revert'] }).notNull(),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
    note: text('note'),
    rowCount: integer('row_count').notNull().default(0),
  },
  (t) => [index('batches_created').on(t.createdAt)],
);

/**
 * A unit's target for a metric: a linear planned path from (baseline date, baseline value) to
 * (due date, target value). A unit may have several over time; the one in force on a date is
 * the one with the latest baseline date on or before it (lib/plan.ts).
 */
export const targets = sqliteTable(
  'targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    baselineDate: text('baseline_date').notNull(),
    baselineValue: integer('baseline_value').notNull(),
    dueDate: text('due_date').notNull(),
    targetValue: integer('target_value').notNull(),
    note: text('note'),
    /** Per-province targets are not public: illustrative ones must say so wherever shown. */
    illustrative: integer('illustrative', { mode: 'boolean' }).notNull().default(false),
    batchId: integer('batch_id').references(() => batches.id),
  },
  (t) => [
    uniqueIndex('targets_unit_metric_baseline').on(t.unitId, t.metricId, t.baselineDate),
    check('targets_baseline_date', isoDate('baseline_date')),
    check('targets_due_date', isoDate('due_date')),
    check('targets_due_after_baseline', sql`${t.dueDate} > ${t.baselineDate}`),
    check('targets_values', sql`${t.baselineValue} >= 0 AND ${t.targetValue} >= 0`),
  ],
);

/**
 * One current value per (unit, metric, report date). Who wrote it and when is on its batch.
 * A correction replaces the value and leaves the old one in observation_audit.
 */
export const observations = sqliteTable(
  'observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    reportDate: text('report_date').notNull(),
    value: integer('value').notNull(),
    batchId: integer('batch_id')
      .notNull()
      .references(() => batches.id),
    /**
     * The batch that first wrote this figure, once a correction has moved `batchId` on; null while
     * `batchId` still is that batch. When a week's report was received (lib/reporting) reads
     * COALESCE(first_batch_id, batch_id): a correction made later never makes a report late.
     */
    firstBatchId: integer('first_batch_id').references(() => batches.id),
  },
  (t) => [
    // Serves "latest report on or before a date" for one unit and metric as one index seek,
    // and a unit's history as one range scan (the report, the ranking, the province page).
    uniqueIndex('observations_unit_metric_date').on(t.unitId, t.metricId, t.reportDate),
    index('observations_batch').on(t.batchId),
    check('observations_date', isoDate('report_date')),
    check('observations_value', sql`typeof(${t.value}) = 'integer' AND ${t.value} >= 0`),
  ],
);

/**
 * The national total of a metric on each report date: every unit of an edition and level
 * counted with its latest report on or before that date. Kept up to date by the write path
 * (db/totals.ts) so that the national summary is a lookup, not one index seek per unit.
 */
export const observationTotals = sqliteTable(
  'observation_totals',
  {
    edition: text('edition', { enum: ['2024', '2025'] }).notNull(),
    level: text('level', { enum: ['province', 'commune'] }).notNull(),
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    reportDate: text('report_date').notNull(),
    total: integer('total').notNull(),
    /** Units with at least one report on or before the date. */
    unitsReported: integer('units_reported').notNull(),
  },
  (t) => [primaryKey({ columns: [t.edition, t.level, t.metricId, t.reportDate] })],
);

/**
 * When a metric's weekly report is due, set by an administrator (lib/reporting/rules.ts holds the
 * defaults: the Monday after the week, 12:00 in Vietnam). A metric without a row follows them.
 */
export const reportingRules = sqliteTable(
  'reporting_rules',
  {
    metricId: integer('metric_id')
      .primaryKey()
      .references(() => metrics.id),
    deadlineDays: integer('deadline_days').notNull(),
    deadlineTime: text('deadline_time').notNull(),
    weekly: integer('weekly', { mode: 'boolean' }).notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    check('reporting_rules_days', sql`${t.deadlineDays} BETWEEN 0 AND 28`),
    check('reporting_rules_time', sql.raw(`deadline_time GLOB '[0-2][0-9]:[0-5][0-9]'`)),
  ],
);
