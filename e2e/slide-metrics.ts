// Measures the current slide of projector mode inside the page (passed to page.evaluate, so it
// must stay self-contained: no imports, no outer variables). It looks at the current
// `.slide-frame` and the deck's status line (slide number, offline mark), which are on screen
// together, and returns every problem as a readable line: elements beyond the viewport, clipped
// text, overlapping text boxes, text below the minimum sizes and colours below the minimum
// contrasts. The thresholds are arguments so that the test states them.

export interface SlideThresholds {
  /** Minimum font size of any text, as a fraction of innerWidth (0.025). */
  minTextRatio: number;
  /** Minimum font size of h1/h2, as a fraction of innerWidth (0.0375). */
  minHeadingRatio: number;
  /** Minimum contrast of text against its background (7). */
  minTextContrast: number;
  /** Minimum contrast of chart marks (.s-icon, .s-fill, .s-tile) against the background (3). */
  minMarkContrast: number;
  /** Tolerance in CSS pixels for edges (1). */
  tolerance: number;
}

export interface SlideMeasurement {
  index: number;
  count: number;
  kind: string;
  innerWidth: number;
  innerHeight: number;
  scrollWidth: number;
  scrollHeight: number;
  deckBackground: string;
  /** How many text elements and chart marks were checked (a check that saw nothing proves nothing). */
  textElements: number;
  headings: number;
  marks: number;
  outside: string[];
  clipped: string[];
  overlaps: string[];
  smallText: string[];
  smallHeadings: string[];
  lowContrastText: string[];
  lowContrastMarks: string[];
  /** The text of the slide's first h1/h2. */
  title: string;
  /** The texts of the slide's text elements, for the content checks. */
  texts: string[];
}

export function measureSlide(limits: SlideThresholds): SlideMeasurement {
  const deck = document.querySelector<HTMLElement>('[data-testid=deck]');
  if (!deck) throw new Error('no [data-testid=deck]');
  const index = Number(deck.dataset.index);
  const count = Number(deck.dataset.count);
  const frame = deck.querySelector<HTMLElement>(`.slide-frame[data-slide="${index}"]`);
  if (!frame) throw new Error(`no .slide-frame[data-slide=${index}]`);
  const slide = frame.querySelector<HTMLElement>('section.slide');
  const status = deck.querySelector<HTMLElement>('.deck-status');
  const { innerWidth, innerHeight } = window;
  const tol = limits.tolerance;

  const describe = (el: Element) => {
    const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `<${el.tagName.toLowerCase()}${classes}>${text ? ` "${text.length > 48 ? `${text.slice(0, 45)}...` : text}"` : ''}`;
  };
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  const box = (r: DOMRect) => `[${fmt(r.left)}, ${fmt(r.top)}, ${fmt(r.right)}, ${fmt(r.bottom)}]`;

  // Colours: the canvas parses any CSS colour syntax (rgb, oklch, color()) into sRGB bytes.
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas context');
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#010203';
    ctx.fillStyle = css;
    if (ctx.fillStyle === '#010203' && css.replace(/\s/g, '') !== 'rgb(1,2,3)') throw new Error(`unparsable colour ${css}`);
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  };
  const over = (top: Rgba, alpha: number, under: Rgba): Rgba => {
    const a = top[3] * alpha;
    return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
  };
  const luminance = (c: Rgba) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (c: Rgba) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

  const deckBackground = parse(getComputedStyle(deck).backgroundColor);
  if (deckBackground[3] < 1) throw new Error(`the deck's background is not opaque: ${getComputedStyle(deck).backgroundColor}`);
  /** What is painted behind an element's content: its own and its ancestors' backgrounds, down to the deck's. */
  const backgroundOf = (el: Element | null): Rgba => {
    if (!el || el === deck || !deck.contains(el)) return deckBackground;
    const own = parse(getComputedStyle(el).backgroundColor);
    const under = backgroundOf(el.parentElement);
    return own[3] > 0 ? over(own, 1, under) : under;
  };
  /** The product of the opacities from the element up to the deck. */
  const opacityOf = (el: Element | null): number => {
    let o = 1;
    for (let e = el; e && e !== deck.parentElement; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');

  const roots = [frame, ...(status ? [status] : [])];
  const all = roots.flatMap((r) => [r, ...r.querySelectorAll('*')]);

  // 1. Nothing beyond the viewport; no scrollbar on the document.
  const outside: string[] = [];
  for (const el of all) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -tol || r.top < -tol || r.right > innerWidth + tol || r.bottom > innerHeight + tol) {
      outside.push(`${describe(el)} at ${box(r)} beyond the ${innerWidth}x${innerHeight} viewport`);
    }
  }

  // 2. No clipped content in any element that hides its overflow (the deck itself included).
  const clipped: string[] = [];
  for (const el of [deck, ...all]) {
    if (!(el instanceof HTMLElement) || !visible(el)) continue;
    const style = getComputedStyle(el);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
    if (el.scrollWidth > el.clientWidth + tol || el.scrollHeight > el.clientHeight + tol) {
      clipped.push(`${describe(el)}: content ${el.scrollWidth}x${el.scrollHeight} in a ${el.clientWidth}x${el.clientHeight} box (overflow ${style.overflowX}/${style.overflowY})`);
    }
  }

  // Text elements: elements with text of their own (leaf text elements, and the status pills
  // whose word follows their icon), visible, not chart marks ([data-mark]).
  const textElements = all.filter((el) => hasOwnText(el) && !el.closest('[data-mark]') && visible(el));

  // 3. No two text boxes overlap (nested ones aside), touching edges allowed.
  const overlaps: string[] = [];
  const rects = textElements.map((el) => el.getBoundingClientRect());
  for (let i = 0; i < textElements.length; i++) {
    for (let j = i + 1; j < textElements.length; j++) {
      const a = textElements[i];
      const b = textElements[j];
      if (a.contains(b) || b.contains(a)) continue;
      const ra = rects[i];
      const rb = rects[j];
      const dx = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const dy = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (dx > tol && dy > tol) {
        overlaps.push(`${describe(a)} ${box(ra)} overlaps ${describe(b)} ${box(rb)} by ${fmt(dx)}x${fmt(dy)} px`);
      }
    }
  }

  // 4. Font sizes.
  const minText = limits.minTextRatio * innerWidth;
  const minHeading = limits.minHeadingRatio * innerWidth;
  const smallText: string[] = [];
  for (const el of textElements) {
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minText - 0.01) smallText.push(`${describe(el)}: font-size ${fmt(size)} px < ${fmt(minText)} px (${limits.minTextRatio * 100}% of ${innerWidth})`);
  }
  const headings = slide ? [...slide.querySelectorAll('h1, h2')].filter(visible) : [];
  const smallHeadings: string[] = [];
  for (const el of headings) {
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minHeading - 0.01) smallHeadings.push(`${describe(el)}: font-size ${fmt(size)} px < ${fmt(minHeading)} px (${limits.minHeadingRatio * 100}% of ${innerWidth})`);
  }

  // 5. Contrast. Text against what is behind it (the deck's background on every slide: no text
  // sits on another background, the icons of the status pills aside, which are chart marks).
  const isMark = (el: Element) => el.matches('.s-icon, .s-fill, .s-tile');
  const lowContrastText: string[] = [];
  for (const el of textElements) {
    if (isMark(el)) continue;
    const behind = backgroundOf(el);
    const color = over(parse(getComputedStyle(el).color), opacityOf(el), behind);
    const ratio = contrast(color, behind);
    if (ratio < limits.minTextContrast) {
      lowContrastText.push(`${describe(el)}: ${hex(color)} on ${hex(behind)} = ${ratio.toFixed(2)}:1 < ${limits.minTextContrast}:1`);
    }
  }
  // Chart marks: their fill, as painted (opacity included), against the deck's background.
  const marks = all.filter((el) => isMark(el) && visible(el));
  const lowContrastMarks: string[] = [];
  for (const el of marks) {
    const fill = over(parse(getComputedStyle(el).backgroundColor), opacityOf(el), backgroundOf(el.parentElement));
    const ratio = contrast(fill, deckBackground);
    if (ratio < limits.minMarkContrast) {
      const opacity = opacityOf(el);
      lowContrastMarks.push(
        `${describe(el)}${el.getAttribute('title') ? ` (${el.getAttribute('title')})` : ''}: fill ${hex(fill)}${opacity < 1 ? ` (opacity ${opacity})` : ''} on ${hex(deckBackground)} = ${ratio.toFixed(2)}:1 < ${limits.minMarkContrast}:1`,
      );
    }
  }

  return {
    index,
    count,
    kind: slide?.dataset.kind ?? '(none)',
    innerWidth,
    innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    deckBackground: hex(deckBackground),
    textElements: textElements.length,
    headings: headings.length,
    marks: marks.length,
    outside,
    clipped,
    overlaps,
    smallText,
    smallHeadings,
    lowContrastText,
    lowContrastMarks,
    title: (headings[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    texts: textElements.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
  };
}
