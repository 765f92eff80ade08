// The dashboard in a real browser against the production build (see e2e/global-setup.ts): the
// overview's map and permalinks, the province page against the API, the published figures of
// 13/11/2024, the not-found page, the language switch, the charts, accessibility (axe-core),
// layout at presentation resolutions and the CSV download.
import AxeBuilder from '@axe-core/playwright';
import { read, utils } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserPages, saveScreenshot, waitForHydration } from './browser';
import type { Report } from '@/lib/report';

const baseURL = inject('baseURL');

const { openPage, visit } = browserPages(baseURL);

const tiles = (page: Page) => page.locator('[data-testid=tile]');

async function expectTileCount(page: Page, count: number): Promise<void> {
  await expect.poll(() => tiles(page).count(), { timeout: 15_000, message: 'number of tiles' }).toBe(count);
}

/** Path and query of the page's URL, e.g. "/?edition=2024". */
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

async function getReport(page: Page, query: string): Promise<Report> {
  const response = await page.request.get(`/api/v1/report${query}`);
  expect(response.status(), `GET /api/v1/report${query}`).toBe(200);
  return (await response.json()) as Report;
}

/** The charts on the page once recharts has drawn them (legend icons are SVGs too: count figures). */
async function waitForCharts(page: Page, atLeast: number): Promise<number> {
  const drawn = page.locator('[data-testid=metric-chart]:has(svg.recharts-surface)');
  await expect.poll(() => drawn.count(), { timeout: 30_000, message: 'charts drawn by recharts' }).toBeGreaterThanOrEqual(atLeast);
  return drawn.count();
}

const normalizeSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('overview', () => {
  test('a 2024 date with no edition shows the 63-province map in force on it; the edition control switches to the 34 (13/11/2024); back returns to 63', async () => {
    const page = await openPage();
    await visit(page, '/?date=2024-11-13');
    await expectTileCount(page, 63);
    await expect.poll(() => page.locator('[data-testid=tile-map]').getAttribute('data-edition')).toBe('2024');

    const edition = page.locator('form#overview-controls select[name=edition]');
    await waitForHydration(page, 'form#overview-controls select[name=edition]');
    await edition.selectOption('2025');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?edition=2025&date=2024-11-13', { timeout: 15_000 });
    await expectTileCount(page, 34);
    await expect.poll(() => page.locator('[data-testid=tile-map]').getAttribute('data-edition')).toBe('2025');

    // Permalinks and history: back to the 63 provinces, forward to the 34.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?date=2024-11-13', { timeout: 15_000 });
    await expectTileCount(page, 63);
    await page.goForward();
    await page.waitForURL((url) => url.search === '?edition=2025&date=2024-11-13', { timeout: 15_000 });
    await expectTileCount(page, 34);

    // The permalink itself, opened fresh.
    await visit(page, '/?edition=2025&date=2024-11-13');
    await expectTileCount(page, 34);
  });

  test('13/11/2024 with no edition shows the published 47 / 63 and 15 / 63; the 34-province view of that day says both', async () => {
    const page = await openPage();
    await visit(page, '/?date=2024-11-13');
    const card = async (metric: string) =>
      normalizeSpaces(await page.locator(`[data-metric=${metric}] [data-testid=card-value]`).innerText());
    expect(await card('judicial_record_live')).toMatch(/^47 \/ 63\b/);
    expect(await card('civil_status_digitized')).toMatch(/^15 \/ 63\b/);
    expect(normalizeSpaces(await page.locator('[data-testid=edition]').innerText())).toContain('63 tỉnh');

    await visit(page, '/?edition=2025&date=2024-11-13');
    const former = async (metric: string) =>
      normalizeSpaces(await page.locator(`[data-metric=${metric}] [data-testid=card-former]`).innerText());
    expect(await former('judicial_record_live')).toMatch(/^\d+ \/ 34 tỉnh mới · 47 \/ 63 tỉnh cũ$/);
    expect(await former('civil_status_digitized')).toMatch(/^\d+ \/ 34 tỉnh mới · 15 \/ 63 tỉnh cũ$/);
    expect(normalizeSpaces(await page.locator('[data-testid=edition]').innerText())).toContain('34 tỉnh');
  });

  test('a milestone ranks by the date reached, then by due date, and reads as a milestone (no bars)', async () => {
    const page = await openPage();
    await visit(page, '/?date=2024-11-13&metric=civil_status_digitized');
    const ranking = page.locator('[data-testid=ranking]');
    expect(await ranking.locator('.bar').count()).toBe(0);
    const marks = (await ranking.locator('[data-testid=milestone]').allInnerTexts()).map(normalizeSpaces);
    expect(marks).toHaveLength(63);
    expect(marks.filter((m) => m.startsWith('đã đạt'))).toHaveLength(15);
    expect(marks[0]).toMatch(/^đã đạt \d{2}\/\d{2}\/\d{4}$/);
    expect(marks[15]).toMatch(/^chưa đạt · hạn \d{2}\/\d{2}\/\d{4}$/);
  });

  test('a bad parameter is ignored with the reason the API gives', async () => {
    const page = await openPage();
    await visit(page, '/?date=2024-02-30&lang=en');
    const api = await page.request.get('/api/v1/report?date=2024-02-30');
    expect(api.status()).toBe(400);
    const { error } = (await api.json()) as { error: { message: string } };
    expect(normalizeSpaces(await page.locator('[data-testid=ignored]').innerText())).toContain(`date=2024-02-30 (${error.message})`);
  });

  test('on the latest date: 34 tiles; switching to the 63-province map shows its 63 as of their last report; back returns to 34', async () => {
    const page = await openPage();
    await visit(page, '/');
    await expectTileCount(page, 34);

    await waitForHydration(page, 'form#overview-controls select[name=edition]');
    await page.locator('form#overview-controls select[name=edition]').selectOption('2024');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?edition=2024', { timeout: 15_000 });
    // The 63 provinces stopped reporting on 30/6/2025: with no date asked for, their map is
    // shown as of their last day (30/06/2025), never with invented later figures.
    await expectTileCount(page, 63);
    await expect
      .poll(async () => normalizeSpaces(await page.locator('[data-testid=as-of]').innerText()), { timeout: 15_000 })
      .toContain('30/06/2025');

    // An explicit later date on the 2024 map says the figures are not available.
    await visit(page, '/?edition=2024&date=2025-08-06');
    expect(normalizeSpaces(await page.locator('body').innerText())).toContain('không còn số liệu sau 30/6/2025');
    expect(await tiles(page).count()).toBe(0);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?edition=2024', { timeout: 15_000 });

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '', { timeout: 15_000 });
    await expectTileCount(page, 34);
  });

  test('clicking the tile of 79 opens /provinces/79 (Hồ Chí Minh)', async () => {
    const page = await openPage();
    await visit(page, '/');
    await page.locator('[data-testid=tile][data-code="79"]').click();
    await page.waitForURL((url) => url.pathname === '/provinces/79', { timeout: 15_000 });
    await expect
      .poll(() => page.locator('[data-testid=province-header]').innerText(), { timeout: 15_000 })
      .toContain('Hồ Chí Minh');
  });

  test('shows the published national figures of 13/11/2024', async () => {
    const page = await openPage();
    await visit(page, '/?edition=2024&date=2024-11-13');
    const text = normalizeSpaces(await page.locator('body').innerText());
    expect(text).toContain('14,8 triệu');
    expect(text).toContain('24,9 nghìn');
    expect(text).toContain('/ 705');

    const title = async (metric: string) =>
      normalizeSpaces((await page.locator(`[data-metric=${metric}] [data-testid=card-value]`).getAttribute('title')) ?? '');
    expect(await title('health_book_records')).toBe('14.800.000');
    expect(await title('judicial_record_applications')).toBe('24.887');
    expect(await title('judicial_record_live')).toBe('47');
    expect(await title('districts_digitized')).toBe('461');
    expect(await title('civil_status_digitized')).toBe('15');
    expect(await title('land_parcels_digitized')).toMatch(/^46\./);
    await saveScreenshot(page, 'overview-2024-11-13');
  });

  test('the table view is a tab of the overview, and its CSV link answers exactly its rows', async () => {
    const page = await openPage();
    await visit(page, '/');
    await waitForHydration(page, '[data-testid=view-tabs] a[data-view=table]');
    await page.locator('[data-testid=view-tabs] a[data-view=table]').click();
    await page.waitForURL((url) => url.search === '?view=table', { timeout: 15_000 });
    expect(await page.locator('[data-testid=league-table] tbody tr').count()).toBe(34);
    // Two downloads of the same rows: the CSV, and the workbook (its own test id).
    const links = page.locator('section[aria-labelledby=league-title] a[download]');
    expect(await links.count()).toBe(2);
    const href = await links.and(page.locator(':not([data-testid=league-xlsx])')).getAttribute('href');
    expect(href, 'CSV link href').toBeTruthy();
    const response = await page.request.get(new URL(href!, page.url()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const body = await response.text();
    // A header line and one line per province of the 34.
    expect(body.trim().split(/\r?\n/).length).toBe(35);
    const workbook = await page.request.get(new URL((await page.locator('[data-testid=league-xlsx]').getAttribute('href'))!, page.url()).toString());
    expect(workbook.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = read(await workbook.body(), { type: 'buffer' });
    expect(utils.sheet_to_json(sheet.Sheets[sheet.SheetNames[0]]).length).toBe(34);
  });

  test('full-page screenshot of the overview', async () => {
    const page = await openPage();
    await visit(page, '/');
    await expectTileCount(page, 34);
    await saveScreenshot(page, 'overview');
  });
});

describe('province page', () => {
  /** The table's rows as the page shows them, from the data-raw attributes. */
  async function tableRows(page: Page) {
    return page.locator('[data-testid=province-table] tr[data-metric]').evaluateAll((rows) =>
      rows.map((row) => {
        const raw = (field: string) => row.querySelector(`[data-field=${field}]`)?.getAttribute('data-raw') ?? null;
        return { metric: row.getAttribute('data-metric'), value: raw('value'), target: raw('target'), status: raw('status') };
      }),
    );
  }

  async function expectTableMatchesApi(page: Page, code: string, report: Report) {
    const unit = report.units.find((u) => u.code === code);
    expect(unit, `unit ${code} in the report of ${report.asOf}`).toBeDefined();
    const expected = Object.entries(unit!.metrics).map(([metric, m]) => ({
      metric,
      value: m!.value === null ? '' : String(m!.value),
      target: m!.target === null ? '' : String(m!.target),
      status: m!.status,
    }));
    const shown = await tableRows(page);
    expect(shown.length).toBeGreaterThan(0);
    const byMetric = (a: { metric: string | null }, b: { metric: string | null }) => (a.metric ?? '').localeCompare(b.metric ?? '');
    expect([...shown].sort(byMetric)).toEqual([...expected].sort(byMetric));
  }

  test('/provinces/79: the table equals the API\'s report as of its latest date', async () => {
    const page = await openPage();
    await visit(page, '/provinces/79');
    const { asOf } = await getReport(page, '?edition=2025');
    const report = await getReport(page, `?date=${asOf}&edition=2025`);
    await expectTableMatchesApi(page, '79', report);
  });

  test('/provinces/01?edition=2024&date=2024-11-13: the table equals the API\'s report', async () => {
    const page = await openPage();
    await visit(page, '/provinces/01?edition=2024&date=2024-11-13');
    const report = await getReport(page, '?date=2024-11-13&edition=2024');
    expect(report.asOf).toBe('2024-11-13');
    await expectTableMatchesApi(page, '01', report);
  });

  test('/provinces/25?date=2024-11-13: a merged province\'s milestone chart draws its table\'s target and due date', async () => {
    const page = await openPage();
    await visit(page, '/provinces/25?date=2024-11-13');
    const row = page.locator('[data-testid=province-table] tr[data-metric=civil_status_digitized]');
    const target = await row.locator('[data-field=target]').getAttribute('data-raw');
    const due = normalizeSpaces((await row.locator('td').nth(3).innerText()).trim());
    expect(target).toBe('1');
    expect(due).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    // The chart's accessible summary names the target it draws (lib/view/chart-series chartSummary).
    const chart = page.locator('figure[aria-label^="Hoàn thành số hóa dữ liệu hộ tịch"]');
    await expect.poll(() => chart.count(), { timeout: 15_000, message: 'civil-status chart' }).toBe(1);
    const summary = normalizeSpaces((await chart.getAttribute('aria-label')) ?? '');
    expect(summary).toContain(`chỉ tiêu ${target} đến ${due}`);
  });

  test('the recharts charts appear after hydration (at least 6 for 79)', async () => {
    const page = await openPage();
    await visit(page, '/provinces/79');
    const charts = await waitForCharts(page, 6);
    expect(charts).toBeGreaterThanOrEqual(6);
    await saveScreenshot(page, 'province-79');
  });
});

describe('not found', () => {
  test('/provinces/99 answers 404 with the not-found page', async () => {
    const page = await openPage();
    await visit(page, '/provinces/99', 404);
    await expect.poll(() => page.locator('[data-testid=not-found]').count()).toBe(1);
    await saveScreenshot(page, 'not-found');
  });

  test('/provinces/74 (a 2024 code) answers 404 and suggests /provinces/79', async () => {
    const page = await openPage();
    await visit(page, '/provinces/74', 404);
    await expect.poll(() => page.locator('[data-testid=not-found]').count()).toBe(1);
    const hrefs = await page.locator('[data-testid=suggestion]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/provinces/79');
  });
});

describe('language', () => {
  test('the toggle switches to English, kept on reload and on another page', async () => {
    const page = await openPage();
    await visit(page, '/');
    const header = page.locator('header').first();
    expect(await header.innerText()).toContain('Đề án 06');

    await page.locator('[data-testid=language-toggle]').click();
    await expect.poll(() => header.innerText(), { timeout: 15_000 }).toContain('Project 06');
    expect(pathOf(page)).toBe('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'lang')?.value).toBe('en');

    await page.reload();
    expect(await page.locator('header').first().innerText()).toContain('Project 06');

    await visit(page, '/provinces/79');
    expect(await page.locator('header').first().innerText()).toContain('Project 06');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('accessibility (axe-core)', () => {
  type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

  const describeViolations = (violations: Violation[]) =>
    violations
      .map((v) =>
        [`- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`, ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)].join('\n'),
      )
      .join('\n');

  async function expectNoSeriousViolations(page: Page, name: string) {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const minor = violations.filter((v) => !serious.includes(v));
    if (minor.length > 0) console.log(`axe on ${name}: minor/moderate violations (not failing):\n${describeViolations(minor)}`);
    if (serious.length > 0) console.log(`axe on ${name}: serious/critical violations:\n${describeViolations(serious)}`);
    expect(serious, `axe on ${name}: serious or critical violations:\n${describeViolations(serious)}`).toEqual([]);
  }

  test('the overview has no serious or critical violation', async () => {
    const page = await openPage();
    await visit(page, '/');
    await expectTileCount(page, 34);
    await expectNoSeriousViolations(page, '/');
  });

  test('/provinces/79 has no serious or critical violation (charts loaded)', async () => {
    const page = await openPage();
    await visit(page, '/provinces/79');
    await waitForCharts(page, 6);
    await expectNoSeriousViolations(page, '/provinces/79');
  });
});

describe('layout: no horizontal scroll', () => {
  const viewports = [
    { width: 1280, height: 800 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ];

  for (const path of ['/', '/provinces/79']) {
    test(`${path} fits the width at ${viewports.map((v) => `${v.width}x${v.height}`).join(', ')}`, async () => {
      const page = await openPage();
      await visit(page, path);
      if (path.startsWith('/provinces/')) await waitForCharts(page, 6);
      const overflows: string[] = [];
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        // Let the layout (and recharts' ResizeObserver) settle.
        await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
        await page.waitForTimeout(300);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) overflows.push(`${viewport.width}x${viewport.height}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
      }
      expect(overflows, `horizontal scroll on ${path}`).toEqual([]);
    });
  }
});
