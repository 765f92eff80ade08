// The sign-in limits on a real SQLite store: who is counted (lib/security/client-address.ts) and how
// (db/users.ts login).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestStore } from './testing/test-store';
import { addUser, LOGIN_LIMIT, login, pairWaitSeconds, setPassword } from './users';
import { clientAddressFrom, PEER_HEADER, PEER_HEADER_ENV } from '@/lib/security/client-address';

const store = createTestStore();
const PASSWORD = 'mot-mat-khau-du-dai';
const SOCKET = '198.51.100.9';
beforeAll(async () => {
  for (const email of ['an@c06.gov.vn', 'binh@c06.gov.vn', 'chi@c06.gov.vn', 'dung@c06.gov.vn']) {
    addUser(store, { email, role: 'viewer' });
    await setPassword(store, email, PASSWORD);
  }
});
afterAll(() => store.dispose());

/** The address the app counts for a request from SOCKET carrying these headers. */
const addressOf = (forwardedFor: string, env: Record<string, string> = {}) =>
  clientAddressFrom(new Headers({ 'x-forwarded-for': forwardedFor, [PEER_HEADER]: SOCKET }), { [PEER_HEADER_ENV]: '1', ...env });
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
const outcome = (r: Awaited<ReturnType<typeof login>>) => (r.ok ? 'ok' : r.reason);

describe('sign-in limits', () => {
  it('count a forged X-Forwarded-For as the socket it came from, without TRUST_PROXY', async () => {
    const now = new Date('2026-11-26T08:00:00Z');
    const results = [];
    // One client spraying many accounts, forging a new address each time.
    for (let i = 0; i < LOGIN_LIMIT.perAddress + 3; i++) {
      results.push(outcome(await login(store, `khong-co-${i}@c06.gov.vn`, 'sai', addressOf(`203.0.113.${i}`), at(now, i))));
    }
    expect(results.slice(0, LOGIN_LIMIT.perAddress).every((r) => r === 'invalid')).toBe(true);
    expect(results.slice(LOGIN_LIMIT.perAddress)).toEqual(['limited', 'limited', 'limited']);
  });

  it('with TRUST_PROXY=1 count the right-most forwarded hop, not the left-most', async () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const forged = (i: number) => `10.9.9.${i}, 192.0.2.44`; // the client's forgery, then what the proxy saw
    for (let i = 0; i < LOGIN_LIMIT.freePerPair; i++) {
      expect(await login(store, 'an@c06.gov.vn', 'sai', addressOf(forged(i), { TRUST_PROXY: '1' }), at(now, i))).toEqual({ ok: false, reason: 'invalid' });
    }
    // The proxy's client is now waiting, whatever it writes in front of its own address…
    expect(await login(store, 'an@c06.gov.vn', PASSWORD, addressOf(forged(99), { TRUST_PROXY: '1' }), at(now, 10))).toMatchObject({ ok: false, reason: 'limited' });
    // …while another client of the same proxy signs in.
    expect((await login(store, 'an@c06.gov.vn', PASSWORD, addressOf('192.0.2.45', { TRUST_PROXY: '1' }), at(now, 11))).ok).toBe(true);
  });

  it('an attacker hammering from address A does not stop the user at address B', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const now = new Date('2026-11-26T10:00:00Z');
    let t = 0;
    let limited = 0;
    // An hour of an attacker retrying as soon as each wait ends, and often before.
    while (t < 3600) {
      const r = await login(store, 'binh@c06.gov.vn', 'doan-mo', '203.0.113.66', at(now, t));
      if (!r.ok && r.reason === 'limited') {
        limited++;
        t += Math.max(5, Math.min(r.retryAfterSeconds, 120));
      } else t += 5;
    }
    expect(limited).toBeGreaterThan(0);
    expect((await login(store, 'binh@c06.gov.vn', PASSWORD, '192.0.2.10', at(now, t))).ok).toBe(true);
    // The lock was logged for an administrator to see: the account and the attacker's address.
    expect(warn.mock.calls.map((c) => String(c[0])).some((line) => /sign-in locked: binh@c06\.gov\.vn from 203\.0\.113\.66/.test(line))).toBe(true);
    warn.mockRestore();
  });

  it('wait longer after each failure past the free ones, up to an hour', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    let t = 0;
    const waits: number[] = [];
    for (let failures = 1; failures <= LOGIN_LIMIT.freePerPair + 4; failures++) {
      expect(outcome(await login(store, 'chi@c06.gov.vn', 'sai', '203.0.113.77', at(now, t)))).toBe('invalid');
      const wait = pairWaitSeconds(failures);
      waits.push(wait);
      if (wait > 0) {
        // Even the right password waits until the second the wait ends.
        expect(await login(store, 'chi@c06.gov.vn', PASSWORD, '203.0.113.77', at(now, t + wait - 1))).toEqual({ ok: false, reason: 'limited', retryAfterSeconds: 1 });
      }
      t += Math.max(wait, 1);
    }
    expect(waits).toEqual([0, 0, 0, 0, 60, 120, 240, 480, 960]);
    expect(pairWaitSeconds(30)).toBe(LOGIN_LIMIT.longestWaitSeconds);
    expect((await login(store, 'chi@c06.gov.vn', PASSWORD, '203.0.113.77', at(now, t))).ok).toBe(true);
  });

  it('keep a ceiling per account over all addresses', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const now = new Date('2026-11-26T14:00:00Z');
    for (let i = 0; i < LOGIN_LIMIT.perAccount; i++) await login(store, 'dung@c06.gov.vn', 'sai', `10.1.${Math.floor(i / 4)}.${i % 4}`, at(now, i));
    expect(await login(store, 'dung@c06.gov.vn', PASSWORD, '192.0.2.99', at(now, 200))).toMatchObject({ ok: false, reason: 'limited' });
    expect(warn.mock.calls.some((c) => /dung@c06\.gov\.vn from every address/.test(String(c[0])))).toBe(true);
    warn.mockRestore();
  }, 60_000);
});

describe('an unknown account', () => {
  it('gets the same answer as a wrong password, in about the same time (one argon2 verification)', async () => {
    const time = async (email: string, i: number) => {
      const start = performance.now();
      const result = await login(store, email, 'sai-mat-khau', `192.0.2.${200 + i}`);
      return { ms: performance.now() - start, result };
    };
    await time('khong-ton-tai@c06.gov.vn', 0); // the dummy hash is made once, on first use
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const a = await time('an@c06.gov.vn', i);
      const b = await time('khong-ton-tai@c06.gov.vn', i);
      expect(a.result).toEqual(b.result);
      known.push(a.ms);
      unknown.push(b.ms);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[2];
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });
});
