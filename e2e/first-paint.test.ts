// What a reader needs is painted from the HTML, as it arrives, without waiting for the page's
// scripts (issue 25): no page sends a skeleton first and its figures in a hidden part of the
// document that a script reveals once the whole document is in and the scripts have run (on a
// slow connection, seconds later). With JavaScript off, the figures and tables are all there.
// How soon they paint on slow 4G is measured by `npm run bench:paint`, not by a test.
import { describe, expect, inject, test } from 'vitest';
import { browserPages } from './browser';

const baseURL = inject('baseURL');
const { openPage, visit } = browserPages(baseURL);

const DECK = '/present?group=hoi-nghi-14-11-2024&date=2024-11-13';
const PAGES: [string, string[]][] = [
  ['/', ['[data-testid=metric-cards] [data-testid=card-value]', '[data-testid=ranking] li', '[data-testid=tile-map] [data-testid=tile]']],
  ['/?view=table', ['[data-testid=metric-cards] [data-testid=card-value]', '[data-testid=league-table] tbody tr']],
  ['/provinces/79', ['[data-testid=province-header]', '[data-testid=province-table] tr[data-metric]', '[data-testid=history-table]']],
  ['/meetings/hoi-nghi-14-11-2024', ['[data-testid=meeting-header]', '[data-testid=lagging-table]']],
  [DECK, ['[data-testid=deck] .slide-frame[data-current] .slide']],
];

describe('content at first paint', () => {
  test.each(PAGES)('%s: the document carries its content in place, not in a hidden streamed part', async (path) => {
    const res = await fetch(baseURL + path);
    expect(res.status).toBe(200);
    const html = await res.text();
    // React's streamed Suspense content arrives as <div hidden id="S:n"> and waits for a script.
    expect(html).not.toMatch(/<div hidden id="S:/);
    expect(html).not.toContain('<!--$?-->');
  });

  test.each(PAGES)('%s: with JavaScript off, its figures and tables are shown', async (path, selectors) => {
    const page = await openPage({ javaScriptEnabled: false });
    await visit(page, path);
    for (const selector of selectors) {
      const first = page.locator(selector).first();
      expect(await first.isVisible(), `${selector} visible`).toBe(true);
      expect((await first.innerText()).trim(), `${selector} has text`).not.toBe('');
    }
  });

  test('an unknown province still answers 404, with where the code went', async () => {
    const page = await openPage();
    await visit(page, '/provinces/74', 404);
    expect(await page.locator('[data-testid=suggestion]').first().innerText()).toContain('(79)');
  });
});
