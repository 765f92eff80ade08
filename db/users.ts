// Accounts, sessions and API tokens. Passwords are argon2id hashes; session and API tokens are
// random 256-bit values given out once and stored only as SHA-256, so a copy of the store
// reveals no usable credential.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, count, eq, gt, isNull, lt, max, min, sql } from 'drizzle-orm';
import type { Store } from './store/types';
import { writeRefusal } from './store/durable';
import type { Role } from '@/lib/security/permissions';
import { prepared } from './store/prepared';
import { apiTokens, loginFailures, sessions, units, userUnits, users } from './schema';
import { findUnit } from './units';
import { COMMUNE_CODE } from '@/lib/communes/rules';
import { isEdition } from '@/lib/editions';

export type { Role };
export const ROLES: readonly Role[] = ['admin', 'reporter', 'viewer'];

export interface User {
  id: number;
  email: string;
  role: Role;
  disabled: boolean;
  /** "edition:code" of the units a reporter may write; null for an admin (every unit). */
  scope: ReadonlySet<string> | null;
}

export const SESSION_DAYS = 7;
/** Sign-in limits (see login). */
export const LOGIN_LIMIT = {
  /** Failures of one account from one address before any wait… */
  freePerPair: 5,
  /** …then a wait after each further failure, doubling from a minute up to an hour. */
  firstWaitSeconds: 60,
  longestWaitSeconds: 3600,
  /** How long a pair's failures are remembered (a success from the pair forgets them). */
  pairMemoryHours: 24,
  /** Ceilings in the window: failures of one account from all addresses, of one address on all accounts. */
  perAccount: 100,
  perAddress: 50,
  windowMinutes: 15,
};

export class UserError extends Error {}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const ACCOUNT = { id: users.id, email: users.email, role: users.role, disabled: users.disabled };

/** The account with this e-mail or id (every request with a session or token asks: prepared once). */
function loadUser(store: Store, by: { email: string } | { id: number }): User | null {
  const row = 'email' in by
    ? prepared(store, 'userByEmail', (db) => db.select(ACCOUNT).from(users).where(eq(users.email, sql.placeholder('email'))).prepare()).get({ email: by.email })
    : prepared(store, 'userById', (db) => db.select(ACCOUNT).from(users).where(eq(users.id, sql.placeholder('id'))).prepare()).get({ id: by.id });
  if (!row) return null;
  let scope: Set<string> | null = null;
  if (row.role !== 'admin') {
    const scopeOf = prepared(store, 'userScope', (db) =>
      db.select({ edition: units.edition, code: units.code }).from(userUnits).innerJoin(units, eq(units.id, userUnits.unitId))
        .where(eq(userUnits.userId, sql.placeholder('user'))).prepare());
    scope = new Set(scopeOf.all({ user: row.id }).map((u) => `${u.edition}:${u.code}`));
  }
  return { ...row, scope };
}

export const findUserByEmail = (store: Store, email: string) => loadUser(store, { email: email.trim().toLowerCase() });

/** Units as "79" (2025 edition), "2024:74", or a 2025 commune's five-digit code "26740". */
function unitIds(store: Store, codes: readonly string[]): number[] {
  return codes.map((text) => {
    const [edition, code] = text.includes(':') ? text.split(':') : ['2025', text];
    const level = edition === '2025' && COMMUNE_CODE.test(code) ? 'commune' : 'province';
    const unit = isEdition(edition) ? findUnit(store, edition, code, level) : null;
    if (!unit) throw new UserError(`unknown unit "${text}" (write 79, 2024:74 for a 2024 unit, or 26740 for a commune)`);
    return unit.id;
  });
}

export function addUser(store: Store, input: { email: string; role: string; units?: string[] }, now = new Date()): User {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new UserError(`"${input.email}" is not an e-mail address`);
  if (!ROLES.includes(input.role as Role)) throw new UserError(`role must be one of ${ROLES.join(', ')}`);
  if (input.role === 'reporter' && !input.units?.length) throw new UserError('a reporter needs at least one --unit');
  if (findUserByEmail(store, email)) throw new UserError(`${email} already exists`);
  return store.sqlite.transaction(() => {
    const { id } = store.db.insert(users).values({ email, role: input.role as Role, createdAt: now.toISOString() }).returning({ id: users.id }).get();
    for (const unitId of unitIds(store, input.units ?? [])) store.db.insert(userUnits).values({ userId: id, unitId }).run();
    return findUserByEmail(store, email)!;
  })();
}

export function listUsers(store: Store): (User & { units: string[] })[] {
  const emails = store.db.select({ email: users.email }).from(users).orderBy(users.email).all().map((r) => r.email);
  return emails.map((e) => {
    const user = findUserByEmail(store, e)!;
    return { ...user, units: user.scope ? [...user.scope].sort() : [] };
  });
}

function requireUser(store: Store, email: string): User {
  const user = findUserByEmail(store, email);
  if (!user) throw new UserError(`no user ${email}`);
  return user;
}

export async function setPassword(store: Store, email: string, password: string): Promise<void> {
  if (password.length < 12) throw new UserError('a password needs at least 12 characters');
  const user = requireUser(store, email);
  const hashed = await hash(password); // @node-rs/argon2 defaults to argon2id
  store.sqlite.transaction(() => {
    store.db.update(users).set({ passwordHash: hashed }).where(eq(users.id, user.id)).run();
    store.db.delete(sessions).where(eq(sessions.userId, user.id)).run(); // log out everywhere
  })();
}

export function setDisabled(store: Store, email: string, disabled: boolean, now = new Date()): void {
  const user = requireUser(store, email);
  store.sqlite.transaction(() => {
    store.db.update(users).set({ disabled }).where(eq(users.id, user.id)).run();
    if (disabled) {
      // Disabling ends every way in for good: enabling the account again does not revive them.
      store.db.delete(sessions).where(eq(sessions.userId, user.id)).run();
      store.db.update(apiTokens).set({ revokedAt: now.toISOString() }).where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt))).run();
    }
  })();
}

/** A new API token for the user, returned once; only its hash is kept. */
export function createApiToken(store: Store, email: string, now = new Date()): { id: number; token: string } {
  const user = requireUser(store, email);
  const token = `d06_${newToken()}`;
  const { id } = store.db.insert(apiTokens).values({ userId: user.id, tokenHash: sha256(token), createdAt: now.toISOString() })
    .returning({ id: apiTokens.id }).get();
  return { id, token };
}

export function revokeApiToken(store: Store, id: number, now = new Date()): boolean {
  return store.db.update(apiTokens).set({ revokedAt: now.toISOString() }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).run().changes === 1;
}

/** The user behind a bearer token, if the token is known, not revoked, and its user enabled. */
export function userForApiToken(store: Store, token: string): User | null {
  const userId = prepared(store, 'apiTokenUser', (db) =>
    db.select({ userId: apiTokens.userId }).from(apiTokens).where(and(eq(apiTokens.tokenHash, sql.placeholder('hash')), isNull(apiTokens.revokedAt))).prepare(),
  ).get({ hash: sha256(token) })?.userId;
  const user = userId === undefined ? null : loadUser(store, { id: userId });
  return user && !user.disabled ? user : null;
}

/** Why a sign-in would be refused now, and for how long; null when it may be tried. */
interface Lock {
  scope: 'pair' | 'account' | 'address';
  failures: number;
  retryAfterSeconds: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

function currentLock(store: Store, keys: { pair: string; account: string; address: string }, now: Date): Lock | null {
  const t = now.getTime();
  const failures = prepared(store, 'loginFailureStats', (db) =>
    db.select({ n: count(), first: min(loginFailures.at), last: max(loginFailures.at) }).from(loginFailures)
      .where(and(eq(loginFailures.key, sql.placeholder('key')), gt(loginFailures.at, sql.placeholder('since')))).prepare());
  const stats = (key: string, sinceMs: number) => failures.get({ key, since: iso(sinceMs) })!;
  const L = LOGIN_LIMIT;
  const pair = stats(keys.pair, t - L.pairMemoryHours * 3_600_000);
  if (pair.n >= L.freePerPair) {
    const wait = pairWaitSeconds(pair.n);
    const until = Date.parse(pair.last!) + wait * 1000;
    if (until > t) return { scope: 'pair', failures: pair.n, retryAfterSeconds: Math.ceil((until - t) / 1000) };
  }
  const windowStart = t - L.windowMinutes * 60_000;
  for (const [scope, key, limit] of [['account', keys.account, L.perAccount], ['address', keys.address, L.perAddress]] as const) {
    const s = stats(key, windowStart);
    if (s.n >= limit) return { scope, failures: s.n, retryAfterSeconds: Math.max(1, Math.ceil((Date.parse(s.first!) + L.windowMinutes * 60_000 - t) / 1000)) };
  }
  return null;
}

/** The wait after the n-th failure of one account from one address: none, then 1, 2, 4, … minutes. */
export function pairWaitSeconds(failures: number): number {
  if (failures < LOGIN_LIMIT.freePerPair) return 0;
  return Math.min(LOGIN_LIMIT.firstWaitSeconds * 2 ** (failures - LOGIN_LIMIT.freePerPair), LOGIN_LIMIT.longestWaitSeconds);
}

/** A hash of no one's password, so that an unknown account costs the same argon2 time as a wrong password. */
let dummyHash: Promise<string> | null = null;
const noOnesHash = () => (dummyHash ??= hash(randomBytes(24).toString('base64url')));

/**
 * Checks a password. Failures are counted per (account, address) pair, which waits longer after
 * each failure past the first few, so an attacker elsewhere cannot lock a user out of their own
 * address; a ceiling per account over all addresses, and per address over all accounts, stops a
 * spread-out attack. A refused or unknown account costs one argon2 verification like a wrong
 * password, and the answer is the same. Every lock that starts is logged.
 */
export async function login(store: Store, email: string, password: string, address: string, now = new Date()): Promise<
  | { ok: true; user: User; token: string; expiresAt: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'limited'; retryAfterSeconds: number }
  | { ok: false; reason: 'unavailable'; text: { vi: string; en: string } }
> {
  // Signing in writes (failures, a session): a store that cannot take writes says why instead.
  const refusal = writeRefusal(store);
  if (refusal) return { ok: false, reason: 'unavailable', text: refusal.text };
  const account = email.trim().toLowerCase().slice(0, 254);
  const keys = { pair: `pair:${account}|${address}`, account: `account:${account}`, address: `address:${address}` };
  const lock = currentLock(store, keys, now);
  if (lock) return { ok: false, reason: 'limited', retryAfterSeconds: lock.retryAfterSeconds };

  const row = store.db.select({ passwordHash: users.passwordHash }).from(users).where(and(eq(users.email, account), eq(users.disabled, false))).get();
  const stored = row?.passwordHash ?? null;
  const verified = await verify(stored ?? (await noOnesHash()), password).catch(() => false);
  if (!(stored !== null && verified)) {
    store.sqlite.transaction(() => {
      store.db.insert(loginFailures).values(Object.values(keys).map((key) => ({ key, at: now.toISOString() }))).run();
      // Forget what no limit looks at any more.
      store.db.delete(loginFailures).where(lt(loginFailures.at, iso(now.getTime() - LOGIN_LIMIT.pairMemoryHours * 3_600_000))).run();
    })();
    const started = currentLock(store, keys, now);
    if (started) {
      console.warn(
        `sign-in locked: ${started.scope === 'address' ? `address ${address}` : `${account} from ${started.scope === 'pair' ? address : 'every address'}`}` +
          ` after ${started.failures} failures, for ${started.retryAfterSeconds} s`,
      );
    }
    return { ok: false, reason: 'invalid' };
  }
  store.db.delete(loginFailures).where(eq(loginFailures.key, keys.pair)).run(); // this address is the user's
  const user = findUserByEmail(store, account)!;
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  store.db.insert(sessions).values({ tokenHash: sha256(token), userId: user.id, createdAt: now.toISOString(), expiresAt }).run();
  return { ok: true, user, token, expiresAt };
}

export function userForSession(store: Store, token: string | undefined, now = new Date()): User | null {
  if (!token) return null;
  const userId = prepared(store, 'sessionUser', (db) =>
    db.select({ userId: sessions.userId }).from(sessions)
      .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), gt(sessions.expiresAt, sql.placeholder('now')))).prepare(),
  ).get({ hash: sha256(token), now: now.toISOString() })?.userId;
  const user = userId === undefined ? null : loadUser(store, { id: userId });
  return user && !user.disabled ? user : null;
}

export function logout(store: Store, token: string): void {
  store.db.delete(sessions).where(eq(sessions.tokenHash, sha256(token))).run();
}

/** May this user write figures of these units ("edition:code")? The rule lives in lib/security/permissions.ts. */
export { canWrite } from '@/lib/security/permissions';
