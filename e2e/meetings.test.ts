// The review cycle in Chromium: an administrator creates a meeting for three provinces (one with
// a figure lagging on its date), reads its agenda and adds an action on that figure; the
// province's reporter adds a note and marks it done; the next meeting's agenda shows it done; a
// reporter of another province cannot change it, in the page or by a forged post. Plus a
// meeting refused with its problem beside its field.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTrackedPage, saveScreenshot, waitForHydration, signIn as signInAs } from './browser';
import { getChanges } from '@/db/changes';
import { openStore } from '@/db/store/client';
import { addUser, setPassword } from '@/db/users';

const baseURL = inject('baseURL');
const PASSWORD = 'mat-khau-hoi-nghi-2026';
const ADMIN = 'quan.tri.hop@e2e.vn';
const DATE = '2026-10-01';
const NEXT_DATE = '2026-11-20';
const INVITED = ['01', '48', '79'];
let browser: Browser;
let lagging: { code: string; metric: string };
let other: string;

beforeAll(async () => {
  const store = openStore(inject('storePath'));
  // The province with a lagging figure on the date, worked out from the store (lib/changes.ts).
  const changes = getChanges(store, { from: '2026-08-20', to: DATE, edition: '2025', selection: INVITED });
  expect(changes.lagging.length).toBeGreaterThan(0);
  lagging = { code: changes.lagging[0].code, metric: changes.lagging[0].metric };
  other = INVITED.find((c) => c !== lagging.code)!;
  addUser(store, { email: ADMIN, role: 'admin' });
  await setPassword(store, ADMIN, PASSWORD);
  addUser(store, { email: `bao.cao.hop.${lagging.code}@e2e.vn`, role: 'reporter', units: [lagging.code] });
  await setPassword(store, `bao.cao.hop.${lagging.code}@e2e.vn`, PASSWORD);
  addUser(store, { email: `bao.cao.hop.${other}@e2e.vn`, role: 'reporter', units: [other] });
  await setPassword(store, `bao.cao.hop.${other}@e2e.vn`, PASSWORD);
  store.sqlite.close();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const signIn = (page: Page, email: string, next: string) => signInAs(page, { baseURL, email, password: PASSWORD, next });

async function createMeeting(page: Page, title: string, date: string, pick: (page: Page) => Promise<void>): Promise<number> {
  await page.goto(`${baseURL}/meetings/new`);
  await page.fill('input[name=title]', title);
  await page.fill('input[name=date]', date);
  await pick(page);
  await waitForHydration(page, '[data-testid=meeting-form]');
  await page.click('[data-testid=save-meeting]');
  await page.waitForURL((url) => /^\/meetings\/\d+$/.test(url.pathname), { timeout: 15_000 });
  return Number(new URL(page.url()).pathname.split('/')[2]);
}

describe('the review cycle', () => {
  let first = 0;
  let actionId = 0;
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;

  it('refuses a meeting without a title, naming the field, and keeps what was typed', async () => {
    const { page } = await openTrackedPage(browser);
    await signIn(page, ADMIN, '/meetings/new');
    await waitForHydration(page, '[data-testid=meeting-form]');
    await page.fill('input[name=place]', 'Hà Nội');
    await page.fill('input[name=date]', DATE);
    await page.click('[data-testid=save-meeting]');
    await page.waitForSelector('[data-testid=error-title]');
    expect(await page.locator('[data-testid=error-title]').innerText()).toBe('Thiếu tên cuộc họp.');
    expect(await page.locator('[data-testid=error-units]').innerText()).toMatch(/tỉnh/);
    expect(await page.locator('input[name=title]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.inputValue('input[name=place]')).toBe('Hà Nội');
  });

  it('an administrator creates a meeting for three provinces and adds an action on a lagging figure', async () => {
    const { page } = await openTrackedPage(browser);
    await signIn(page, ADMIN, '/meetings');
    await page.click('[data-testid=new-meeting]');
    await page.waitForURL((url) => url.pathname === '/meetings/new');
    first = await createMeeting(page, 'Giao ban Đề án 06 tháng 10', DATE, async (p) => {
      await p.fill('input[name=date]', DATE);
      for (const code of INVITED) await p.check(`input[name=units][value="${code}"]`);
    });
    expect(await page.locator('[data-testid=meeting-header]').innerText()).toContain('01/10/2026');
    const row = page.locator(`[data-testid=lagging-table] tr[data-unit="${lagging.code}"][data-metric="${lagging.metric}"]`);
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/→/);

    const add = page.locator(`tr[data-add-for="${lagging.code}:${lagging.metric}"]`);
    await waitForHydration(page, '[data-testid=add-action-form]');
    await add.locator('summary').click();
    expect(await add.locator('textarea[name=problem]').inputValue()).toContain('01/10/2026');
    await add.locator('textarea[name=cause]').fill('Thiếu cán bộ nhập liệu');
    await add.locator('textarea[name=action]').fill('Bổ sung 5 cán bộ, báo cáo hằng tuần');
    await add.locator('input[name=owner]').fill('Sở Tư pháp');
    await add.locator('input[name=dueDate]').fill('2026-09-01');
    await add.locator('button[type=submit]').click();
    // A due date before the meeting is refused beside its field, nothing written.
    await add.locator('[data-testid=action-error-dueDate]').waitFor();
    expect(await add.locator('[data-testid=action-error-dueDate]').innerText()).toContain('trước ngày họp 01/10/2026');
    await add.locator('input[name=dueDate]').fill('2026-12-31');
    await add.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.hash.startsWith('#action-'), { timeout: 15_000 });
    actionId = Number(new URL(page.url()).hash.slice('#action-'.length));
    await page.reload();
    const agreed = page.locator(`[data-testid=agreed-actions] tr[data-action="${actionId}"]`);
    expect(await agreed.innerText()).toContain('Bổ sung 5 cán bộ');
    expect(await agreed.locator('[data-action-status]').getAttribute('data-action-status')).toBe('todo');
    await saveScreenshot(page, 'meeting-agenda');
  });

  it('the reporter of that province adds a note and marks it done', async () => {
    const { page } = await openTrackedPage(browser);
    await signIn(page, `bao.cao.hop.${lagging.code}@e2e.vn`, `/actions/${actionId}`);
    expect(await page.locator('[data-testid=edit-action-form]').count()).toBe(0);
    await waitForHydration(page, '[data-testid=progress-form]');
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.headers()['next-action']) captured = { url: r.url(), headers: r.headers(), body: r.postDataBuffer()! };
    });
    await page.selectOption('[data-testid=progress-form] select[name=status]', 'done');
    await page.fill('[data-testid=progress-form] textarea[name=note]', 'Đã bổ sung 5 cán bộ từ 15/10.');
    await page.click('[data-testid=progress-form] button[type=submit]');
    await page.waitForSelector('[data-testid=action-saved]');
    expect(await page.locator('[data-testid=action-details] [data-action-status]').getAttribute('data-action-status')).toBe('done');
    expect(await page.locator('[data-testid=action-notes]').innerText()).toContain('Đã bổ sung 5 cán bộ từ 15/10.');
    expect(captured).not.toBeNull();
  });

  it('a reporter of another province is refused, in the page and by a forged post', async () => {
    const { context, page } = await openTrackedPage(browser);
    await signIn(page, `bao.cao.hop.${other}@e2e.vn`, `/actions/${actionId}`);
    expect(await page.locator('[data-testid=progress-form]').count()).toBe(0);
    expect(await page.locator('[data-testid=read-only]').innerText()).toContain('chỉ được xem');
    // The reporter's own request, sent again with this account's session: refused, nothing written.
    const { url, headers, body } = captured!;
    const keep = Object.fromEntries(Object.entries(headers).filter(([k]) => ['next-action', 'content-type', 'origin', 'accept', 'next-router-state-tree'].includes(k)));
    const answer = await context.request.post(url, { headers: keep, data: body });
    expect(answer.status()).toBe(200);
    expect(await answer.text()).toContain(`Chỉ báo cáo viên của tỉnh ${lagging.code}`);
    await page.reload();
    expect(await page.locator('[data-testid=action-notes] li').count()).toBe(1);
    // Nor may it add actions or meetings: the agenda has no form, the meeting form refuses.
    await page.goto(`${baseURL}/meetings/${first}`);
    expect(await page.locator('[data-testid=lagging-table]').count()).toBe(1);
    expect(await page.locator('[data-testid=add-action-form]').count()).toBe(0);
    await page.goto(`${baseURL}/meetings/new`);
    expect(await page.locator('[data-testid=only-admins]').innerText()).toBe('Chỉ quản trị viên được tạo và sửa cuộc họp.');
    expect(await page.locator('[data-testid=meeting-form]').count()).toBe(0);
  });

  it('the seeded conference opens by its slug, and the list marks the illustrative meeting', async () => {
    const { page } = await openTrackedPage(browser);
    await page.goto(`${baseURL}/meetings/hoi-nghi-14-11-2024`);
    expect(await page.locator('[data-testid=meeting-header]').innerText()).toContain('14/11/2024');
    expect(await page.locator('[data-testid=lagging-table] tbody tr').count()).toBeGreaterThan(0);
    await page.goto(`${baseURL}/meetings`);
    expect(await page.locator('[data-testid=illustrative-meeting]').count()).toBeGreaterThan(0);
    expect(await page.locator('header nav a[href="/meetings"]').innerText()).toBe('Hội nghị');
  });

  it('the next meeting (its provinces copied from the first) shows the action done', async () => {
    const { page } = await openTrackedPage(browser);
    await signIn(page, ADMIN, '/meetings/new');
    const next = await createMeeting(page, 'Giao ban Đề án 06 tháng 11', NEXT_DATE, async (p) => {
      await p.fill('input[name=date]', NEXT_DATE);
      await p.selectOption('select[name=copy]', String(first));
      await p.click('button[name=take][value=copy]');
      await p.waitForURL((url) => url.searchParams.get('take') === 'copy');
      for (const code of INVITED) expect(await p.isChecked(`input[name=units][value="${code}"]`)).toBe(true);
      expect(await p.locator('[data-testid=baseline-hint]').innerText()).toContain('01/10/2026');
    });
    expect(await page.locator('[data-testid=meeting-baseline]').innerText()).toContain('01/10/2026');
    const earlier = page.locator(`[data-testid=earlier-actions] tr[data-action="${actionId}"]`);
    expect(await earlier.locator('[data-action-status]').getAttribute('data-action-status')).toBe('done');
    await page.goto(`${baseURL}/meetings`);
    expect(await page.locator(`[data-testid=meetings-table] tr[data-meeting="${next}"]`).innerText()).toContain('20/11/2026');
  });

  it('an administrator edits every field and closes it; an empty action is refused beside its field', async () => {
    const { page } = await openTrackedPage(browser);
    await signIn(page, ADMIN, `/actions/${actionId}`);
    const form = page.locator('[data-testid=edit-action-form]');
    await waitForHydration(page, '[data-testid=edit-action-form]');
    await form.locator('textarea[name=action]').fill('   ');
    await form.locator('button[type=submit]').click();
    await form.locator('[data-testid=action-error-action]').waitFor();
    expect(await form.locator('[data-testid=action-error-action]').innerText()).toBe('Chưa ghi biện pháp.');
    expect(await form.locator('input[name=owner]').inputValue()).toBe('Sở Tư pháp');
    await form.locator('textarea[name=action]').fill('Bổ sung 5 cán bộ; kiểm tra lại tháng 12');
    await form.locator('input[name=owner]').fill('Sở Tư pháp thành phố');
    await form.locator('select[name=status]').selectOption('cancelled');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=action-saved]');
    expect(await page.locator('[data-testid=action-details] [data-field=owner]').innerText()).toContain('Sở Tư pháp thành phố');
    expect(await page.locator('[data-testid=action-details] [data-action-status]').getAttribute('data-action-status')).toBe('cancelled');
  });
});
