// A province's own files come back in: an administrator downloads a province's history (CSV, and
// XLSX with an official form's merged title row added), adds one row as a person would (a vi-VN
// number, dd/mm/yyyy), checks it, sees the row understood, confirms, and sees the figure on the
// province page; a confirmation without script; the audit trail of it as CSV and XLSX.
import { read, utils, write } from '@e965/xlsx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTrackedPage, signIn } from './browser';
import { openStore } from '@/db/store/client';
import { addUser, setPassword } from '@/db/users';

const baseURL = inject('baseURL');
const PASSWORD = 'mat-khau-vong-tron-2026';
const ADMIN = 'quan.tri.vong@e2e.vn';
let browser: Browser;
// The date a province office would write today (Vietnam time).
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const todayVi = today.split('-').reverse().join('/');
const vi = (n: number) => n.toLocaleString('vi-VN');
/** A CSV line's cells (quoted ones unquoted): the history names its province column "Tỉnh, thành phố". */
const cells = (line: string) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"(.*)"$/, '$1').replaceAll('""', '"'));

/** Waits for the import's answer and says what it was when it is not the stage expected. */
async function stage(page: Page, expected: string) {
  // After the check step, the answer to the confirmation is the next stage but "checked".
  const result = page.locator(`[data-testid=import-result]:not([data-stage=idle])${expected === 'checked' ? '' : ':not([data-stage=checked])'}`);
  await result.waitFor({ timeout: 30_000 });
  expect(`${await result.getAttribute('data-stage')}: ${await result.innerText()}`).toMatch(new RegExp(`^${expected}:`));
}

beforeAll(async () => {
  const store = openStore(inject('storePath'));
  addUser(store, { email: ADMIN, role: 'admin' });
  await setPassword(store, ADMIN, PASSWORD);
  store.sqlite.close();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const signInAdmin = (page: Page) => signIn(page, { baseURL, email: ADMIN, password: PASSWORD, next: '/data/import' });

/** Checks a file on the import page, finds its new row understood, confirms, and reads the figure on the province page. */
async function importAndSee(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, code: string, value: number) {
  await page.goto(`${baseURL}/data/import`);
  await page.setInputFiles('input[name=file]', file);
  await page.click('button[value=check]');
  await stage(page, 'checked');
  const row = page.locator('[data-testid=import-preview] tbody tr', { hasText: todayVi }).filter({ hasText: vi(value) });
  expect(await row.count()).toBe(1);
  expect(await row.innerText()).toContain('Hồ sơ sổ sức khỏe điện tử');
  await page.click('button[value=commit]');
  await stage(page, 'written');
  expect(await page.locator('[data-testid=import-result]').innerText()).toMatch(/Đã ghi lô \d+: 1 mới/);
  await page.goto(`${baseURL}/provinces/${code}`);
  const health = '[data-testid=province-table] tr[data-metric=health_book_records]';
  expect(await page.locator(`${health} [data-field=value]`).getAttribute('data-raw')).toBe(String(value));
  expect(await page.locator(`${health} [data-field=reportDate]`).innerText()).toBe(todayVi);
}

describe('a province history, edited and imported back', () => {
  it('as the CSV of the province page', async () => {
    const { page, problems } = await openTrackedPage(browser);
    await signInAdmin(page);
    await page.goto(`${baseURL}/provinces/01`);
    const href = await page.locator('section[aria-labelledby=history-title] a[download]:not([data-testid])').getAttribute('href');
    const csv = (await (await page.request.get(new URL(href!, baseURL).toString())).text()).replace(/\r\n$/, '');
    const lines = csv.split('\r\n');
    const header = cells(lines[0].replace('\uFEFF', ''));
    const health = header.indexOf('Hồ sơ sổ sức khỏe điện tử');
    expect(health).toBeGreaterThan(3);
    expect(csv).not.toContain(todayVi);
    const newest = cells(lines[1]);
    const value = Number(newest[health]) + 1_234;
    const added = header.map((_, i) => (i === 0 ? '01' : i === 1 ? 'Hà Nội' : i === 2 ? '2025' : i === 3 ? todayVi : i === health ? `"${vi(value)}"` : ''));
    await importAndSee(page, { name: 'lich-su-01.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n${added.join(',')}\r\n`) }, '01', value);

    // The audit trail of it, as the page filters it: the administrator sees the e-mail.
    await page.goto(`${baseURL}/data/audit?unit=01`);
    const csvHref = await page.locator('[data-testid=audit-csv]').getAttribute('href');
    expect(csvHref).toBe('/data/audit/download?unit=01');
    const trail = await (await page.request.get(new URL(csvHref!, baseURL).toString())).text();
    expect(trail.split('\r\n')[1]).toMatch(new RegExp(`^[\\d: -]+,${ADMIN},\\d+,01,Hà Nội,2025,health_book_records,${todayVi},,${value},`));
    const workbook = read(await (await page.request.get(new URL((await page.locator('[data-testid=audit-xlsx]').getAttribute('href'))!, baseURL).toString())).body(), { type: 'buffer' });
    const sheet = workbook.Sheets[workbook.SheetNames[0]];
    expect(sheet.H2).toMatchObject({ t: 'n', w: todayVi });
    expect(sheet.J2).toMatchObject({ t: 'n', v: value });
    // Not signed in: the download sends to the login page.
    const anonymous = await browser.newContext();
    const refused = await anonymous.request.get(`${baseURL}/data/audit/download?unit=01`, { maxRedirects: 0 });
    expect(refused.status()).toBe(307);
    expect(refused.headers().location).toContain('/login');
    await anonymous.close();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('as the XLSX of the province page, with a merged title row above the header', async () => {
    const { page, problems } = await openTrackedPage(browser);
    await signInAdmin(page);
    await page.goto(`${baseURL}/provinces/48`);
    const href = await page.locator('[data-testid=history-xlsx]').getAttribute('href');
    const book = read(await (await page.request.get(new URL(href!, baseURL).toString())).body(), { type: 'buffer' });
    const rows = utils.sheet_to_json<(string | number)[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true, defval: '' });
    const health = rows[0].indexOf('Hồ sơ sổ sức khỏe điện tử');
    const value = Number(rows[1][health]) + 777;
    const added = rows[0].map((_, i) => (i === 0 ? '48' : i === 1 ? 'Đà Nẵng' : i === 2 ? '2025' : i === 3 ? todayVi : i === health ? value : ''));
    const sheet = utils.aoa_to_sheet([['BÁO CÁO TIẾN ĐỘ ĐỀ ÁN 06 — THÀNH PHỐ ĐÀ NẴNG'], [], ...rows, added]);
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: rows[0].length - 1 } }];
    const out = utils.book_new();
    utils.book_append_sheet(out, sheet, 'Báo cáo');
    const buffer = Buffer.from(write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await importAndSee(page, { name: 'lich-su-48.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer }, '48', value);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('confirmed in a browser without script (the server kept the checked file)', async () => {
    const { context, page } = await openTrackedPage(browser);
    await signInAdmin(page);
    const points = (await (await page.request.get(`${baseURL}/api/v1/units/31/history?edition=2025`)).json()).metrics.health_book_records.points as { date: string; value: number }[];
    const value = points.at(-1)!.value + 42;
    const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const noScript = await plain.newPage();
    await noScript.goto(`${baseURL}/data/import`);
    await noScript.setInputFiles('input[name=file]', { name: 'hai-phong.csv', mimeType: 'text/csv', buffer: Buffer.from(`"Tỉnh, thành phố",Chỉ tiêu,Ngày báo cáo,Giá trị\nHải Phòng,Sổ sức khỏe điện tử,${todayVi},"${vi(value)}"\n`) });
    await noScript.click('button[value=check]');
    await stage(noScript, 'checked');
    expect(await noScript.locator('[data-testid=import-preview] tbody tr').innerText()).toContain(vi(value));
    await noScript.click('button[value=commit]');
    await stage(noScript, 'written');
    const after = (await (await page.request.get(`${baseURL}/api/v1/units/31/history?edition=2025`)).json()).metrics.health_book_records.points as { date: string; value: number }[];
    expect(after.at(-1)).toEqual({ date: today, value });
    await plain.close();
  });
});
