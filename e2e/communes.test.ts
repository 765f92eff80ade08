// A province's communes and one commune in a real browser (production build, seeded store): the
// province page's count of communes reached is the report's communes_digitized on the same date;
// searching by name (with or without tone marks) and the "not yet" filter; the commune page opens
// from the list and leads back; an unknown or another province's commune gets the not-found page.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserPages, waitForHydration } from './browser';

const baseURL = inject('baseURL');

const { openPage, openTracked, visit } = browserPages(baseURL);

interface ReportJson {
  asOf: string;
  units: { code: string; metrics: { communes_digitized?: { value: number | null; denominator: number | null } } }[];
}

/** The report of the 2025 edition on a date ('latest': its latest report). */
async function report(page: Page, date: string): Promise<ReportJson> {
  const response = await page.request.get(`/api/v1/report?edition=2025${date === 'latest' ? '' : `&date=${date}`}`);
  expect(response.status()).toBe(200);
  const json = (await response.json()) as ReportJson;
  if (date !== 'latest') expect(json.asOf).toBe(date);
  return json;
}

const shown = async (page: Page) => Number((await page.locator('[data-testid=commune-shown]').innerText()).match(/\d+/)![0]);
const rows = (page: Page) => page.locator('[data-testid=commune-table] tbody tr');

describe('a province\'s communes', () => {
  test.each(['2025-09-03', 'latest'])('on %s the count of communes reached on the page of 79 is the report\'s communes_digitized', async (asked) => {
    const page = await openPage();
    const { asOf: date, units } = await report(page, asked);
    await visit(page, asked === 'latest' ? '/provinces/79' : `/provinces/79?date=${date}`);
    const figure = units.find((u) => u.code === '79')!.metrics.communes_digitized!;
    const summary = page.locator('[data-testid=communes-reached]');
    expect(Number(await summary.getAttribute('data-reached'))).toBe(figure.value);
    const [day, month, year] = date.split('-').reverse();
    expect(await summary.innerText()).toBe(`${figure.value} / ${figure.denominator} xã, phường đã số hóa dữ liệu đất đai ngày ${day}/${month}/${year}`);
    expect(await rows(page).count()).toBe(figure.denominator);
    expect(await page.locator('[data-testid=commune-table] tbody tr[data-reached=yes]').count()).toBe(figure.value);
  });

  test('search by name (without tone marks too) and the "not yet" filter narrow the list', async () => {
    const page = await openPage();
    await visit(page, '/provinces/79?date=2025-09-03');
    await waitForHydration(page, '[data-testid=commune-search]');
    const total = await rows(page).count();
    expect(total).toBe(168);
    expect(await shown(page)).toBe(168);

    await page.locator('[data-testid=commune-search]').fill('tan binh');
    await expect.poll(() => shown(page)).toBeLessThan(total);
    const names = await page.locator('[data-testid=commune-table] tbody tr td:nth-child(2)').allInnerTexts();
    expect(names).toContain('Phường Tân Bình');
    expect(names.every((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().includes('tan binh'))).toBe(true);
    expect(await shown(page)).toBe(names.length);

    await page.locator('[data-testid=commune-search]').fill('');
    await expect.poll(() => shown(page)).toBe(total);
    const reached = Number(await page.locator('[data-testid=communes-reached]').getAttribute('data-reached'));
    await page.locator('[data-testid=commune-not-yet]').check();
    await expect.poll(() => shown(page)).toBe(total - reached);
    expect(await rows(page).count()).toBe(total - reached);
    expect(await page.locator('[data-testid=commune-table] tbody tr[data-reached=yes]').count()).toBe(0);
  });

  test('a commune opens from the list, shows its kind, province and history, and leads back to the province', async () => {
    const page = await openPage();
    await visit(page, '/provinces/79');
    await waitForHydration(page, '[data-testid=commune-search]');
    await page.locator('[data-testid=commune-search]').fill('Tân Bình');
    await page.getByRole('link', { name: 'Phường Tân Bình', exact: true }).click();
    await page.waitForURL('**/provinces/79/communes/27004');
    await expect.poll(() => page.locator('[data-testid=commune-header] h1').innerText()).toContain('Phường Tân Bình (27004)');
    expect(await page.locator('[data-testid=commune-kind]').innerText()).toBe('Phường');
    const province = page.locator('[data-testid=commune-province]');
    expect(await province.innerText()).toBe('Thuộc Hồ Chí Minh (79)');

    // The status is the list's: the same reached date and parcels as the API on the same date.
    const api = (await (await page.request.get('/api/v1/units/79/communes')).json()) as {
      date: string; communes: { code: string; metrics: { land_data_digitized: { reached: boolean; date: string | null }; land_parcels_digitized: { value: number; reportDate: string } | null } }[];
    };
    const own = api.communes.find((c) => c.code === '27004')!;
    const reachedText = await page.locator('[data-testid=commune-reached]').innerText();
    if (own.metrics.land_data_digitized.reached) expect(reachedText).toBe(`đã đạt ${own.metrics.land_data_digitized.date!.split('-').reverse().join('/')}`);
    else expect(reachedText).toBe('chưa đạt');
    const history = page.locator('[data-testid=commune-history] tbody tr');
    expect(await history.count()).toBeGreaterThan(10);
    // Its latest parcels report is a row of the history, with the same value.
    const parcels = own.metrics.land_parcels_digitized!;
    const texts = (await history.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const row = texts.find((t) => t.startsWith(parcels.reportDate.split('-').reverse().join('/')));
    expect(row, texts.slice(0, 3).join(' / ')).toContain(new Intl.NumberFormat('vi-VN').format(parcels.value));
    await page.locator('figure[data-testid=metric-chart], figure[data-testid=metric-chart-loading]').first().waitFor();

    await province.click();
    await page.waitForURL((url) => url.pathname === '/provinces/79');
    await page.locator('[data-testid=communes]').waitFor();
  });

  test('an unknown commune, or another province\'s, gets the commune not-found page in the reader\'s language', async () => {
    const tracked = await openTracked();
    // Each answers 404 (nothing is sent before the page's notFound()), which Chromium logs.
    tracked.allowConsole(/\/provinces\/(75\/communes\/27004|79\/communes\/99999\?lang=en|74\/communes\/27004): Failed to load resource: .* 404/);
    const { page } = tracked;
    expect((await page.goto('/provinces/75/communes/27004'))?.status()).toBe(404);
    await page.locator('[data-testid=not-found]').waitFor();
    expect(await page.locator('[data-testid=not-found]').innerText()).toContain('Không có xã, phường mã 27004 thuộc tỉnh Đồng Nai (75).');
    expect((await page.goto('/provinces/79/communes/99999?lang=en'))?.status()).toBe(404);
    await page.locator('[data-testid=not-found]').waitFor();
    expect(await page.locator('[data-testid=not-found]').innerText()).toContain('No commune or ward 99999 in province Hồ Chí Minh (79).');
    // A 2024 province code: the province not-found page, pointing to where it went.
    const response = await page.goto('/provinces/74/communes/27004');
    expect(response?.status()).toBe(404);
    expect(await page.locator('[data-testid=suggestion]').first().innerText()).toContain('(79)');
  });

  test('without script, odd commune and province codes answer 404 with the not-found text in the page itself', async () => {
    const tracked = await openTracked({ javaScriptEnabled: false });
    tracked.allowConsole(/Failed to load resource: .* 404/);
    const { page } = tracked;
    const long = '9'.repeat(2_000);
    // Each code as the page shows it (a long one cut at 20 characters; a NUL not shown as such).
    const communes: [string, string | null][] = [
      ['99999', '99999'], ['0', '0'], ['-1', '-1'], ['abc', 'abc'], ['99999999999', '99999999999'], ['%00', null], [long, long.slice(0, 20)],
    ];
    for (const [code, shown] of communes) {
      expect((await page.goto(`/provinces/79/communes/${code}`))?.status(), code.slice(0, 20)).toBe(404);
      const text = await page.locator('[data-testid=not-found]').innerText({ timeout: 5_000 });
      expect(text).toContain('Không tìm thấy xã, phường');
      expect(text).toContain(shown === null ? 'Không có xã, phường mã' : `Không có xã, phường mã ${shown} thuộc tỉnh Hồ Chí Minh (79).`);
    }
    expect((await page.goto('/provinces/79/communes/99999?lang=en'))?.status()).toBe(404);
    expect(await page.locator('[data-testid=not-found]').innerText({ timeout: 5_000 })).toContain('No commune or ward 99999 in province Hồ Chí Minh (79).');
    // Unknown provinces, a commune path under one too: the province not-found page, pointing a 2024 code to where it went.
    for (const path of ['/provinces/74', '/provinces/74/communes/27004', '/provinces/abc']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await page.locator('[data-testid=not-found]').waitFor({ timeout: 5_000 });
    }
    await page.goto('/provinces/74');
    expect(await page.locator('[data-testid=suggestion]').first().innerText()).toContain('(79)');
    // A real commune still opens.
    expect((await page.goto('/provinces/79/communes/25747'))?.status()).toBe(200);
  });
});
