// The pages' frame: when reading fails, a message in the reader's language with a button that
// asks again (app/**/error.tsx), not a blank page. The failure is real: the audit table a province page reads is
// moved away in the server's store for the time of the test, then put back.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTrackedPage, waitForHydration } from './browser';
import { openStore } from '@/db/store/client';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Runs `body` while the store's observation_audit table is renamed (reads of it fail). */
async function withoutAuditTable(body: () => Promise<void>): Promise<void> {
  const store = openStore(inject('storePath'));
  store.sqlite.exec('ALTER TABLE observation_audit RENAME TO observation_audit_away');
  try {
    await body();
  } finally {
    store.sqlite.exec('ALTER TABLE observation_audit_away RENAME TO observation_audit');
    store.sqlite.close();
  }
}

describe('an error while a page reads its figures', () => {
  // The reader moves on to the next page of a province's history while the store cannot be read.
  it.each([
    ['vi', 'Không hiển thị được trang này', 'Thử lại'],
    ['en', 'This page could not be shown', 'Try again'],
  ])('shows a message in %s and a retry that works once the store reads again', async (lang, title, retry) => {
    const tracked = await openTrackedPage(browser);
    const { context, page } = tracked;
    await context.addCookies([{ name: 'lang', value: lang, url: baseURL }]);
    // The browser reports the failed server render (React's error 441: the message is withheld).
    tracked.allowConsole(/Minified React error #441|Server Components render/);
    await page.goto(`${baseURL}/provinces/01`);
    await waitForHydration(page, '[data-testid=history-table]');
    const older = page.locator('nav a', { hasText: lang === 'vi' ? 'Cũ hơn' : 'Older' });
    await withoutAuditTable(async () => {
      await older.click();
      const error = page.locator('[data-testid=page-error]');
      await error.waitFor();
      expect(await error.locator('h1').innerText()).toBe(title);
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await page.locator('[data-testid=retry]').innerText()).toBe(retry);
      expect(await page.locator('[data-testid=province-header]').count()).toBe(0);
    });
    await page.click('[data-testid=retry]');
    await page.locator('[data-testid=province-header]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid=page-error]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
  });
});
