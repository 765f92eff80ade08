// Redirects that stay on the site, and sign-in limits that count the socket, in Chromium against
// the production server of `npm start` (scripts/serve.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTrackedPage } from './browser';
import { openStore } from '@/db/store/client';
import { writeObservations } from '@/db/observations';
import { addUser, setPassword } from '@/db/users';
import { PEER_HEADER } from '@/lib/security/client-address';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const PASSWORD = 'mat-khau-that-dai-2026';
let browser: Browser;
/** Another site on this machine, standing for the attacker's: it must never be visited. */
let elsewhere: Server;
const visitsElsewhere: string[] = [];

beforeAll(async () => {
  // The browser test files share one server and store: these accounts are this file's own.
  const store = openStore(inject('storePath'));
  for (const email of ['chuyen.huong@e2e.vn', 'bi.khoa@e2e.vn', 'nguoi.xem@e2e.vn']) {
    addUser(store, { email, role: 'viewer' });
    await setPassword(store, email, PASSWORD);
  }
  addUser(store, { email: 'quan.tri.auth@e2e.vn', role: 'admin' });
  await setPassword(store, 'quan.tri.auth@e2e.vn', PASSWORD);
  // A reporter's correction, so that the province page and the audit trail have someone to show.
  addUser(store, { email: 'bao.cao.an@e2e.vn', role: 'reporter', units: ['79'] });
  const unitId = store.sqlite.prepare(`SELECT id FROM units WHERE edition = '2025' AND code = '79'`).pluck().get() as number;
  const metricId = store.sqlite.prepare(`SELECT id FROM metrics WHERE key = 'judicial_record_applications'`).pluck().get() as number;
  const last = store.sqlite.prepare(`SELECT report_date, value FROM observations WHERE unit_id = ? AND metric_id = ? ORDER BY report_date DESC LIMIT 1`).get(unitId, metricId) as { report_date: string; value: number };
  writeObservations(store, { source: 'form', actor: 'bao.cao.an@e2e.vn' }, [{ unitId, metricId, reportDate: last.report_date, value: last.value + 7, reason: 'e2e' }]);
  store.sqlite.close();
  elsewhere = createServer((req, res) => {
    visitsElsewhere.push(req.url ?? '');
    res.end('elsewhere');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // A server that never started has nothing to close (and would never call back).
  if (elsewhere?.listening) await new Promise((resolve) => elsewhere.close(resolve));
});

describe('redirects from request input', () => {
  it.each(['/%5Cevil.example', '/%09/evil.example'])('the language switch with back=%s stays on the site', async (back) => {
    const { page, problems } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/lang?to=en&back=${back}`).catch(() => null);
    expect(new URL(page.url()).origin).toBe(origin);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('signing in with next=/\\host:port/x lands on the site', async () => {
    const port = (elsewhere.address() as AddressInfo).port;
    const { page, problems } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/login?next=/%5C127.0.0.1:${port}/x`);
    await page.fill('input[name=email]', 'chuyen.huong@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((url) => url.pathname !== '/login', { timeout: 15_000 });
    await page.waitForLoadState('load');
    expect(new URL(page.url()).origin).toBe(origin);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(visitsElsewhere).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it.each([
    ['CR LF', '/%0D%0ASet-Cookie:%20d06_session=x'],
    ['non-ASCII', '/t%E1%BB%89nh/79'],
    ['a tab before a host', '/%09/evil.example'],
  ])('a back= with %s answers 303 to /, not 500', async (_, back) => {
    const response = await fetch(`${baseURL}/lang?to=vi&back=${back}`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.getSetCookie().join()).not.toContain('d06_session');
  });
});

describe('sign-in limits', () => {
  it('count the socket: forged X-Forwarded-For and a forged peer header change nothing', async () => {
    const { page, context } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/login`);
    const signIn = async (password: string, i: number) => {
      await context.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${i}`, [PEER_HEADER]: `198.51.100.${i}` });
      await page.fill('input[name=email]', 'bi.khoa@e2e.vn');
      await page.fill('input[name=password]', password);
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login');
      await page.click('[data-testid=login-form] button[type=submit]');
      await answered;
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=login-form] button[type=submit]')?.disabled);
      return page.locator('[data-testid=login-form] [role=alert]').innerText();
    };
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await signIn('sai-mat-khau', i));
    // The right password, "from elsewhere": still this socket, which now waits.
    answers.push(await signIn(PASSWORD, 5));
    expect(answers).toEqual([...Array(5).fill('Sai thư điện tử hoặc mật khẩu.'), 'Quá nhiều lần đăng nhập sai: hãy thử lại sau 1 phút.']);
    expect(new URL(page.url()).pathname).toBe('/login');
    // Counted against the socket's address, which the server found itself.
    const store = openStore(inject('storePath'));
    const keys = store.sqlite.prepare(`SELECT DISTINCT key FROM login_failures WHERE key LIKE '%bi.khoa@e2e.vn%' ORDER BY key`).pluck().all();
    store.sqlite.close();
    expect(keys).toEqual(['account:bi.khoa@e2e.vn', 'pair:bi.khoa@e2e.vn|127.0.0.1']);
  });
});

describe('who changed a figure', () => {
  it('is shown on the public province page by role and unit, never by e-mail', async () => {
    const { page } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/provinces/79`);
    const changes = await page.locator('[data-testid=recent-changes]').innerText();
    expect(changes).toContain('báo cáo viên · 79');
    expect(changes).not.toContain('@');
    expect(await page.content()).not.toContain('bao.cao.an@e2e.vn');
  });

  it('is an e-mail in the audit trail for an administrator only', async () => {
    const trail = async (email: string) => {
      const { page } = await openTrackedPage(browser);
      await page.goto(`${baseURL}/login?next=/data/audit`);
      await page.fill('input[name=email]', email);
      await page.fill('input[name=password]', PASSWORD);
      await page.click('[data-testid=login-form] button[type=submit]');
      await page.waitForURL((url) => url.pathname === '/data/audit', { timeout: 15_000 });
      return { html: await page.content(), table: await page.locator('[data-testid=audit-table]').innerText() };
    };
    const viewer = await trail('nguoi.xem@e2e.vn');
    expect(viewer.table).toContain('báo cáo viên · 79');
    expect(viewer.html).not.toContain('bao.cao.an@e2e.vn');
    expect(viewer.html).not.toContain('name="actor"');
    const admin = await trail('quan.tri.auth@e2e.vn');
    expect(admin.table).toContain('bao.cao.an@e2e.vn');
  });
});

describe('the header', () => {
  it('offers a signed-out reader a sign-in that comes back, then the account and its sign-out on every page', async () => {
    const { page } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/meetings`);
    await expect(page.locator('[data-testid=account-menu]').count()).resolves.toBe(0);
    await page.click('[data-testid=sign-in]');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/meetings');
    await page.fill('input[name=email]', 'nguoi.xem@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((url) => url.pathname === '/meetings', { timeout: 15_000 });
    for (const path of ['/meetings', '/provinces/79', '/data/audit']) {
      await page.goto(`${baseURL}${path}`);
      const menu = page.locator('[data-testid=account-menu]');
      expect(await menu.locator('summary').innerText()).toContain('nguoi.xem@e2e.vn');
      expect(await page.locator('[data-testid=sign-in]').count()).toBe(0);
    }
    await page.locator('[data-testid=account-menu] summary').click();
    expect(await page.locator('[data-testid=account-menu]').innerText()).toContain('Người xem');
    await page.click('[data-testid=sign-out]');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${baseURL}/data/audit`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(await page.locator('[data-testid=sign-in]').count()).toBe(1);
  }, 240_000);
});
