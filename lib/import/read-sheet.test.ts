import { describe, expect, it } from 'vitest';
import { declaredWholeGrid, manyRows, REPORT_ROWS, sheetXml, strayCell, workbookWithSheet, zipBomb } from './hostile-files';
import { readSheet } from './read-sheet';

/** Runs `read` while measuring this process's event-loop delay and resident memory every 20 ms. */
async function watched<T>(read: () => Promise<T>): Promise<{ result: T; worstDelayMs: number; peakRssMb: number; ms: number }> {
  let worstDelayMs = 0;
  let peakRssMb = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worstDelayMs = Math.max(worstDelayMs, now - last - 20);
    last = now;
    peakRssMb = Math.max(peakRssMb, process.memoryUsage.rss() / 2 ** 20);
  }, 20);
  const t = performance.now();
  try {
    return { result: await read(), worstDelayMs, peakRssMb, ms: performance.now() - t };
  } finally {
    clearInterval(timer);
  }
}

const restingMb = () => process.memoryUsage.rss() / 2 ** 20;

describe('readSheet: only the filled cells of a sheet, off this thread', () => {
  it('reads two rows from a sheet that declares the whole grid A1:XFD1048576', async () => {
    const bytes = declaredWholeGrid();
    expect(bytes.length).toBeLessThan(10_000);
    const { result } = await watched(() => readSheet(bytes));
    expect(result).toEqual({ ok: true, cells: REPORT_ROWS, sheetNames: ['Báo cáo'], sheet: 'Báo cáo' });
  });

  it('ignores a formatted empty cell at XFD1048576, and refuses a filled one naming the cell and the limit', async () => {
    expect(await readSheet(strayCell(false))).toMatchObject({ ok: true, cells: REPORT_ROWS });
    const stray = await readSheet(strayCell(true));
    expect(stray.ok).toBe(false);
    if (stray.ok) return;
    expect(stray.problem.message.vi).toContain('XFD1048576');
    expect(stray.problem.message.vi).toContain('200.000 dòng');
    expect(stray.problem.message.en).toContain('200,000 rows');
  });

  it('refuses a cell past column 256 and keeps the cells of a row in their columns', async () => {
    const far = await readSheet(workbookWithSheet(sheetXml([['a'], [], ['b', '', 3]])));
    expect(far).toMatchObject({ ok: true, cells: [['a'], [], ['b', '', 3]] });
    const wide = await readSheet(workbookWithSheet(sheetXml([['a'], Array.from({ length: 300 }, (_, i) => i)])));
    expect(wide.ok || wide.problem.message.en).toMatch(/filled cell at IW2, past the limit of 256 columns/);
  });

  it('refuses 2,000,000 small rows naming the row limit, quickly and without holding them', async () => {
    const bytes = manyRows(2_000_000);
    expect(bytes.length).toBeLessThan(1_000_000);
    const before = restingMb();
    const { result, worstDelayMs, peakRssMb, ms } = await watched(() => readSheet(bytes));
    expect(result.ok || result.problem.message.en).toMatch(/filled cell at A200001, past the limit of 200,000 rows/);
    expect(ms).toBeLessThan(15_000);
    expect(worstDelayMs).toBeLessThan(500);
    expect(peakRssMb - before).toBeLessThan(300);
  });

  it.each([
    // The honest one by its central directory, unread; the lying one while it streams, at 200 times its size.
    ['300 MB, its size declared', 300, false, /would inflate to more than 128 MB \(part "xl\/worksheets\/sheet1.xml"\)/],
    ['1 GB, its size lied about', 1024, true, /would inflate to more than 128 MB/],
    ['30 MB in 30 KB, its size lied about', 30, true, /would inflate to more than 200 times its own size \(over 16 MB/],
  ])('refuses a zip bomb of %s before inflating it, memory and this thread spared', async (_, megabytes, lie, reason) => {
    const bytes = await zipBomb(megabytes, lie);
    expect(bytes.length).toBeLessThan(megabytes * 1100 + 10_000);
    const before = restingMb();
    const { result, worstDelayMs, peakRssMb } = await watched(() => readSheet(bytes));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message.en).toMatch(reason);
    expect(result.problem.message.vi).toMatch(/bị từ chối trước khi giải nén/);
    expect(result.problem.message.vi).not.toMatch(/Tệp rỗng/);
    expect(worstDelayMs).toBeLessThan(500);
    expect(peakRssMb - before).toBeLessThan(300);
  });

  it('names the sheets when the one asked for is not there', async () => {
    const read = await readSheet(declaredWholeGrid(), { sheet: 'Trang 3' });
    expect(read.ok || read.problem.message.vi).toBe('Tệp không có trang tính "Trang 3": có "Báo cáo".');
    expect(await readSheet(declaredWholeGrid(), { sheet: 'bao cao' })).toMatchObject({ ok: true, sheet: 'Báo cáo' });
  });
});
