import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './store/client';
import { createTestStore } from './testing/test-store';
import {
  addUser, canWrite, createApiToken, findUserByEmail, LOGIN_LIMIT, login, logout, revokeApiToken, setDisabled, setPassword, userForApiToken, userForSession, UserError,
} from './users';

const store = createTestStore();
afterAll(() => store.dispose());
const PASSWORD = 'mot-mat-khau-du-dai';

describe('accounts', () => {
  it('are added with a role and, for a reporter, units; no password until one is set', async () => {
    const user = addUser(store, { email: 'An@C06.gov.vn', role: 'reporter', units: ['79', '2024:74'] });
    expect(user).toMatchObject({ email: 'an@c06.gov.vn', role: 'reporter' });
    expect([...user.scope!].sort()).toEqual(['2024:74', '2025:79']);
    expect((await login(store, 'an@c06.gov.vn', '', 'a')).ok).toBe(false);
    const stored = store.sqlite.prepare(`SELECT password_hash FROM users WHERE email = 'an@c06.gov.vn'`).pluck().get();
    expect(stored).toBeNull();
  });

  it('refuse bad input with a reason', () => {
    expect(() => addUser(store, { email: 'not-an-email', role: 'viewer' })).toThrow(UserError);
    expect(() => addUser(store, { email: 'x@y.vn', role: 'boss' })).toThrow(/role must be/);
    expect(() => addUser(store, { email: 'x@y.vn', role: 'reporter' })).toThrow(/needs at least one --unit/);
    expect(() => addUser(store, { email: 'x@y.vn', role: 'reporter', units: ['99'] })).toThrow(/unknown unit "99"/);
    expect(() => addUser(store, { email: 'an@c06.gov.vn', role: 'viewer' })).toThrow(/already exists/);
  });

  it('store the password as an argon2id hash', async () => {
    await setPassword(store, 'an@c06.gov.vn', PASSWORD);
    const stored = store.sqlite.prepare(`SELECT password_hash FROM users WHERE email = 'an@c06.gov.vn'`).pluck().get() as string;
    expect(stored).toMatch(/^\$argon2id\$/);
    await expect(setPassword(store, 'an@c06.gov.vn', 'short')).rejects.toThrow(/12 characters/);
  });
});

describe('sessions', () => {
  it('are random tokens stored hashed, expire, and end at logout', async () => {
    const now = new Date('2026-11-26T08:00:00Z');
    const result = await login(store, 'an@c06.gov.vn', PASSWORD, '10.0.0.1', now);
    if (!result.ok) throw new Error('login failed');
    expect(result.token).toHaveLength(43);
    expect(store.sqlite.prepare(`SELECT COUNT(*) FROM sessions WHERE token_hash = ?`).pluck().get(result.token)).toBe(0);
    expect(userForSession(store, result.token, now)?.email).toBe('an@c06.gov.vn');
    expect(userForSession(store, result.token, new Date('2026-12-04T08:00:00Z'))).toBeNull(); // after 7 days
    expect(userForSession(store, 'forged-token', now)).toBeNull();
    logout(store, result.token);
    expect(userForSession(store, result.token, now)).toBeNull();
  });

  it('are refused after too many failures from one address, not from another', async () => {
    addUser(store, { email: 'binh@c06.gov.vn', role: 'viewer' });
    await setPassword(store, 'binh@c06.gov.vn', PASSWORD);
    const now = new Date('2026-11-26T09:00:00Z');
    for (let i = 0; i < LOGIN_LIMIT.freePerPair; i++) expect(await login(store, 'binh@c06.gov.vn', 'wrong', '10.0.0.2', now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await login(store, 'binh@c06.gov.vn', PASSWORD, '10.0.0.2', now)).toEqual({ ok: false, reason: 'limited', retryAfterSeconds: LOGIN_LIMIT.firstWaitSeconds });
    expect((await login(store, 'binh@c06.gov.vn', PASSWORD, '10.0.0.3', now)).ok).toBe(true);
    const later = new Date(now.getTime() + LOGIN_LIMIT.firstWaitSeconds * 1000);
    expect((await login(store, 'binh@c06.gov.vn', PASSWORD, '10.0.0.2', later)).ok).toBe(true);
  });

  it('end when the account is disabled', async () => {
    const result = await login(store, 'an@c06.gov.vn', PASSWORD, '10.0.0.9');
    if (!result.ok) throw new Error('login failed');
    setDisabled(store, 'an@c06.gov.vn', true);
    expect(userForSession(store, result.token)).toBeNull();
    setDisabled(store, 'an@c06.gov.vn', false);
  });

  it('and tokens stay dead when the account is enabled again', async () => {
    const session = await login(store, 'an@c06.gov.vn', PASSWORD, '10.0.0.9');
    if (!session.ok) throw new Error('login failed');
    const { token } = createApiToken(store, 'an@c06.gov.vn');
    expect(userForApiToken(store, token)?.email).toBe('an@c06.gov.vn');
    setDisabled(store, 'an@c06.gov.vn', true);
    expect(userForApiToken(store, token)).toBeNull();
    setDisabled(store, 'an@c06.gov.vn', false);
    expect(userForApiToken(store, token)).toBeNull();
    expect(userForSession(store, session.token)).toBeNull();
    // The account itself works again: a new sign-in and a new token.
    expect((await login(store, 'an@c06.gov.vn', PASSWORD, '10.0.0.9')).ok).toBe(true);
    expect(userForApiToken(store, createApiToken(store, 'an@c06.gov.vn').token)?.email).toBe('an@c06.gov.vn');
  });
});

describe('API tokens and scope', () => {
  it('are shown once, stored hashed, and revocable', () => {
    const { id, token } = createApiToken(store, 'an@c06.gov.vn');
    expect(userForApiToken(store, token)?.email).toBe('an@c06.gov.vn');
    expect(store.sqlite.prepare(`SELECT COUNT(*) FROM api_tokens WHERE token_hash = ?`).pluck().get(token)).toBe(0);
    revokeApiToken(store, id);
    expect(userForApiToken(store, token)).toBeNull();
  });

  it('let a reporter write only its units, a viewer nothing, an admin everything', () => {
    const reporter = findUserByEmail(store, 'an@c06.gov.vn')!;
    expect(canWrite(reporter, ['2025:79'])).toBe(true);
    expect(canWrite(reporter, ['2025:79', '2025:01'])).toBe(false);
    expect(canWrite(findUserByEmail(store, 'binh@c06.gov.vn')!, ['2025:79'])).toBe(false);
    const admin = addUser(store, { email: 'admin@c06.gov.vn', role: 'admin' });
    expect(canWrite(admin, ['2025:01', '2024:74'])).toBe(true);
  });
});

describe('signing in on a store that cannot take writes', () => {
  it('is refused with the reason in both languages, and nothing is written (no failure counted, no session)', async () => {
    const email = 'chi.doc@c06.gov.vn';
    addUser(store, { email, role: 'viewer' });
    await setPassword(store, email, PASSWORD);
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const readOnly = openStore(store.path, { readonly: true });
    try {
      const count = (table: string) => store.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
      const before = [count('sessions'), count('login_failures')];
      for (const password of [PASSWORD, 'sai-mat-khau-roi']) {
        const result = await login(readOnly, email, password, '10.0.0.9');
        expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
        if (result.ok || result.reason !== 'unavailable') throw new Error('expected a refusal');
        expect(result.text.vi).toMatch(/chỉ đọc/);
        expect(result.text.en).toMatch(/read-only/);
      }
      expect([count('sessions'), count('login_failures')]).toEqual(before);
    } finally {
      readOnly.sqlite.close();
    }
  });
});
