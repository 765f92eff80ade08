// The paint half of `npm run bench:web` (`npm run bench:paint` = bench:web --only paint): how soon
// a reader on a slow connection sees each page, against the trivial page padded to the page's own
// HTML size (scripts/bench-web-build.ts ?kb=), under the same root layout, on the same server in
// the same run. Debian's Chromium through playwright-core, each load in a fresh browser context
// (nothing cached: a first visit), with slow 4G emulated through the DevTools protocol (150 ms
// latency, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4x. First contentful paint and
// largest contentful paint come from the page's own PerformanceObserver ('paint',
// 'largest-contentful-paint'); median of 3 loads each, page and twin alternating so that load on
// the machine hits both alike. Aim: each page's LCP at most 1.5x its twin's. Never a timed test.
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const RUNS = 3;

export interface Paint { fcp: number; lcp: number }

/** One cold load of url: its FCP and LCP in ms, read once the page has loaded and settled. */
async function paintOnce(browser: Browser, url: string): Promise<Paint> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const res = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (!res?.ok()) throw new Error(`${url} answered ${res?.status()}`);
    // LCP may still move after load (a late hydration, a font): give it a moment.
    await page.waitForTimeout(1500);
    return await page.evaluate(
      () =>
        new Promise<Paint>((resolve) => {
          const found = { fcp: NaN, lcp: NaN };
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') found.fcp = e.startTime;
          }).observe({ type: 'paint', buffered: true });
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1);
            if (last) found.lcp = last.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          // Buffered entries are delivered in a task after observe().
          setTimeout(() => resolve(found), 100);
        }),
    );
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => (ms / 1000).toFixed(2).padStart(5) + ' s';

/**
 * FCP and LCP of each page and of its trivial twin (twinOf gives the twin's URL), median of 3;
 * prints a line per page and returns the LCP ratios.
 */
export async function paintBench(base: string, pages: { label: string; path: string }[], twinOf: (path: string) => Promise<string>): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    console.log(`\nPaint on slow 4G (150 ms, 1.6 Mbit/s), CPU ${CPU_SLOWDOWN}x slower, cold cache, median of ${RUNS}; each page against the trivial page of its HTML size:`);
    console.log(`${'page'.padEnd(34)}   FCP      LCP   | twin FCP  twin LCP | LCP ratio`);
    for (const t of pages) {
      const twin = await twinOf(t.path);
      const mine: Paint[] = [];
      const theirs: Paint[] = [];
      for (let i = 0; i < RUNS; i++) {
        mine.push(await paintOnce(browser, base + t.path));
        theirs.push(await paintOnce(browser, base + twin));
      }
      const [fcp, lcp, tfcp, tlcp] = [mine.map((p) => p.fcp), mine.map((p) => p.lcp), theirs.map((p) => p.fcp), theirs.map((p) => p.lcp)].map(median);
      console.log(`${t.label.padEnd(34)} ${s(fcp)}  ${s(lcp)} | ${s(tfcp)}  ${s(tlcp)} | ${(lcp / tlcp).toFixed(2)}  (${twin})`);
    }
  } finally {
    await browser.close();
  }
}
