// The Content-Security-Policy in a real browser against the production build: every page's
// scripts carry the request's nonce and run (the page hydrates with no violation and no console
// error), while script injected as markup without the nonce is refused: a <script> inside the
// served page and an inline event handler added to the live page. (A script element created by
// a script that already runs is trusted under 'strict-dynamic': the policy stops the injection
// of markup, which is how stored text would get in.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openTrackedPage, waitForHydration, type TrackedPage } from './browser';

const baseURL = inject('baseURL');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __cspViolations: Violation[];
    __injectedRan?: string[];
  }
}

/**
 * A page that records every CSP violation from its first moment (an init script, which the
 * browser runs outside the page's policy) in window.__cspViolations.
 */
async function openRecordingPage(): Promise<TrackedPage> {
  const tracked = await openTrackedPage(browser, { baseURL });
  await tracked.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  return tracked;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations);

/** The nonce of a response's script-src, and the policy itself. */
function policyOf(headers: Record<string, string>): { policy: string; nonce: string } {
  const policy = headers['content-security-policy'] ?? '';
  const nonce = /script-src[^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? '';
  return { policy, nonce };
}

describe('Content-Security-Policy', () => {
  test('a page answers a fresh nonce per request; script-src has no unsafe-inline; every served <script> carries the nonce', async () => {
    const { context } = await openRecordingPage();
    try {
      const first = await context.request.get(`${baseURL}/provinces/79`);
      const second = await context.request.get(`${baseURL}/provinces/79`);
      expect(first.status()).toBe(200);
      const a = policyOf(first.headers());
      const b = policyOf(second.headers());
      expect(a.nonce.length, `a nonce in ${a.policy}`).toBeGreaterThanOrEqual(16);
      expect(b.nonce).not.toBe(a.nonce);
      const scriptSrc = a.policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
      expect(scriptSrc).toBe(`script-src 'self' 'nonce-${a.nonce}' 'strict-dynamic'`);
      expect(a.policy).toContain("frame-ancestors 'none'");
      expect(a.policy).toContain("object-src 'none'");

      // The JSON API answers data, with a policy under which nothing runs.
      const api = await context.request.get(`${baseURL}/api/v1/summary`);
      expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");

      const html = await first.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, 'every <script> of the page').toContain(`nonce="${a.nonce}"`);
    } finally {
      await context.close();
    }
  });

  test('the pages load, hydrate and run with no violation and no console error', async () => {
    const paths: [string, string][] = [
      ['/', 'form#overview-controls select[name=edition]'],
      ['/?view=table&edition=2024', '[data-testid=view-tabs] a[data-view=table]'],
      ['/provinces/79', '[data-testid=province-header]'],
      ['/provinces/74', 'body'],
      ['/present', 'body'],
      ['/present/new', 'body'],
      ['/login', '[data-testid=login-form]'],
    ];
    const { context, page, problems, allowConsole } = await openRecordingPage();
    // The not-found page answers 404, which Chromium logs; nothing else may be logged.
    const notFound = /\/provinces\/74: Failed to load resource: the server responded with a status of 404/;
    allowConsole(notFound);
    try {
      for (const [path, hydrated] of paths) {
        await page.goto(path);
        await waitForHydration(page, hydrated);
        expect(await violations(page), `CSP violations on ${path}`).toEqual([]);
      }
      expect(problems.consoleErrors.filter((line) => !notFound.test(line))).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('script injected into the served page without the nonce does not run and is reported as a violation', async () => {
    const { context, page, problems, allowConsole } = await openRecordingPage();
    allowConsole(/Content Security Policy/);
    try {
      await page.addInitScript(() => {
        window.__injectedRan = [];
      });
      // What stored text that escaped its escaping would become: markup inside the page the
      // server served (its own headers, its own nonce), parsed by the browser as such.
      await page.route('**/provinces/79', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<body([^>]*)>/, `<body$1><script>window.__injectedRan.push('served script')</script>`);
        await route.fulfill({ response, body: html });
      });
      const response = await page.goto('/provinces/79');
      expect(response?.status()).toBe(200);
      await waitForHydration(page, '[data-testid=province-header]');
      expect(await violations(page)).toEqual([{ directive: 'script-src-elem', blocked: 'inline' }]);

      // And markup added to the live page later: an inline event handler.
      await page.evaluate(() => {
        const holder = document.createElement('div');
        holder.innerHTML = `<img alt="" src="data:," onerror="window.__injectedRan.push('onerror')">`;
        document.body.append(holder);
      });
      await expect.poll(async () => (await violations(page)).length, { timeout: 5_000 }).toBe(2);
      expect(await violations(page)).toContainEqual({ directive: 'script-src-attr', blocked: 'inline' });
      expect(await page.evaluate(() => window.__injectedRan)).toEqual([]);
      // The page's own scripts still ran: React hydrated it (waitForHydration above).
      // The browser reports each refusal in the console; nothing else went wrong.
      expect(problems.consoleErrors.filter((line) => !/Content Security Policy/.test(line))).toEqual([]);
      expect(problems.consoleErrors).toHaveLength(2);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
