// The overview's "since" control in a real browser: the change since a date on every card, the
// "most improved" order of the ranking, the control itself, and accessibility (axe-core).
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { browserPages, waitForHydration } from './browser';

const baseURL = inject('baseURL');

const { openPage, visit } = browserPages(baseURL);

const normalizeSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('overview: since a date', () => {
  test('cards show the change since 2/10/2024 (2 → 47 provinces issuing: +45); the ranking orders by improvement as /api/v1/changes does', async () => {
    const page = await openPage();
    await visit(page, '/?date=2024-11-13&since=2024-10-02');
    const since = page.locator('[data-metric=judicial_record_live] [data-testid=card-since]');
    expect(normalizeSpaces(await since.innerText())).toBe('+45');
    expect(await page.locator('[data-metric=judicial_record_live]').innerText()).toContain('Thay đổi từ 02/10/2024');

    await page.locator('[data-testid=improved-order]').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'improved', { timeout: 15_000 });
    const response = await page.request.get('/api/v1/changes?from=2024-10-02&to=2024-11-13');
    const { units } = (await response.json()) as { units: { name: string; metrics: Record<string, { pctFrom: number | null; pctTo: number | null }> }[] };
    const delta = (m: { pctFrom: number | null; pctTo: number | null }) =>
      m.pctFrom === null || m.pctTo === null ? -Infinity : Math.min(m.pctTo, 1) - Math.min(m.pctFrom, 1);
    const best = Math.max(...units.map((u) => delta(u.metrics.health_book_records)));
    const first = normalizeSpaces(await page.locator('[data-testid=ranking] li').first().innerText());
    const leaders = units.filter((u) => delta(u.metrics.health_book_records) === best).map((u) => u.name);
    expect(leaders.some((name) => first.includes(name)), `${first} among ${leaders.join(', ')}`).toBe(true);
    expect(first).toMatch(/\(\+\d+,\d điểm % · từ 02\/10\/2024\)/);

    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('the control puts the date in the URL; a date after the data date is ignored with the reason', async () => {
    const page = await openPage();
    await visit(page, '/?date=2024-11-13');
    await waitForHydration(page, 'form#overview-controls input[name=since]');
    await page.locator('form#overview-controls input[name=since]').fill('2024-10-02');
    await page.locator('form#overview-controls button[type=submit]').click();
    await page.waitForURL((url) => url.searchParams.get('since') === '2024-10-02', { timeout: 15_000 });
    await expect.poll(() => page.locator('[data-testid=card-since]').count()).toBeGreaterThan(0);

    await visit(page, '/?date=2024-11-13&since=2024-12-01');
    expect(await page.locator('[data-testid=card-since]').count()).toBe(0);
    expect(normalizeSpaces(await page.locator('[data-testid=ignored]').innerText())).toContain('since=2024-12-01 (since phải trước hoặc cùng ngày số liệu (01/12/2024 sau 13/11/2024))');
  });
});
