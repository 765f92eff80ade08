// A reporter's day, in the browser: sign in, upload a file with errors, read them, fix the
// file, commit it, and see the new figure on the province page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTrackedPage, waitForHydration } from './browser';
import { openStore } from '@/db/store/client';
import { addUser, setPassword } from '@/db/users';

const baseURL = inject('baseURL');
const PASSWORD = 'mat-khau-that-dai-2026';
const HEADER = 'Mã đơn vị,Chỉ tiêu,Ngày báo cáo,Giá trị,Lý do điều chỉnh\n';
let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'de-an-06-upload-'));

beforeAll(async () => {
  const store = openStore(inject('storePath'));
  addUser(store, { email: 'bao.cao.79@e2e.vn', role: 'reporter', units: ['79'] });
  await setPassword(store, 'bao.cao.79@e2e.vn', PASSWORD);
  addUser(store, { email: 'xem@e2e.vn', role: 'viewer' });
  await setPassword(store, 'xem@e2e.vn', PASSWORD);
  addUser(store, { email: 'quan.tri@e2e.vn', role: 'admin' });
  await setPassword(store, 'quan.tri@e2e.vn', PASSWORD);
  store.sqlite.close();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('a reporter', () => {
  it('signs in, reads the problems of a bad file, fixes it, commits, and sees the figure', async () => {
    const { page, problems } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/data/import`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.fill('input[name=email]', 'bao.cao.79@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((url) => url.pathname === '/data/import', { timeout: 15_000 });

    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, `${HEADER}79,health_book_records,2026-11-26,"4,8",\n01,health_book_records,2026-11-26,5,\n`);
    await page.setInputFiles('input[name=file]', bad);
    await page.click('button[value=check]');
    await page.waitForSelector('[data-testid=import-problems]');
    const text = await page.locator('[data-testid=import-result]').innerText();
    expect(text).toContain('không ghi gì');
    expect(text).toMatch(/2\s+Giá trị\s+Giá trị "4,8" là số thập phân/);
    expect(text).toMatch(/3\s+Mã đơn vị\s+Bạn không được giao báo cáo cho đơn vị 01/);

    const good = path.join(dir, 'good.csv');
    // Made by hand as a province office would: the province by name, a vi-VN number, dd/mm/yyyy.
    writeFileSync(good, `${HEADER}TP. Hồ Chí Minh,Sổ sức khỏe điện tử,26/11/2026,"4.800.000",\n`);
    await page.setInputFiles('input[name=file]', good);
    await page.click('button[value=check]');
    await page.waitForSelector('[data-testid=import-result][data-stage=checked]');
    // Understood before anything is written: the row as the dashboard reads it, in vi-VN.
    const understood = await page.locator('[data-testid=import-preview] tbody tr').innerText();
    expect(understood).toMatch(/^2\s+79 Hồ Chí Minh\s+Hồ sơ sổ sức khỏe điện tử\s+26\/11\/2026\s+4\.800\.000\s+[\d.]+\s+[+−][\d.]+$/);
    await page.click('button[value=commit]');
    await page.waitForSelector('[data-testid=import-result][data-stage=written]');
    expect(await page.locator('[data-testid=import-result]').innerText()).toMatch(/Đã ghi lô \d+: 1 mới/);

    await page.goto(`${baseURL}/provinces/79`);
    const cell = page.locator('[data-testid=province-table] tr[data-metric=health_book_records] [data-field=value]');
    expect(await cell.getAttribute('data-raw')).toBe('4800000');
    expect(await page.locator('[data-testid=province-table] tr[data-metric=health_book_records] [data-field=reportDate]').innerText()).toBe('26/11/2026');
    expect(problems.pageErrors).toEqual([]);
  });

  it('a 9 MB file gets "over 8 MB" in the reader\'s language, before it is sent; without script, from the server', async () => {
    const { context, page, problems } = await openTrackedPage(browser);
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    await page.goto(`${baseURL}/data/import`);
    await page.fill('input[name=email]', 'bao.cao.79@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((url) => url.pathname === '/data/import', { timeout: 15_000 });
    await waitForHydration(page, '[data-testid=import-form]');
    posts.length = 0;

    const big = path.join(dir, 'big.csv');
    writeFileSync(big, HEADER + '79,health_book_records,2026-11-26,4800000,\n'.repeat(Math.ceil((9 * 1024 * 1024) / 41)));
    await page.setInputFiles('input[name=file]', big);
    await page.click('button[value=check]');
    await page.waitForSelector('[data-testid=import-result][data-stage=problems]');
    expect(await page.locator('[data-testid=import-result]').innerText()).toContain('Tệp lớn hơn 8 MB');
    expect(posts).toEqual([]);

    await page.goto(`${baseURL}/lang?to=en&back=/data/import`);
    await waitForHydration(page, '[data-testid=import-form]');
    await page.setInputFiles('input[name=file]', big);
    await page.click('button[value=check]');
    await page.waitForSelector('[data-testid=import-result][data-stage=problems]');
    expect(await page.locator('[data-testid=import-result]').innerText()).toContain('The file is over 8 MB');
    expect(posts.filter((u) => u.includes('/data/import'))).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);

    // A page without script cannot check first: a file a little over 8 MB reaches the action,
    // which answers the same, in the same language.
    const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const noScript = await plain.newPage();
    await noScript.goto(`${baseURL}/data/import`);
    const over = path.join(dir, 'over.csv');
    writeFileSync(over, HEADER + '79,health_book_records,2026-11-26,4800000,\n'.repeat(Math.ceil((8.2 * 1024 * 1024) / 41)));
    await noScript.setInputFiles('input[name=file]', over);
    await noScript.click('button[value=check]');
    await noScript.waitForSelector('[data-testid=import-result][data-stage=problems]');
    expect(await noScript.locator('[data-testid=import-result]').innerText()).toContain('The file is over 8 MB');
    // Past the server actions' body limit (9 MiB, 20 MB): turned back before the body is read, to
    // the import page saying the same, never a 500.
    for (const megabytes of [9, 20]) {
      const file = path.join(dir, `over-${megabytes}.csv`);
      writeFileSync(file, HEADER + '79,health_book_records,2026-11-26,4800000,\n'.repeat(Math.ceil((megabytes * 1024 * 1024) / 41)));
      await noScript.goto(`${baseURL}/data/import`);
      await noScript.setInputFiles('input[name=file]', file);
      const statuses: number[] = [];
      noScript.on('response', (r) => statuses.push(r.status()));
      await noScript.click('button[value=check]');
      await noScript.waitForURL((url) => url.searchParams.get('upload') === 'too-large');
      await noScript.waitForSelector('[data-testid=import-result][data-stage=problems]');
      expect(await noScript.locator('[data-testid=import-result]').innerText()).toContain('The file is over 8 MB');
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      noScript.removeAllListeners('response');
    }
    await plain.close();
    await context.close();
  });

  it('a file of 100,000 bad rows lists its first 200 problems and counts the rest', async () => {
    const { page, problems } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/data/import`);
    await page.fill('input[name=email]', 'bao.cao.79@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((url) => url.pathname === '/data/import', { timeout: 15_000 });
    const bad = path.join(dir, 'many.csv');
    writeFileSync(bad, HEADER + Array.from({ length: 100_000 }, (_, i) => `79,health_book_records,2021-06-01,x${i},\n`).join(''));
    await page.setInputFiles('input[name=file]', bad);
    await page.click('button[value=check]');
    await page.waitForSelector('[data-testid=import-problems]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=import-problems] tbody tr').count()).toBe(200);
    expect(await page.locator('[data-testid=import-result] p').first().innerText()).toContain('200.000 lỗi');
    expect(await page.locator('[data-testid=import-more]').innerText()).toBe('Chỉ liệt kê 200 lỗi đầu tiên; còn 199.800 lỗi khác (Ngày báo cáo: 99.900; Giá trị: 99.900).');
    expect(problems.pageErrors).toEqual([]);
  });

  it('a cross-site post of the entry form is refused; the same post from the site is taken', async () => {
    const { page } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/data/entry?unit=79`);
    await page.fill('input[name=email]', 'bao.cao.79@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((url) => url.pathname === '/data/entry', { timeout: 15_000 });
    // The form as a browser without script would post it: the page's own hidden action fields.
    const html = await (await page.request.get(`${baseURL}/data/entry?unit=79`)).text();
    const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? '').replaceAll('&quot;', '"')]));
    expect(Object.keys(fields).length).toBeGreaterThan(0);
    // A province figure of its own (parcels are its communes' sum since they report: issue 12).
    const points = () => page.request.get(`${baseURL}/api/v1/units/79/history?edition=2025`).then(async (r) =>
      (await r.json()).metrics.health_book_records.points as { date: string; value: number }[]);
    const value = async () => (await points()).find((p) => p.date === '2026-11-26')?.value ?? null;
    // Above whatever is stored for the date or before it (an earlier test may have written the date).
    const earlier = Math.max(...(await points()).filter((p) => p.date <= '2026-11-26').map((p) => p.value));
    const post = (origin: string) =>
      page.request.post(`${baseURL}/data/entry?unit=79`, {
        headers: { Origin: origin, Accept: 'text/html' },
        multipart: { ...fields, unit: '79', date: '2026-11-26', 'value:health_book_records': String(earlier + 1), 'correction:health_book_records': '' },
      });
    const before = await value();
    const evil = await post('http://evil.example');
    expect(evil.ok()).toBe(false);
    expect(await value()).toBe(before);
    const own = await post(new URL(baseURL).origin);
    expect(own.ok()).toBe(true);
    expect(await value()).toBe(earlier + 1);
  });

  it('a viewer may read but not write: the import is denied, targets and reverts are for administrators', async () => {
    const { page } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/data/import`);
    await page.fill('input[name=email]', 'xem@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((url) => url.pathname === '/data/import', { timeout: 15_000 });
    const file = path.join(dir, 'viewer.csv');
    writeFileSync(file, `${HEADER}79,health_book_records,2026-11-26,4900000,\n`);
    await page.setInputFiles('input[name=file]', file);
    await page.click('button[value=check]');
    await page.waitForSelector('[data-testid=import-result][data-stage=denied]');
    await page.goto(`${baseURL}/data/targets`);
    expect(await page.locator('main').innerText()).toContain('Chỉ quản trị viên được sửa chỉ tiêu');
    expect(await page.locator('[data-testid=targets-form]').count()).toBe(0);
    await page.goto(`${baseURL}/data/audit`);
    expect(await page.locator('[data-testid=batches] button').count()).toBe(0);
  });

  it('an administrator sets a target, checked against the denominator, sees it in the audit trail, and is offered no revert of it', async () => {
    const { page, problems } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/data/targets?unit=79`);
    await page.fill('input[name=email]', 'quan.tri@e2e.vn');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForSelector('[data-testid=targets-form]', { timeout: 15_000 });
    await page.goto(`${baseURL}/data/targets?unit=79`);
    await page.fill('input[name="baselineValue:communes_digitized"]', '999');
    await page.click('[data-testid=targets-form] button[type=submit]');
    await page.waitForSelector('[data-testid=targets-form] li');
    expect(await page.locator('[data-testid=targets-form]').innerText()).toMatch(/Giá trị gốc 999 lớn hơn mẫu số \d+ của đơn vị\./);
    await page.fill('input[name="baselineValue:communes_digitized"]', '12');
    await page.fill('input[name="note:communes_digitized"]', 'Kế hoạch e2e');
    await page.click('[data-testid=targets-form] button[type=submit]');
    await page.waitForFunction(() => /Đã lưu/.test(document.querySelector('[data-testid=targets-result]')?.textContent ?? ''));

    await page.goto(`${baseURL}/data/audit`);
    const entry = page.locator('[data-testid=target-audit-table] tbody tr', { hasText: 'communes_digitized' }).first();
    expect(await entry.innerText()).toMatch(/quan\.tri@e2e\.vn.*\(79\).*communes_digitized.*12 → \d+ hạn .*\(Kế hoạch e2e\)/s);
    const targetsBatch = page.locator('[data-testid=batches] li', { hasText: 'chỉ tiêu / targets' }).first();
    expect(await targetsBatch.count()).toBe(1);
    expect(await targetsBatch.locator('button').count()).toBe(0);
    expect(await page.locator('[data-testid=batches] li', { hasText: 'bao.cao.79@e2e.vn' }).first().locator('button').count()).toBe(1);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});

