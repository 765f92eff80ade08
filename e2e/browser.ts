// The browser side of the e2e tests: Debian's Chromium driven by playwright-core, pages that
// record their console errors and uncaught exceptions, and full-page screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Screenshots land here (git-ignored). */
export const OUTPUT_DIR = fileURLToPath(new URL('../e2e-output/', import.meta.url));

/** A headless Chromium; playwright gives each launch a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What went wrong in a page: console errors (logged) and uncaught exceptions (a failure). */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Declares console errors the test causes on purpose (a 404 it asks for, a blocked script). */
  allowConsole(pattern: RegExp): void;
}

/**
 * Every page opened since the last check, with the console errors it may log. e2e/setup.ts
 * checks them after each test: any other console error or uncaught exception fails the test.
 */
const opened: { problems: PageProblems; allowed: RegExp[] }[] = [];

/** The unexpected browser errors of the pages opened since the last call, which forgets them. */
export function takeBrowserErrors(): string[] {
  const found = opened.flatMap(({ problems, allowed }) => [
    ...problems.consoleErrors.filter((line) => !allowed.some((pattern) => pattern.test(line))).map((line) => `console error: ${line}`),
    ...problems.pageErrors.map((line) => `uncaught exception: ${line}`),
  ]);
  opened.length = 0;
  return found;
}

/**
 * A page in a new context (own cookies), listening for console errors and uncaught exceptions
 * (and those of any other page the context opens).
 */
export async function openTrackedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', ...options });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  const tracked = new WeakSet<Page>();
  const track = (page: Page) => {
    if (tracked.has(page)) return;
    tracked.add(page);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location();
      problems.consoleErrors.push(`${page.url()}: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => {
      problems.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`);
    });
  };
  context.on('page', track);
  const page = await context.newPage();
  track(page);
  const allowed: RegExp[] = [];
  opened.push({ problems, allowed });
  return { context, page, problems, allowConsole: (pattern) => allowed.push(pattern) };
}

/** A full-page screenshot as e2e-output/<name>.png; returns the file's path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Waits until React has hydrated the element and its effects (listeners, timers) have run. */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
    },
    selector,
    { timeout: 30_000 },
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * A test file's browser: launched before its tests, closed after; each test's pages are closed
 * after it (browser errors already fail the test: e2e/setup.ts). `openPage` opens a tracked page
 * on `baseURL`; `visit` goes to a path and requires the HTTP status (200 unless told).
 */
export function browserPages(baseURL: string): {
  openTracked: (options?: BrowserContextOptions) => Promise<TrackedPage>;
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
  visit: (page: Page, path: string, status?: number) => Promise<void>;
} {
  let browser: Browser;
  let opened: TrackedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    await Promise.all(pages.map((p) => p.context.close()));
  });
  const openTracked = async (options: BrowserContextOptions = {}) => {
    const tracked = await openTrackedPage(browser, { baseURL, ...options });
    opened.push(tracked);
    return tracked;
  };
  return {
    openTracked,
    openPage: async (options = {}) => (await openTracked(options)).page,
    visit: async (page, path, status = 200) => {
      // An error status asked for is logged by Chromium: expected, not a failure (e2e/setup.ts).
      if (status >= 400) {
        const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        opened.find((t) => t.page === page)?.allowConsole(new RegExp(`${escaped}: Failed to load resource: the server responded with a status of ${status}`));
      }
      const response = await page.goto(path);
      expect(response, `no response for ${path}`).not.toBeNull();
      expect(response!.status(), `HTTP status of ${path}`).toBe(status);
    },
  };
}

/** Signs in through the login form and waits to be sent on to `next` (a path). */
export async function signIn(page: Page, to: { baseURL: string; email: string; password: string; next: string }): Promise<void> {
  await page.goto(`${to.baseURL}/login?next=${encodeURIComponent(to.next)}`);
  await page.fill('input[name=email]', to.email);
  await page.fill('input[name=password]', to.password);
  await page.click('[data-testid=login-form] button[type=submit]');
  await page.waitForURL((url) => url.pathname === to.next, { timeout: 15_000 });
}
