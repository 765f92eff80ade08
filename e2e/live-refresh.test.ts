// An open page keeps itself current (components/use-data-version.ts, live-refresh.tsx): a write
// made while the page is open shows after the next poll of /api/v1/summary (60 s, on a fake
// clock), without a reload; a poll that keeps failing is said, and the figures stay; a hidden
// tab does not poll.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserPages, waitForHydration } from './browser';
import { openStore } from '@/db/store/client';
import { writeObservations } from '@/db/observations';
import { findUnit } from '@/db/units';
import { metricByKey } from '@/lib/metrics';

const { openTracked, visit } = browserPages(inject('baseURL'));

const shownValue = async (page: Page) => Number(await page.locator('[data-testid=province-table] tr[data-metric=health_book_records] [data-field=value]').getAttribute('data-raw'));

/** Adds `by` to 31's latest health-book figure (no other browser test writes 31's). */
function correct(by: number): void {
  const store = openStore(inject('storePath'));
  try {
    const unit = findUnit(store, '2025', '31')!;
    const metric = metricByKey('health_book_records');
    const last = store.sqlite.prepare(`SELECT report_date, value FROM observations WHERE unit_id = ? AND metric_id = ? ORDER BY report_date DESC LIMIT 1`)
      .get(unit.id, metric.id) as { report_date: string; value: number };
    writeObservations(store, { source: 'form', actor: 'e2e-live-refresh' }, [{ unitId: unit.id, metricId: metric.id, reportDate: last.report_date, value: last.value + by, reason: 'e2e live refresh' }]);
  } finally {
    store.sqlite.close();
  }
}

describe('a page left open', () => {
  test('shows a write made meanwhile after the next poll, without a reload', async () => {
    const { page } = await openTracked();
    await page.clock.install();
    await visit(page, '/provinces/31');
    await waitForHydration(page, '[data-testid=live-refresh]');
    const before = await shownValue(page);
    let loads = 0;
    page.on('load', () => loads++);
    correct(11);
    await page.clock.fastForward('00:30');
    expect(await shownValue(page), 'nothing moves before the poll').toBe(before);
    // On to the poll (at 60 s from when the hydrated page set its timer), a few seconds at a time.
    await expect.poll(async () => {
      const value = await shownValue(page);
      if (value === before) await page.clock.fastForward('00:05');
      return value;
    }, { timeout: 20_000, interval: 250 }).toBe(before + 11);
    expect(loads, 'refreshed in place, not reloaded').toBe(0);
  });

  test('a poll that fails twice says the page is offline and keeps its figures', async () => {
    const { page, allowConsole } = await openTracked();
    allowConsole(/ERR_INTERNET_DISCONNECTED/); // the failed polls, logged by the browser: expected here
    await page.clock.install();
    await visit(page, '/provinces/31?lang=en');
    await waitForHydration(page, '[data-testid=live-refresh]');
    const before = await shownValue(page);
    let polls = 0;
    await page.route('**/api/v1/summary**', (route) => {
      polls++;
      return route.abort('internetdisconnected');
    });
    // The clock runs on after install: move it on until the first poll has gone out (the page
    // sets its timer once hydrated), then until the mark shows. When it does, the failed poll has
    // been tried once more: two requests, not one.
    await expect.poll(async () => {
      if (polls === 0) await page.clock.fastForward('00:05');
      return polls;
    }, { timeout: 20_000, interval: 250 }).toBeGreaterThan(0);
    const mark = page.locator('[data-testid=live-refresh]');
    await expect.poll(async () => {
      const text = await mark.innerText();
      if (!text) await page.clock.fastForward('00:01');
      return text;
    }, { timeout: 20_000, interval: 250 }).toContain('Offline');
    expect(polls, 'one failure is tried again before the page says it is offline').toBe(2);
    expect(await shownValue(page)).toBe(before);
  });

  test('a hidden tab does not poll; shown again after the interval, it asks at once', async () => {
    const { page } = await openTracked();
    await page.clock.install();
    await visit(page, '/provinces/31');
    await waitForHydration(page, '[data-testid=live-refresh]');
    let polls = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/summary')) polls++;
    });
    const visibility = (state: 'hidden' | 'visible') => page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
    await visibility('hidden');
    for (let i = 0; i < 4; i++) await page.clock.fastForward('01:00');
    await page.waitForTimeout(500);
    expect(polls, 'no poll in four minutes hidden').toBe(0);
    await visibility('visible');
    await expect.poll(() => polls, { timeout: 10_000 }).toBe(1);
  });
});
