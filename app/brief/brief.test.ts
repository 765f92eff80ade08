// The leader's brief on a real seeded store: the six headline figures with the change since the
// last meeting before the date, the provinces lagging most (behind or at risk, worst first), the
// open actions overdue first; its PDF (pdfkit, the fonts the project ships) is one A4 page in
// Vietnamese and in English, even with the longest lists and texts, and reads back the same words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAction } from '@/db/actions/actions';
import { createTestStore, TEST_TODAY, type TestStore } from '@/db/testing/test-store';
import { BRIEF_LIMITS, laggingOf, lastMeetingBefore } from '@/lib/brief/brief';
import { briefPdf } from '@/lib/brief/brief-pdf';
import type { RankingItem } from '@/lib/view/overview';
import { loadBrief } from './brief-data';

const fonts = {
  regular: readFileSync(path.join(process.cwd(), 'assets', 'fonts', 'DejaVuSans.ttf')),
  bold: readFileSync(path.join(process.cwd(), 'assets', 'fonts', 'DejaVuSans-Bold.ttf')),
};

async function pdfPages(bytes: Uint8Array): Promise<{ pages: number; text: string; width: number; height: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const page = await pdf.getPage(1);
  const [, , width, height] = page.view;
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' '), width, height };
}

let store: TestStore;
beforeAll(() => {
  store = createTestStore({ seed: true });
});
afterAll(() => store.dispose());

describe('the brief', () => {
  it('names the last meeting before the date, not one on or after it', () => {
    const meetings = [{ date: '2024-11-14' }, { date: '2024-12-26' }, { date: '2025-03-01' }];
    expect(lastMeetingBefore(meetings, '2024-12-26')).toEqual({ date: '2024-11-14' });
    expect(lastMeetingBefore(meetings, '2025-01-10')).toEqual({ date: '2024-12-26' });
    expect(lastMeetingBefore(meetings, '2024-11-14')).toBeNull();
  });

  it('the lagging provinces: behind or at risk only, worst first, at most three', () => {
    const item = (code: string, status: RankingItem['progress']['status']) => ({ code, name: code, label: '', delta: null, change: null, milestone: null, progress: { status } }) as unknown as RankingItem;
    const best = [item('a', 'done'), item('b', 'on_track'), item('c', 'at_risk'), item('d', 'behind'), item('e', 'behind'), item('f', 'behind')];
    expect(laggingOf(best).map((r) => r.code)).toEqual(['f', 'e', 'd']);
    expect(laggingOf(best.slice(0, 3)).map((r) => r.code)).toEqual(['c']);
    expect(laggingOf(best.slice(0, 2))).toEqual([]);
  });

  it('of 26/12/2024: six figures with the change since the conference of 14/11/2024, lagging provinces, open actions overdue first', () => {
    const { document: d, asOf } = loadBrief(store, { date: '2024-12-26', locale: 'vi', today: TEST_TODAY });
    expect(asOf).toBe('2024-12-26');
    expect(d.figures).toHaveLength(6);
    expect(d.sinceNote).toContain('14/11/2024');
    expect(d.figures.every((f) => f.change !== null)).toBe(true);
    expect(d.lagging).toHaveLength(6);
    expect(d.actions.length).toBeLessThanOrEqual(BRIEF_LIMITS.actions);
    const overdue = d.actions.map((a) => a.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    // Before any meeting there is nothing to compare with.
    const early = loadBrief(store, { date: '2024-06-30', locale: 'en', today: TEST_TODAY }).document;
    expect(early.figures.every((f) => f.change === null)).toBe(true);
    expect(early.sinceNote).toBe('No meeting before this date: no change column.');
  });

  it.each(['vi', 'en'] as const)('its PDF is one A4 page (%s) with the same words as the page', async (locale) => {
    const { document: d } = loadBrief(store, { date: '2024-12-26', locale, today: TEST_TODAY });
    const { pages, text, width, height } = await pdfPages(await briefPdf(d, fonts));
    expect(pages).toBe(1);
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(text).toContain(d.title);
    for (const f of d.figures) expect(text).toContain(f.name);
    expect(text).toContain(d.actionsSummary);
  });

  it('stays one page with the most it can hold: every list full, every action text at its 500 characters', async () => {
    const opts = { user: 'seed' as const, today: TEST_TODAY, now: new Date('2026-11-26T03:00:00Z') };
    const long = 'Rà soát, làm sạch và đồng bộ dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư, '.repeat(6).slice(0, 500);
    for (const unit of ['79', '01', '38', '46', '77', '92', '31', '48']) {
      const r = createAction(store, { unit, metric: null, owner: 'Sở Tư pháp và Sở Y tế', cause: 'Thiếu nhân lực', action: long, dueDate: '2025-01-31' }, opts);
      expect(r.ok).toBe(true);
    }
    for (const locale of ['vi', 'en'] as const) {
      const { document: d } = loadBrief(store, { date: '2024-12-26', locale, today: TEST_TODAY });
      expect(d.actions).toHaveLength(BRIEF_LIMITS.actions);
      expect(d.moreActions).not.toBeNull();
      const { pages } = await pdfPages(await briefPdf(d, fonts));
      expect(pages, locale).toBe(1);
    }
  });
});
