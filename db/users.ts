// Accounts, sessions and API tokens. Passwords are argon2id hashes; session and API tokens are
// random 256-bit values given out once and stored only as SHA-256, so a copy of the store
// reveals no usable credential.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Store } from './client';
import { writeRefusal } from './durable';
import type { Role } from '@/lib/permissions';

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

function loadUser(store: Store, where: string, value: unknown): User | null {
  const row = store.sqlite
    .prepare(`SELECT id, email, role, disabled FROM users WHERE ${where}`)
    .get(value) as { id: number; email: string; role: Role; disabled: number } | undefined;
  if (!row) return null;
  let scope: Set<string> | null = null;
  if (row.role !== 'admin') {
    const units = store.sqlite
      .prepare(`SELECT u.edition || ':' || u.code FROM user_units uu JOIN units u ON u.id = uu.unit_id WHERE uu.user_id = ?`)
      .pluck()
      .all(row.id) as string[];
    scope = new Set(units);
  }
  return { id: row.id, email: row.email, role: row.role, disabled: row.disabled === 1, scope };
}

export const findUserByEmail = (store: Store, email: string) => loadUser(store, 'email = ?', email.trim().toLowerCase());

/** Units as "79" (2025 edition) or "2024:74". */
function unitIds(store: Store, codes: readonly string[]): number[] {
  return codes.map((text) => {
    const [edition, code] = text.includes(':') ? text.split(':') : ['2025', text];
    const id = store.sqlite.prepare(`SELECT id FROM units WHERE edition = ? AND code = ? AND level = 'province'`).pluck().get(edition, code);
    if (id === undefined) throw new UserError(`unknown unit "${text}" (write 79, or 2024:74 for a 2024 unit)`);
    return id as number;
  });
}

export function addUser(store: Store, input: { email: string; role: string; units?: string[] }, now = new Date()): User {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new UserError(`"${input.email}" is not an e-mail address`);
  if (!ROLES.includes(input.role as Role)) throw new UserError(`role must be one of ${ROLES.join(', ')}`);
  if (input.role === 'reporter' && !input.units?.length) throw new UserError('a reporter needs at least one --unit');
  if (findUserByEmail(store, email)) throw new UserError(`${email} already exists`);
  return store.sqlite.transaction(() => {
    const id = store.sqlite
      .prepare(`INSERT INTO users (email, role, created_at) VALUES (?, ?, ?) RETURNING id`)
      .pluck()
      .get(email, input.role, now.toISOString()) as number;
    const assign = store.sqlite.prepare(`INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)`);
    for (const unitId of unitIds(store, input.units ?? [])) assign.run(id, unitId);
    return findUserByEmail(store, email)!;
  })();
}

export function listUsers(store: Store): (User & { units: string[] })[] {
  const emails = store.sqlite.prepare(`SELECT email FROM users ORDER BY email`).pluck().all() as string[];
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
    store.sqlite.prepare(`UPDATE users SET password_hash = ? WHERE id = ?`).run(hashed, user.id);
    store.sqlite.prepare(`DELETE FROM sessions WHERE user_id = ?`).run(user.id); // log out everywhere
  })();
}

export function setDisabled(store: Store, email: string, disabled: boolean, now = new Date()): void {
  const user = requireUser(store, email);
  store.sqlite.transaction(() => {
    store.sqlite.prepare(`UPDATE users SET disabled = ? WHERE id = ?`).run(disabled ? 1 : 0, user.id);
    if (disabled) {
      // Disabling ends every way in for good: enabling the account again does not revive them.
      store.sqlite.prepare(`DELETE FROM sessions WHERE user_id = ?`).run(user.id);
      store.sqlite.prepare(`UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`).run(now.toISOString(), user.id);
    }
  })();
}

/** A new API token for the user, returned once; only its hash is kept. */
export function createApiToken(store: Store, email: string, now = new Date()): { id: number; token: string } {
  const user = requireUser(store, email);
  const token = `d06_${newToken()}`;
  const id = store.sqlite
    .prepare(`INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?) RETURNING id`)
    .pluck()
    .get(user.id, sha256(token), now.toISOString()) as number;
  return { id, token };
}

export function revokeApiToken(store: Store, id: number, now = new Date()): boolean {
  return store.sqlite.prepare(`UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`).run(now.toISOString(), id).changes === 1;
}

/** The user behind a bearer token, if the token is known, not revoked, and its user enabled. */
export function userForApiToken(store: Store, token: string): User | null {
  const userId = store.sqlite
    .prepare(`SELECT user_id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL`)
    .pluck()
    .get(sha256(token)) as number | undefined;
  const user = userId === undefined ? null : loadUser(store, 'id = ?', userId);
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
  const stats = (key: string, sinceMs: number) =>
    store.sqlite.prepare(`SELECT COUNT(*) AS n, MIN(at) AS first, MAX(at) AS last FROM login_failures WHERE key = ? AND at > ?`)
      .get(key, iso(sinceMs)) as { n: number; first: string | null; last: string | null };
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

  const row = store.sqlite
    .prepare(`SELECT password_hash FROM users WHERE email = ? AND disabled = 0`)
    .get(account) as { password_hash: string | null } | undefined;
  const stored = row?.password_hash ?? null;
  const verified = await verify(stored ?? (await noOnesHash()), password).catch(() => false);
  if (!(stored !== null && verified)) {
    store.sqlite.transaction(() => {
      const fail = store.sqlite.prepare(`INSERT INTO login_failures (key, at) VALUES (?, ?)`);
      for (const key of Object.values(keys)) fail.run(key, now.toISOString());
      // Forget what no limit looks at any more.
      store.sqlite.prepare(`DELETE FROM login_failures WHERE at < ?`).run(iso(now.getTime() - LOGIN_LIMIT.pairMemoryHours * 3_600_000));
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
  store.sqlite.prepare(`DELETE FROM login_failures WHERE key = ?`).run(keys.pair); // this address is the user's
  const user = findUserByEmail(store, account)!;
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  store.sqlite
    .prepare(`INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`)
    .run(sha256(token), user.id, now.toISOString(), expiresAt);
  return { ok: true, user, token, expiresAt };
}

export function userForSession(store: Store, token: string | undefined, now = new Date()): User | null {
  if (!token) return null;
  const userId = store.sqlite
    .prepare(`SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?`)
    .pluck()
    .get(sha256(token), now.toISOString()) as number | undefined;
  const user = userId === undefined ? null : loadUser(store, 'id = ?', userId);
  return user && !user.disabled ? user : null;
}

export function logout(store: Store, token: string): void {
  store.sqlite.prepare(`DELETE FROM sessions WHERE token_hash = ?`).run(sha256(token));
}

/** May this user write figures of these units ("edition:code")? The rule lives in lib/permissions.ts. */
export { canWrite } from '@/lib/permissions';
