// Projector mode (/present, /present/new) in a real browser against the production build (see
// e2e/global-setup.ts), at the projector resolutions 1024x768, 1280x720 and 1920x1080: every
// slide of the 12-locality decks (and of a deck of the longest names) fits the screen with large,
// high-contrast text (measured in the page by e2e/slide-metrics.ts); the keys, the
// URL hash, auto-advance and pause, full screen and Esc; the offline mark; the PDF (one 16:9
// page per slide); axe-core; the deck builder; and one screenshot per slide kind.
import { existsSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test, type TestContext } from 'vitest';
import { launchBrowser, openTrackedPage, OUTPUT_DIR, saveScreenshot, waitForHydration, type TrackedPage } from './browser';
import { measureSlide, type SlideMeasurement, type SlideThresholds } from './slide-metrics';

const baseURL = inject('baseURL');

const GROUP = 'hoi-nghi-14-11-2024';

const RESOLUTIONS = [
  { width: 1024, height: 768, label: '1024x768' },
  { width: 1280, height: 720, label: '1280x720' },
  { width: 1920, height: 1080, label: '1920x1080' },
] as const;
type Resolution = (typeof RESOLUTIONS)[number];

interface DeckSpec {
  name: string;
  path: string;
  /** Where Esc leaves for: the overview with the deck's edition, date and group. */
  exit?: { pathname: string; query: Record<string, string> };
  /** The names on the province slides. */
  provinces: readonly string[];
  dark: boolean;
  /** A meeting's deck: "since the last meeting" and "actions from the last meeting" after the national slide. */
  review: boolean;
}

/** The 12 localities of the conference of 14/11/2024, in both map editions. */
const DECKS: readonly DeckSpec[] = [
  {
    name: '2025 edition (the 12 as 10 provinces), light',
    path: `/present?group=${GROUP}`,
    exit: { pathname: '/', query: { group: GROUP } },
    provinces: ['Hồ Chí Minh', 'Đồng Nai', 'An Giang', 'Đà Nẵng', 'Thanh Hóa', 'Phú Thọ', 'Thái Nguyên', 'Hưng Yên', 'Ninh Bình', 'Khánh Hòa'],
    dark: false,
    review: true,
  },
  {
    name: '2024 edition, 13/11/2024 (the 12 localities), dark',
    path: `/present?group=${GROUP}&edition=2024&date=2024-11-13&theme=dark`,
    exit: { pathname: '/', query: { edition: '2024', date: '2024-11-13', group: GROUP } },
    provinces: ['Hồ Chí Minh', 'Bình Dương', 'Đồng Nai', 'Kiên Giang', 'Quảng Nam', 'Thanh Hóa', 'Phú Thọ', 'Thái Nguyên', 'Thái Bình', 'Nam Định', 'Ninh Thuận', 'Bình Phước'],
    dark: true,
    review: true,
  },
];

/** The seed's illustrative follow-up of 26/12/2024 (six of the twelve): its deck reviews the conference's actions. */
const FOLLOW_UP = 'giao-ban-tien-do-de-an-06-voi-6-dia-phuong-26-12-2024';
const FOLLOW_UP_DECK: DeckSpec = {
  name: 'the follow-up of 26/12/2024 (?meeting=), 2024 edition, light',
  path: `/present?meeting=${FOLLOW_UP}&edition=2024&date=2024-12-26`,
  provinces: ['Hồ Chí Minh', 'Bình Dương', 'Đồng Nai', 'Thanh Hóa', 'Phú Thọ', 'Thái Nguyên'],
  dark: false,
  review: true,
};
const LIGHT_DECK = DECKS[0];

/**
 * The conference's group has no "Bà Rịa - Vũng Tàu" (77) nor "Thừa Thiên Huế" (46): a deck of the
 * twelve longest 2024 names (?units=) puts them on the ranking and province slides too.
 */
const LONG_NAMES_DECK: DeckSpec = {
  name: '2024 edition, 13/11/2024, the 12 longest names (?units=), light',
  path: '/present?units=77,46,79,70,87,74,60,52,51,45,44,30&edition=2024&date=2024-11-13',
  provinces: ['Bà Rịa - Vũng Tàu', 'Thừa Thiên Huế', 'Hồ Chí Minh', 'Bình Phước', 'Đồng Tháp', 'Bình Dương', 'Bình Thuận', 'Bình Định', 'Quảng Ngãi', 'Quảng Trị', 'Quảng Bình', 'Hải Dương'],
  dark: false,
  // No meeting: no "last meeting" to review.
  review: false,
};
const LAYOUT_DECKS: readonly DeckSpec[] = [...DECKS, LONG_NAMES_DECK, FOLLOW_UP_DECK];

const THRESHOLDS: SlideThresholds = {
  minTextRatio: 0.025,
  minHeadingRatio: 0.0375,
  minTextContrast: 7,
  minMarkContrast: 3,
  tolerance: 1,
};

const SLIDE_KINDS = ['title', 'summary', 'changes', 'actions', 'ranking', 'map', 'province'] as const;
const REVIEW_KINDS: readonly string[] = ['changes', 'actions'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A new page (own context) at the resolution, closed when the test finishes. Console errors the
 * test causes on purpose match `expectedConsole`; any other fails it (e2e/setup.ts).
 */
async function openPage(context: TestContext, resolution: Resolution, expectedConsole?: RegExp): Promise<Page> {
  const options: BrowserContextOptions = { baseURL, viewport: { width: resolution.width, height: resolution.height } };
  const tracked = await openTrackedPage(browser, options);
  if (expectedConsole) tracked.allowConsole(expectedConsole);
  context.onTestFinished(() => tracked.context.close());
  return tracked.page;
}

/** Goes to a path and requires HTTP 200. */
async function visit(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response, `no response for ${url}`).not.toBeNull();
  expect(response!.status(), `HTTP status of ${url}`).toBe(200);
}


/** Opens a deck and waits until it is hydrated (keys work) and its web fonts are in. */
async function openDeck(page: Page, url: string): Promise<void> {
  await visit(page, url);
  await waitForHydration(page, '[data-testid=deck]');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const deck = (page: Page) => page.locator('[data-testid=deck]');
const deckIndex = async (page: Page) => Number(await deck(page).getAttribute('data-index'));
const deckCount = async (page: Page) => Number(await deck(page).getAttribute('data-count'));

/**
 * Waits until the deck's data-index is n (page-side polling: also usable in hooks and
 * concurrent tests, where expect.poll is not).
 */
async function waitForSlide(page: Page, n: number, timeout = 5_000): Promise<void> {
  try {
    await page.waitForFunction(
      (k) => document.querySelector('[data-testid=deck]')?.getAttribute('data-index') === String(k),
      n,
      { timeout, polling: 50 },
    );
  } catch {
    throw new Error(`the deck did not reach slide ${n} within ${timeout} ms (data-index ${await deckIndex(page)})`);
  }
}

/** The deck is on slide n: data-index, the one visible frame, the slide number and the progress bar. */
async function expectSlide(page: Page, n: number, timeout = 5_000): Promise<void> {
  await waitForSlide(page, n, timeout);
  const state = await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-testid=deck]')!;
    const frames = [...root.querySelectorAll<HTMLElement>('.slide-frame')];
    const progress = root.querySelector<HTMLElement>('.deck-progress')!.getBoundingClientRect().width;
    return {
      visible: frames.filter((f) => !f.hidden && f.getBoundingClientRect().height > 0).map((f) => Number(f.dataset.slide)),
      number: root.querySelector('[data-testid=slide-number]')!.textContent ?? '',
      progress,
      width: root.getBoundingClientRect().width,
      count: Number(root.dataset.count),
    };
  });
  expect(state.visible, 'the visible slide frames').toEqual([n]);
  expect(state.number.replace(/\s+/g, ' ')).toBe(`Trang ${n} / ${state.count}`);
  expect(state.progress / state.width, 'share of the progress bar').toBeCloseTo(n / state.count, 2);
}

/** Waits until the deck shows slide `to` by itself (no key), at most `within` ms; returns the time it took. */
async function waitForAutoAdvance(page: Page, to: number, within: number): Promise<number> {
  const started = Date.now();
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=deck]')?.getAttribute('data-index') === String(n),
    to,
    { timeout: within, polling: 100 },
  );
  return Date.now() - started;
}

const hashOf = (page: Page) => new URL(page.url()).hash;

// --- 1, 2 and 9: every slide fits, font sizes, contrast; screenshots -------------------------

interface DeckPass {
  measurements: SlideMeasurement[];
  count: number;
}

/** Goes through every slide of a deck with ArrowRight, measuring each (and taking screenshots). */
async function walkDeck(page: Page, deckSpec: DeckSpec, screenshots: boolean): Promise<DeckPass> {
  await openDeck(page, deckSpec.path);
  const count = await deckCount(page);
  const measurements: SlideMeasurement[] = [];
  const shot = new Set<string>();
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await waitForSlide(page, n);
    // Let the layout settle (one frame after React's commit) before measuring.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    const measurement = await page.evaluate(measureSlide, THRESHOLDS);
    measurements.push(measurement);
    if (screenshots && !shot.has(measurement.kind)) {
      shot.add(measurement.kind);
      await saveScreenshot(page, `present-${measurement.kind}`);
    }
  }
  return { measurements, count };
}

/** The problems of one kind on every slide, as "slide N (kind): problem" lines. */
function problems(pass: DeckPass, pick: (m: SlideMeasurement) => string[]): string[] {
  return pass.measurements.flatMap((m) => pick(m).map((p) => `slide ${m.index} (${m.kind}): ${p}`));
}

describe.each(RESOLUTIONS)('projector mode at $label', (resolution) => {
  describe('every slide of the decks', () => {
    const passes = new Map<string, DeckPass>();
    const opened: TrackedPage[] = [];

    beforeAll(async () => {
      for (const deckSpec of LAYOUT_DECKS) {
        const tracked = await openTrackedPage(browser, { baseURL, viewport: { width: resolution.width, height: resolution.height } });
        opened.push(tracked);
        const screenshots = resolution.label === '1280x720';
        passes.set(deckSpec.name, await walkDeck(tracked.page, deckSpec, screenshots && deckSpec === LIGHT_DECK));
        if (screenshots && deckSpec === DECKS[1]) {
          await tracked.page.keyboard.press('Home');
          await expectSlide(tracked.page, 1);
          await saveScreenshot(tracked.page, 'present-title-dark');
        }
      }
    });

    afterAll(async () => {
      for (const tracked of opened) await tracked.context.close();
    });

    if (resolution.label === '1280x720') {
      test('screenshots: one per slide kind, and the dark title', () => {
        const files = [...SLIDE_KINDS.map((kind) => `present-${kind}.png`), 'present-title-dark.png'];
        expect(files.filter((file) => !existsSync(path.join(OUTPUT_DIR, file))), `missing in ${OUTPUT_DIR}`).toEqual([]);
      });
    }

    test.each(LAYOUT_DECKS)('$name: the slides are the expected ones', (deckSpec) => {
      const pass = passes.get(deckSpec.name)!;
      const kinds = pass.measurements.map((m) => m.kind);
      // title, summary, (a meeting's review: changes, actions), one ranking per metric (12 or
      // fewer rows: one part each), the map, the provinces.
      expect(kinds.slice(0, deckSpec.review ? 4 : 2)).toEqual(deckSpec.review ? ['title', 'summary', 'changes', 'actions'] : ['title', 'summary']);
      expect(new Set(kinds)).toEqual(new Set(SLIDE_KINDS.filter((k) => deckSpec.review || !REVIEW_KINDS.includes(k))));
      expect(kinds.filter((k) => k === 'map')).toHaveLength(1);
      expect(kinds.filter((k) => k === 'ranking')).toHaveLength(6);
      expect(pass.count).toBe(kinds.length);
      for (const m of pass.measurements) {
        expect(m.textElements, `text elements on slide ${m.index} (${m.kind})`).toBeGreaterThan(0);
      }
      // The province slides are titled "<name> (<code>) · <date>".
      // (A group's provinces come in code order, ?units= in the order asked for: compare as sets.)
      const names = pass.measurements.filter((m) => m.kind === 'province').map((m) => m.title.replace(/\s*\(\d{2}\).*$/, ''));
      expect([...names].sort()).toEqual([...deckSpec.provinces].sort());
      // Each ranking lists every province of the deck.
      for (const m of pass.measurements.filter((x) => x.kind === 'ranking')) {
        expect(deckSpec.provinces.filter((name) => !m.texts.includes(name)), `names missing from slide ${m.index} (ranking)`).toEqual([]);
      }
    });

    test('2025 edition: each province slide says how many of its communes lag on the date and names five of them, oldest gap first', async () => {
      const slides = passes.get(LIGHT_DECK.name)!.measurements.filter((m) => m.kind === 'province');
      expect(slides).toHaveLength(LIGHT_DECK.provinces.length);
      let named = 0;
      for (const m of slides) {
        const code = m.title.match(/\((\d{2})\)/)![1];
        const api = (await (await fetch(`${baseURL}/api/v1/units/${code}/communes`)).json()) as { communes: { name: string; metrics: { land_data_digitized: { reached: boolean } } }[] };
        const lagging = api.communes.filter((c) => !c.metrics.land_data_digitized.reached).map((c) => c.name);
        const text = m.texts.join(' | ');
        if (lagging.length === 0) {
          expect(text).toContain('Không xã nào chậm số hóa dữ liệu đất đai');
          continue;
        }
        expect(text, `slide ${m.index}`).toContain(`${lagging.length} xã, phường chưa số hóa dữ liệu đất đai`);
        const names = m.texts.find((t) => t.startsWith('Lâu nhất chưa báo cáo: '))!.slice('Lâu nhất chưa báo cáo: '.length).split(', ');
        expect(names).toHaveLength(Math.min(5, lagging.length));
        expect(names.filter((n) => !lagging.includes(n))).toEqual([]);
        named += names.length;
      }
      expect(named, 'some slide names lagging communes').toBeGreaterThan(0);
    });

    test.each(LAYOUT_DECKS)('$name: every slide fits the screen (no overflow, no scrollbar, no clipped text, no overlapping text)', (deckSpec) => {
      const pass = passes.get(deckSpec.name)!;
      const found = [
        ...problems(pass, (m) =>
          m.scrollWidth > m.innerWidth || m.scrollHeight > m.innerHeight
            ? [`document scrolls: scroll ${m.scrollWidth}x${m.scrollHeight} > viewport ${m.innerWidth}x${m.innerHeight}`]
            : [],
        ),
        ...problems(pass, (m) => m.outside),
        ...problems(pass, (m) => m.clipped),
        ...problems(pass, (m) => m.overlaps),
      ];
      expect(found, `${deckSpec.name} at ${resolution.label}:\n  ${found.join('\n  ')}`).toEqual([]);
    });

    test.each(LAYOUT_DECKS)('$name: text at least 2.5% of the width, h1/h2 at least 3.75%', (deckSpec) => {
      const pass = passes.get(deckSpec.name)!;
      expect(pass.measurements.filter((m) => m.headings > 0).length, 'slides with a heading').toBe(pass.count);
      const found = [...problems(pass, (m) => m.smallHeadings), ...problems(pass, (m) => m.smallText)];
      expect(found, `${deckSpec.name} at ${resolution.label}:\n  ${found.join('\n  ')}`).toEqual([]);
    });

    test.each(LAYOUT_DECKS)('$name: text contrast at least 7:1 against the background', (deckSpec) => {
      const pass = passes.get(deckSpec.name)!;
      expect(pass.measurements[0].deckBackground).toBe(deckSpec.dark ? '#0f172a' : '#ffffff');
      const found = problems(pass, (m) => m.lowContrastText);
      expect(found, `${deckSpec.name} at ${resolution.label}:\n  ${found.join('\n  ')}`).toEqual([]);
    });

    test.each(LAYOUT_DECKS)('$name: chart marks (.s-icon, .s-fill, .s-tile) at least 3:1 against the background', (deckSpec) => {
      const pass = passes.get(deckSpec.name)!;
      expect(pass.measurements.reduce((sum, m) => sum + m.marks, 0), 'chart marks seen').toBeGreaterThan(0);
      const found = problems(pass, (m) => m.lowContrastMarks);
      expect(found, `${deckSpec.name} at ${resolution.label}:\n  ${found.join('\n  ')}`).toEqual([]);
    });
  });

  test('the slide checks catch what they look for (text beyond the screen, clipped, overlapping, small, faint; a faint mark)', async (context) => {
    const page = await openPage(context, resolution);
    await openDeck(page, LIGHT_DECK.path);
    const before = await page.evaluate(measureSlide, THRESHOLDS);
    expect(before.kind).toBe('title');
    await page.evaluate(() => {
      const slide = document.querySelector<HTMLElement>('.slide-frame[data-slide="1"] section.slide')!;
      const h1 = slide.querySelector('h1')!;
      const at = h1.getBoundingClientRect();
      slide.insertAdjacentHTML(
        'beforeend',
        [
          '<p style="position:absolute;left:95vw;top:2vw;white-space:nowrap">Bà Rịa - Vũng Tàu</p>',
          '<p style="width:3vw;overflow:hidden;white-space:nowrap">Thừa Thiên Huế</p>',
          '<p style="font-size:1vw">Bình Phước</p>',
          '<p style="color:#8a8a8a">Đồng Tháp</p>',
          `<p style="position:absolute;left:${at.left}px;top:${at.top}px">Quảng Ngãi</p>`,
          '<span class="s-icon" style="background:#eeeeee">!</span>',
        ].join(''),
      );
      h1.style.fontSize = '3vw';
    });
    const after = await page.evaluate(measureSlide, THRESHOLDS);
    const has = (lines: string[], text: string) => lines.some((line) => line.includes(text));
    expect(has(after.outside, 'Bà Rịa - Vũng Tàu'), after.outside.join('\n')).toBe(true);
    expect(has(after.clipped, 'Thừa Thiên Huế'), after.clipped.join('\n')).toBe(true);
    expect(has(after.overlaps, 'Quảng Ngãi'), after.overlaps.join('\n')).toBe(true);
    expect(has(after.smallText, 'Bình Phước'), after.smallText.join('\n')).toBe(true);
    expect(has(after.smallHeadings, '<h1>'), after.smallHeadings.join('\n')).toBe(true);
    expect(has(after.lowContrastText, 'Đồng Tháp'), after.lowContrastText.join('\n')).toBe(true);
    expect(has(after.lowContrastMarks, '<span.s-icon> "!"'), after.lowContrastMarks.join('\n')).toBe(true);
  });

  // --- 3. Keys ---------------------------------------------------------------------------------

  test('keys: → / PageDown advance, ← / PageUp go back, End / Home, the hash follows, a reload keeps the slide', async (context) => {
    const page = await openPage(context, resolution);
    await openDeck(page, LIGHT_DECK.path);
    const count = await deckCount(page);
    expect(count).toBeGreaterThan(3);
    await expectSlide(page, 1);

    const steps: [key: string, slide: number][] = [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['End', count],
      ['Home', 1],
      ['ArrowRight', 2],
      ['ArrowRight', 3],
    ];
    for (const [key, slide] of steps) {
      await page.keyboard.press(key);
      await expectSlide(page, slide);
      expect(hashOf(page), `hash after ${key}`).toBe(`#${slide}`);
    }
    // Backwards from the first and forwards from the last stay put.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, count);

    // A reload of …#3 opens slide 3.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    expect(hashOf(page)).toBe('#3');
    await page.reload();
    await waitForHydration(page, '[data-testid=deck]');
    await expectSlide(page, 3);
    expect(hashOf(page)).toBe('#3');
  });

  test('keys: F toggles full screen on the deck; Esc (not in full screen) leaves for the overview', async (context) => {
    const page = await openPage(context, resolution);
    for (const deckSpec of DECKS) {
      await openDeck(page, deckSpec.path);
      const fullscreenIsDeck = () => page.evaluate(() => document.fullscreenElement === document.querySelector('[data-testid=deck]'));
      const fullscreenIsNull = () => page.evaluate(() => document.fullscreenElement === null);

      if (deckSpec === LIGHT_DECK) {
        await page.keyboard.press('f');
        await expect.poll(fullscreenIsDeck, { timeout: 5_000, message: 'document.fullscreenElement is the deck after F' }).toBe(true);
        await page.keyboard.press('F');
        await expect.poll(fullscreenIsNull, { timeout: 5_000, message: 'document.fullscreenElement is null after F again' }).toBe(true);
        // Keys still work after leaving full screen.
        await page.keyboard.press('ArrowRight');
        await expectSlide(page, 2);
      }

      await page.keyboard.press('Escape');
      const exit = deckSpec.exit!;
      await page.waitForURL((url) => url.pathname === exit.pathname, { timeout: 15_000 });
      const query = Object.fromEntries(new URL(page.url()).searchParams);
      expect(query, `the overview's query after Esc on ${deckSpec.path}`).toEqual(exit.query);
      await expect.poll(() => page.locator('[data-testid=tile]').count(), { timeout: 15_000, message: 'tiles of the overview' }).toBeGreaterThan(0);
    }
  });

  // --- 5. Offline --------------------------------------------------------------------------------

  test('offline: when /api/v1/summary fails on the next poll, the mark says "Ngoại tuyến" and the slides keep their figures', async (context) => {
    // The failed polls are logged by the browser: expected here.
    const page = await openPage(context, resolution, /api\/v1\/summary.*ERR_INTERNET_DISCONNECTED|ERR_INTERNET_DISCONNECTED.*api\/v1\/summary/);
    await page.clock.install();
    await openDeck(page, LIGHT_DECK.path);
    const offline = page.locator('[data-testid=offline]');
    expect(await offline.count(), 'offline mark while online').toBe(0);

    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    const cards = page.locator('.slide-frame[data-slide="2"] section.slide[data-kind=summary] .s-cards li');
    const figuresBefore = await cards.locator('.s-big').allInnerTexts();
    expect(figuresBefore.length, 'summary cards').toBeGreaterThan(0);

    let failed = 0;
    await page.route('**/api/v1/summary**', (route) => {
      failed++;
      return route.abort('internetdisconnected');
    });
    // The deck polls every 60 s; a failed poll is tried once more after a second before the page says it is offline.
    await page.clock.fastForward('01:05');
    await expect
      .poll(
        async () => {
          if (await offline.isVisible()) return true;
          await page.clock.fastForward('00:05');
          return offline.isVisible();
        },
        { timeout: 20_000, interval: 250, message: '[data-testid=offline] visible' },
      )
      .toBe(true);
    expect(failed, 'requests to /api/v1/summary that failed').toBeGreaterThan(0);
    expect(await offline.innerText()).toContain('Ngoại tuyến');
    // The longer status line still fits, clear of the slide.
    const withMark = await page.evaluate(measureSlide, THRESHOLDS);
    const layout = [...withMark.outside, ...withMark.clipped, ...withMark.overlaps, ...withMark.smallText, ...withMark.lowContrastText];
    expect(layout, `slide 2 (summary) with the offline mark:\n  ${layout.join('\n  ')}`).toEqual([]);

    // Still on the summary slide, with the same figures; the other slides still work.
    await expectSlide(page, 2);
    expect(await cards.locator('.s-big').allInnerTexts()).toEqual(figuresBefore);
    // (A meeting's deck: the review slides come next, then the first ranking.)
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    expect(await page.locator('.slide-frame[data-slide="3"] [data-testid=improved] li, .slide-frame[data-slide="3"] .s-note').count(), 'review rows offline').toBeGreaterThan(0);
    await page.keyboard.press('End');
    await expectSlide(page, await deckCount(page));
    expect(await page.locator(`.slide-frame[data-slide="${await deckCount(page)}"] .s-province li`).count(), 'province rows offline').toBeGreaterThan(0);
    expect(await offline.isVisible()).toBe(true);
  });

  // --- 6. PDF ------------------------------------------------------------------------------------

  test('PDF: one 16:9 page per slide', async (context) => {
    const page = await openPage(context, resolution);
    for (const deckSpec of DECKS) {
      await openDeck(page, deckSpec.path);
      const count = await deckCount(page);
      // For the failure message: how many slide frames the print layout shows.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => [...document.querySelectorAll('.slide-frame')].filter((f) => getComputedStyle(f).display !== 'none').length);
      await page.emulateMedia({ media: null });
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect.soft(pages, `PDF pages of ${deckSpec.path} (${count} slides; slide frames displayed in print: ${printed})`).toBe(count);
      const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(pdf);
      expect(box, 'a /MediaBox in the PDF').not.toBeNull();
      const [x0, y0, x1, y1] = box!.slice(1).map(Number);
      const ratio = (x1 - x0) / (y1 - y0);
      expect(Math.abs(ratio / (16 / 9) - 1), `MediaBox ${box![0]}: ratio ${ratio.toFixed(4)} vs 16:9`).toBeLessThan(0.01);
    }
  });

  // --- 7. axe-core -------------------------------------------------------------------------------

  test('axe-core: no serious or critical violation on the title slide, the review slides, a province slide and /present/new', async (context) => {
    const page = await openPage(context, resolution);
    await openDeck(page, LIGHT_DECK.path);
    await expectNoSeriousViolations(page, `${LIGHT_DECK.path} (title slide) at ${resolution.label}`);
    await openDeck(page, `${FOLLOW_UP_DECK.path}#3`);
    for (const n of [3, 4]) {
      if (n > 3) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      expect(await page.locator(`.slide-frame[data-slide="${n}"] section.slide`).getAttribute('data-kind')).toBe(REVIEW_KINDS[n - 3]);
      await expectNoSeriousViolations(page, `${FOLLOW_UP_DECK.path} (slide ${n}) at ${resolution.label}`);
    }
    await page.keyboard.press('End');
    await expectSlide(page, await deckCount(page));
    expect(await page.locator(`.slide-frame[data-slide="${await deckCount(page)}"] section.slide`).getAttribute('data-kind')).toBe('province');
    await expectNoSeriousViolations(page, `${LIGHT_DECK.path} (province slide) at ${resolution.label}`);

    const builder = `/present/new?group=${GROUP}&interval=15`;
    await visit(page, builder);
    await expect.poll(() => page.locator('[data-testid=deck-url]').count()).toBe(1);
    await expectNoSeriousViolations(page, `${builder} at ${resolution.label}`);
  });

  // --- 8. The builder ----------------------------------------------------------------------------

  test('builder: group, 15 s, two metrics → the deck URL, its QR code, and a deck with those metrics only', async (context) => {
    const page = await openPage(context, resolution);
    await visit(page, '/present/new');
    expect(await page.locator('[data-testid=deck-url]').count(), 'no link before the form is sent').toBe(0);
    const form = page.locator('form[data-testid=deck-builder]');
    await form.locator('select[name=group]').selectOption(GROUP);
    await form.locator('input[name=interval]').fill('15');
    const metricBoxes = form.locator('input[name=metrics]');
    expect(await metricBoxes.count()).toBeGreaterThanOrEqual(2);
    const chosen = [await metricBoxes.nth(0).getAttribute('value'), await metricBoxes.nth(1).getAttribute('value')];
    await metricBoxes.nth(0).check();
    await metricBoxes.nth(1).check();
    await form.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/present/new' && url.searchParams.get('group') === GROUP, { timeout: 15_000 });

    const deckUrl = (await page.locator('[data-testid=deck-url]').innerText()).trim();
    expect(deckUrl).toContain(`/present?group=${GROUP}`);
    expect(deckUrl).toContain('interval=15');
    const parsed = new URL(deckUrl);
    expect(parsed.searchParams.get('metrics')?.split(',')).toEqual(chosen);
    expect(await page.locator('[data-testid=deck-qr] svg').count(), 'the QR code').toBe(1);

    await waitForHydration(page, '[data-testid=deck-link] a');
    await page.locator('[data-testid=deck-link] a', { hasText: 'Mở bài trình chiếu' }).click();
    await page.waitForURL((url) => url.pathname === '/present', { timeout: 15_000 });
    const opened = new URL(page.url());
    expect(opened.searchParams.get('group')).toBe(GROUP);
    expect(opened.searchParams.get('interval')).toBe('15');
    await waitForHydration(page, '[data-testid=deck]');
    expect(await page.locator('section.slide[data-kind=ranking]').count(), 'ranking slides (one per chosen metric)').toBe(2);
    // title, summary, the meeting's review (changes, actions), 2 rankings, the map and the 10 provinces.
    expect(await deckCount(page)).toBe(2 + 2 + 2 + 1 + 10);
    expect(await page.locator('section.slide[data-kind=summary] .s-cards li').count(), 'summary cards (one per chosen metric)').toBe(2);
  });
});

// --- The figures of 13/11/2024 and milestones as milestones (one resolution: content, not layout) -

describe('the deck of 13/11/2024', () => {
  const resolution = RESOLUTIONS[1];
  const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
  const MARK = /^(đã đạt \d{2}\/\d{2}\/\d{4}|chưa đạt · hạn \d{2}\/\d{2}\/\d{4})$/;

  test('with no edition it is the 63-province deck: the national slide shows 47 / 63 and 15 / 63 as the conference reported', async (context) => {
    const page = await openPage(context, resolution);
    await openDeck(page, `/present?group=${GROUP}&date=2024-11-13`);
    const summary = page.locator('section.slide[data-kind=summary]');
    expect(await text(summary.locator('li[data-metric=judicial_record_live] [data-testid=summary-value]'))).toBe('47 / 63');
    expect(await text(summary.locator('li[data-metric=civil_status_digitized] [data-testid=summary-value]'))).toBe('15 / 63');
    // Its province slides are the 12 localities of 2024.
    expect(await page.locator('section.slide[data-kind=province]').count()).toBe(12);
  });

  test('?meeting=ID is the meeting\'s deck, as ?group= its slug: its title and its 12 provinces; an unknown meeting is said to be ignored', async (context) => {
    const { meetings } = (await (await fetch(`${baseURL}/api/v1/meetings`)).json()) as { meetings: { id: number; slug: string; title: string }[] };
    const conference = meetings.find((m) => m.slug === GROUP)!;
    const page = await openPage(context, resolution);
    await openDeck(page, `/present?meeting=${conference.id}&date=2024-11-13`);
    expect(await text(page.locator('section.slide[data-kind=title] h1'))).toBe(`${conference.title}, TP Hồ Chí Minh, 14/11/2024`);
    expect(await page.locator('section.slide[data-kind=province]').count()).toBe(12);
    await openDeck(page, '/present?meeting=999999&date=2024-11-13');
    expect(await text(page.locator('section.slide[data-kind=title]'))).toContain('meeting=999999');
    expect(await page.locator('section.slide[data-kind=province]').count()).toBe(0);
  });

  test('the 34-province deck of 13/11/2024 also says how many of the 63 former provinces had reached each milestone', async (context) => {
    const page = await openPage(context, resolution);
    await openDeck(page, `/present?group=${GROUP}&edition=2025&date=2024-11-13`);
    const summary = page.locator('section.slide[data-kind=summary]');
    expect(await text(summary.locator('li[data-metric=judicial_record_live] [data-testid=summary-former]'))).toMatch(/^\d+ \/ 34 tỉnh mới · 47 \/ 63 tỉnh cũ$/);
    expect(await text(summary.locator('li[data-metric=civil_status_digitized] [data-testid=summary-former]'))).toMatch(/^\d+ \/ 34 tỉnh mới · 15 \/ 63 tỉnh cũ$/);
  });

  test('a milestone ranking lists the dates reached (earliest first), then the due dates: no % bars', async (context) => {
    const page = await openPage(context, resolution);
    await openDeck(page, `/present?group=${GROUP}&date=2024-11-13`);
    for (const metric of ['civil_status_digitized', 'judicial_record_live']) {
      const slide = page.locator(`section.slide[data-kind=ranking][data-metric=${metric}]`);
      expect(await slide.count(), `ranking slide of ${metric}`).toBe(1);
      expect(await slide.locator('.s-bar').count(), 'no bars on a milestone ranking').toBe(0);
      const marks = await Promise.all((await slide.locator('[data-testid=milestone]').all()).map(text));
      expect(marks).toHaveLength(12);
      for (const mark of marks) expect(mark).toMatch(MARK);
      const reached = marks.filter((m) => m.startsWith('đã đạt'));
      expect(reached.length, `${metric}: some of the 12 had reached it`).toBeGreaterThan(0);
      expect(marks.slice(0, reached.length), 'reached ones first').toEqual(reached);
      const iso = (m: string) => m.slice(-10).split('/').reverse().join('-');
      expect(reached.map(iso)).toEqual(reached.map(iso).sort());
      const due = marks.slice(reached.length).map(iso);
      expect(due).toEqual([...due].sort());
    }
  });
});

// --- 3 and 4. Auto-advance and pause: real time, so the three resolutions run side by side ------

describe.concurrent('auto-advance (&interval=5)', () => {
  test.for(RESOLUTIONS)('at $label: advances 1 → 2 within 7 s, Space pauses (7 s, no change) and resumes, loops from the last slide to the first', async (resolution, context) => {
    // Concurrent tests assert with their own expect.
    const { expect } = context;
    const page = await openPage(context, resolution);
    await openDeck(page, `${LIGHT_DECK.path}&interval=5`);
    const count = await deckCount(page);
    await expectSlide(page, 1);

    const first = await waitForAutoAdvance(page, 2, 7_000);
    await expectSlide(page, 2);
    expect(hashOf(page)).toBe('#2');
    expect(first, 'ms until the first advance (interval 5 s)').toBeGreaterThan(3_000);

    // Space pauses: 7 s with no change, and the status says so.
    const pausedMark = page.locator('.deck-status span', { hasText: 'Tạm dừng' });
    await page.keyboard.press('Space');
    await pausedMark.waitFor({ state: 'visible', timeout: 5_000 });
    await page.waitForTimeout(7_000);
    expect(await deckIndex(page), 'slide after 7 s paused').toBe(2);
    // The status line with the pause mark still fits, clear of the slide.
    const withMark = await page.evaluate(measureSlide, THRESHOLDS);
    const layout = [...withMark.outside, ...withMark.clipped, ...withMark.overlaps, ...withMark.smallText, ...withMark.lowContrastText];
    expect(layout, `slide 2 (summary) with the pause mark:\n  ${layout.join('\n  ')}`).toEqual([]);
    // Space again resumes.
    await page.keyboard.press('Space');
    await pausedMark.waitFor({ state: 'detached', timeout: 5_000 });
    await waitForAutoAdvance(page, 3, 7_000);
    await expectSlide(page, 3);

    // From the last slide it loops to the first.
    await page.keyboard.press('End');
    await expectSlide(page, count);
    await waitForAutoAdvance(page, 1, 7_000);
    await expectSlide(page, 1);
    expect(hashOf(page)).toBe('#1');
  });
});

// --- axe helpers -------------------------------------------------------------------------------

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const describeViolations = (violations: Violation[]) =>
  violations
    .map((v) =>
      [`- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`, ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)].join('\n'),
    )
    .join('\n');

async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !serious.includes(v));
  if (minor.length > 0) console.log(`axe on ${name}: minor/moderate violations (not failing):\n${describeViolations(minor)}`);
  expect(serious, `axe on ${name}: serious or critical violations:\n${describeViolations(serious)}`).toEqual([]);
}

// --- A meeting's review: since the last meeting, its actions, each province's open actions ----

describe("the follow-up's deck reviews the conference", () => {
  const resolution = RESOLUTIONS[1];
  const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  interface ApiAction { id: number; unit: string; meetingId: number | null; status: string; overdue: boolean }

  test('improved / slipped as /api/v1/changes ranks them; the conference\'s actions counted done / in progress / overdue; open actions on each province slide', async (context) => {
    const { meetings } = (await (await fetch(`${baseURL}/api/v1/meetings`)).json()) as { meetings: { id: number; slug: string; date: string; baselineDate: string; units: string[] }[] };
    const followUp = meetings.find((m) => m.slug === FOLLOW_UP)!;
    const conference = meetings.find((m) => m.slug === GROUP)!;
    expect(followUp.baselineDate).toBe(conference.date);
    const changes = (await (await fetch(`${baseURL}/api/v1/changes?from=${followUp.baselineDate}&to=${followUp.date}&edition=2024&meeting=${FOLLOW_UP}`)).json()) as { improved: { name: string }[]; slipped: { name: string }[] };
    const { actions } = (await (await fetch(`${baseURL}/api/v1/actions?edition=2024&status=all`)).json()) as { actions: ApiAction[] };
    const reviewed = actions.filter((a) => a.meetingId === conference.id && followUp.units.includes(a.unit));
    expect(reviewed.length, 'the seed has conference actions for the follow-up provinces').toBeGreaterThan(0);

    const page = await openPage(context, resolution);
    await openDeck(page, FOLLOW_UP_DECK.path);
    const changesSlide = page.locator('section.slide[data-kind=changes]');
    expect(await text(changesSlide.locator('p.s-note').first())).toBe('So sánh 14/11/2024 → 26/12/2024');
    const improved = await changesSlide.locator('[data-testid=improved] li .s-name').allTextContents();
    expect(improved).toEqual(changes.improved.slice(0, 9).map((u) => u.name));
    const slipped = await changesSlide.locator('[data-testid=slipped] li .s-name').allTextContents();
    expect(slipped).toEqual(changes.slipped.slice(0, 4).map((u) => u.name));

    const counts = {
      done: reviewed.filter((a) => a.status === 'done').length,
      doing: reviewed.filter((a) => (a.status === 'todo' || a.status === 'doing') && !a.overdue).length,
      overdue: reviewed.filter((a) => a.overdue).length,
    };
    const actionsSlide = page.locator('section.slide[data-kind=actions]');
    expect(await text(actionsSlide.locator('[data-testid=action-counts]'))).toBe(`Hoàn thành: ${counts.done} · Đang làm: ${counts.doing} · Quá hạn: ${counts.overdue}`);
    expect(await actionsSlide.locator('[data-testid=actions] li').count()).toBe(Math.min(reviewed.length, 8));
    // Overdue first.
    const flags = await actionsSlide.locator('[data-testid=actions] li').evaluateAll((lis) => lis.map((li) => li.hasAttribute('data-overdue')));
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));

    for (const code of followUp.units) {
      const open = actions.filter((a) => a.unit === code && (a.status === 'todo' || a.status === 'doing'));
      const slide = page.locator('section.slide[data-kind=province]').filter({ has: page.locator(`h2:has-text("(${code})")`) });
      expect(await slide.count(), `province slide of ${code}`).toBe(1);
      const shown = await slide.locator('[data-testid=province-actions] li').count();
      expect(shown, `open actions on the slide of ${code}`).toBe(open.length <= 3 ? open.length : 2);
    }
  });
});
