// Accounts, sessions and API tokens. Passwords are argon2id hashes; session and API tokens are
// random 256-bit values given out once and stored only as SHA-256, so a copy of the store
// reveals no usable credential.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Store } from './client';

export type Role = 'admin' | 'reporter' | 'viewer';
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
/** Failed logins allowed per account, and per address, in the window below. */
export const LOGIN_LIMIT = { perAccount: 5, perAddress: 20, windowMinutes: 15 };

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

export function setDisabled(store: Store, email: string, disabled: boolean): void {
  const user = requireUser(store, email);
  store.sqlite.transaction(() => {
    store.sqlite.prepare(`UPDATE users SET disabled = ? WHERE id = ?`).run(disabled ? 1 : 0, user.id);
    if (disabled) store.sqlite.prepare(`DELETE FROM sessions WHERE user_id = ?`).run(user.id);
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

/** Checks a password, counting failures per account and per address (rate limit). */
export async function login(store: Store, email: string, password: string, address: string, now = new Date()): Promise<
  { ok: true; user: User; token: string; expiresAt: string } | { ok: false; reason: 'limited' | 'invalid' }
> {
  const since = new Date(now.getTime() - LOGIN_LIMIT.windowMinutes * 60_000).toISOString();
  const failures = (key: string) =>
    store.sqlite.prepare(`SELECT COUNT(*) FROM login_failures WHERE key = ? AND at > ?`).pluck().get(key, since) as number;
  const accountKey = `account:${email.trim().toLowerCase()}`;
  const addressKey = `address:${address}`;
  if (failures(accountKey) >= LOGIN_LIMIT.perAccount || failures(addressKey) >= LOGIN_LIMIT.perAddress) {
    return { ok: false, reason: 'limited' };
  }
  const row = store.sqlite
    .prepare(`SELECT password_hash FROM users WHERE email = ? AND disabled = 0`)
    .get(email.trim().toLowerCase()) as { password_hash: string | null } | undefined;
  const good = row?.password_hash ? await verify(row.password_hash, password) : false;
  if (!good) {
    const fail = store.sqlite.prepare(`INSERT INTO login_failures (key, at) VALUES (?, ?)`);
    fail.run(accountKey, now.toISOString());
    fail.run(addressKey, now.toISOString());
    return { ok: false, reason: 'invalid' };
  }
  const user = findUserByEmail(store, email)!;
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

/** May this user write figures of these units ("edition:code")? */
export function canWrite(user: User, units: Iterable<string>): boolean {
  if (user.disabled || user.role === 'viewer') return false;
  if (user.role === 'admin') return true;
  for (const u of units) if (!user.scope!.has(u)) return false;
  return true;
}
