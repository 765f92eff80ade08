// The map and what is measured: editions, units and who became whom, metrics, and facts about
// the store. Mostly reference facts (db/reference/), synced on open.
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { isoDate } from './columns';

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
    kind: text('kind', { enum: ['city', 'province', 'commune', 'ward', 'special_zone'] }).notNull(),
    /** A commune-level unit's province (same edition); null for a province. */
    parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
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
    index('units_parent').on(t.parentId),
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

/** Facts about the store itself, e.g. that its data is illustrative. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
