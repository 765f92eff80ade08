// Accounts: users, the units a reporter may write, sessions, API tokens, failed logins.
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { units } from './reference';

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
    /** The language of the e-mails it gets (reminders); null: Vietnamese. */
    locale: text('locale', { enum: ['vi', 'en'] }),
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

/**
 * Every reminder e-mail (npm run remind): the week, the kind, the unit it is about (null for the
 * administrators' summary), the recipient, when, and whether the server took it. A message about
 * several units is one row per unit. A sent row is never sent again; a failed one is retried.
 */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    week: text('week').notNull(),
    kind: text('kind', { enum: ['due_soon', 'overdue', 'summary'] }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recipient: text('recipient').notNull(),
    status: text('status', { enum: ['sent', 'failed'] }).notNull(),
    error: text('error'),
    attempts: integer('attempts').notNull().default(1),
    at: text('at').notNull(),
  },
  (t) => [index('reminders_week').on(t.week, t.kind, t.userId)],
);
