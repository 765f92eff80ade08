// The store's schema: the single source of truth. Migrations in db/migrations are generated
// from this file with `npm run db:generate`; never edit them by hand.
//
// Dates are ISO text (YYYY-MM-DD) so that they sort and compare as strings and read plainly in
// a SQL shell; timestamps are ISO text in UTC. Every count is an INTEGER (checked), since every
// Project 06 figure is a count of records, applications, parcels or units.
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

const isoDate = (column: string) =>
  sql.raw(`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`);

/** An edition of the administrative map: 2024 (63 provinces) and 2025 (34 provinces). */
export const editions = sqliteTable('editions', {
  code: text('code', { enum: ['2024', '2025'] }).primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  /** First day in force. */
  validFrom: text('valid_from').notNull(),
  /** Last day in force; null while it is the current map. */
  validTo: text('valid_to'),
});

/**
 * A unit of one edition: a province (tỉnh / thành phố trực thuộc trung ương), or a commune
 * (xã / phường) for data kept below province level.
 */
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    edition: text('edition', { enum: ['2024', '2025'] })
      .notNull()
      .references(() => editions.code),
    /** Province-level units (tỉnh / thành phố) or commune-level ones (xã / phường). */
    level: text('level', { enum: ['province', 'commune'] }).notNull().default('province'),
    /** GSO code, kept as text: two digits for a province ("01", not 1), five for a commune. */
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameAscii: text('name_ascii').notNull(),
    kind: text('kind', { enum: ['city', 'province', 'commune', 'ward'] }).notNull(),
    /** GSO socio-economic region; known for the 2024 edition only. */
    region: text('region'),
    /** Districts (huyện) on 01/05/2024; the 2024 edition only. */
    districts: integer('districts'),
    /** Commune-level units from 1/7/2025; the 2025 edition only. */
    communes: integer('communes'),
    /** Average population 2020 (GSO, preliminary); 2025 units carry their predecessors' sum. */
    population: integer('population').notNull(),
  },
  (t) => [
    uniqueIndex('units_edition_code').on(t.edition, t.code),
    check(
      'units_code_digits',
      sql`(${t.level} = 'province' AND ${t.code} GLOB '[0-9][0-9]') OR (${t.level} = 'commune' AND ${t.code} GLOB '[0-9][0-9][0-9][0-9][0-9]')`,
    ),
    check('units_districts_positive', sql`${t.districts} IS NULL OR ${t.districts} > 0`),
    check('units_communes_positive', sql`${t.communes} IS NULL OR ${t.communes} > 0`),
  ],
);

/** Each 2024 unit and the 2025 unit it became on 1/7/2025. */
export const successions = sqliteTable(
  'successions',
  {
    fromUnitId: integer('from_unit_id')
      .primaryKey()
      .references(() => units.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id),
    effectiveDate: text('effective_date').notNull(),
  },
  (t) => [
    index('successions_to').on(t.toUnitId),
    check('successions_date', isoDate('effective_date')),
  ],
);

export const metrics = sqliteTable(
  'metrics',
  {
    id: integer('id').primaryKey(),
    key: text('key').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    unitVi: text('unit_vi').notNull(),
    unitEn: text('unit_en').notNull(),
    /**
     * cumulative: a running count; share: a count of sub-units out of the unit's denominator;
     * milestone: 0 until the unit reaches it, then 1 (national value = units that reached it).
     */
    kind: text('kind', { enum: ['cumulative', 'share', 'milestone'] }).notNull(),
    /** For share metrics: which column of units is the denominator. */
    denominator: text('denominator', { enum: ['districts', 'communes'] }),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    uniqueIndex('metrics_key').on(t.key),
    check(
      'metrics_share_has_denominator',
      sql`(${t.kind} = 'share') = (${t.denominator} IS NOT NULL)`,
    ),
  ],
);

/** The editions whose reports carry a metric (districts_digitized: 2024 only, and so on). */
export const metricEditions = sqliteTable(
  'metric_editions',
  {
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    edition: text('edition', { enum: ['2024', '2025'] })
      .notNull()
      .references(() => editions.code),
  },
  (t) => [primaryKey({ columns: [t.metricId, t.edition] })],
);

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

/** A named set of units, e.g. the 12 localities of the conference of 14/11/2024. */
export const meetingGroups = sqliteTable(
  'meeting_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    meetingDate: text('meeting_date'),
    note: text('note'),
  },
  (t) => [uniqueIndex('meeting_groups_slug').on(t.slug)],
);

/** Members may be units of either edition; a view maps them onto the edition it shows. */
export const meetingGroupMembers = sqliteTable(
  'meeting_group_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => meetingGroups.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] })],
);

/** Facts about the store itself, e.g. that its data is illustrative. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** People who use the dashboard. Reading may be open; every write needs an account. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    /** admin: everything, manages users and targets; reporter: its units only; viewer: reads. */
    role: text('role', { enum: ['admin', 'reporter', 'viewer'] }).notNull(),
    /** argon2id; null until a password is set (no default password is ever shipped). */
    passwordHash: text('password_hash'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('users_email').on(t.email)],
);

/** The units a reporter may report for. */
export const userUnits = sqliteTable(
  'user_units',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] })],
);

/** Server-side sessions: the cookie holds a random token; only its SHA-256 is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** API tokens for machine writes (POST /api/v1/observations), stored hashed, revocable. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash').on(t.tokenHash)],
);

/** Failed logins, per account and per address, for rate limiting. */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('login_failures_key').on(t.key, t.at)],
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
