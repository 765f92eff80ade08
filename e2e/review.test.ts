// The review cycle outside the meeting pages, in a real browser on the seeded store: a province's
// open actions beside its figures, the league's marks, the minutes (page, CSV, XLSX read back)
// and the overview's "since" a meeting. axe-core on each page; a console error fails the test.
import AxeBuilder from '@axe-core/playwright';
import { read, utils } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserPages, waitForHydration } from './browser';

const baseURL = inject('baseURL');
const CONFERENCE = 'hoi-nghi-14-11-2024';

const { openPage, visit } = browserPages(baseURL);

async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

interface ApiAction { id: number; unit: string; metric: string | null; meetingId: number | null; status: string; overdue: boolean; dueDate: string; action: string; owner: string }
const api = async <T>(path: string): Promise<T> => (await (await fetch(`${baseURL}${path}`)).json()) as T;

describe('where actions show', () => {
  test("a province's page lists its open actions beside the figures, overdue first, each with its due date, owner, status and meeting", async () => {
    const { actions } = await api<{ actions: ApiAction[] }>('/api/v1/actions?edition=2024&status=open');
    expect(actions.length, 'the seed has open actions').toBeGreaterThan(0);
    const unit = actions[0].unit;
    const mine = actions.filter((a) => a.unit === unit);
    const page = await openPage();
    await visit(page, `/provinces/${unit}?edition=2024`);
    const items = page.locator('[data-testid=open-actions] li[data-action]');
    expect(await items.evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-action'))))).toEqual(mine.map((a) => a.id));
    const first = (await items.first().innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(first).toContain(mine[0].owner);
    expect(first).toContain(`hạn ${mine[0].dueDate.split('-').reverse().join('/')}`);
    if (mine[0].overdue) expect(first).toContain('Quá hạn');
    if (mine[0].meetingId) expect(await items.first().locator(`a[href="/meetings/${mine[0].meetingId}"]`).count()).toBe(1);
    await expectAccessible(page);
  });

  test('the league table flags the cells with an open action (with words), and its CSV carries no flag', async () => {
    const { actions } = await api<{ actions: ApiAction[] }>('/api/v1/actions?edition=2024&status=open');
    const withMetric = actions.find((a) => a.metric)!;
    const page = await openPage();
    await visit(page, '/?edition=2024&date=2024-12-26&view=table');
    const cell = page.locator(`[data-testid=league-table] tr[data-code="${withMetric.unit}"] [data-testid=action-mark]`);
    expect(await cell.count()).toBeGreaterThan(0);
    expect(await cell.first().getAttribute('aria-label')).toBe('có biện pháp đang mở');
    const marked = new Set(actions.filter((a) => a.metric).map((a) => `${a.unit}:${a.metric}`));
    expect(await page.locator('[data-testid=league-table] td.n [data-testid=action-mark]').count()).toBe(marked.size);
    const csv = await (await fetch(`${baseURL}/api/v1/league?edition=2024&date=2024-12-26&format=csv`)).text();
    expect(csv).not.toContain('⚑');
    expect(csv).not.toContain('biện pháp');
    await expectAccessible(page);
  });
});

describe('the minutes', () => {
  test('the printable page: title, date, place, edition, illustrative mark, one section per province with figures and actions', async () => {
    const { meetings } = await api<{ meetings: { id: number; slug: string; title: string; units: string[] }[] }>('/api/v1/meetings');
    const conference = meetings.find((m) => m.slug === CONFERENCE)!;
    const page = await openPage();
    await visit(page, `/meetings/${CONFERENCE}/minutes`);
    const header = (await page.locator('[data-testid=minutes-header]').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(header).toContain(conference.title);
    expect(header).toContain('14/11/2024 · TP Hồ Chí Minh');
    expect(await page.locator('[data-testid=minutes-section]').evaluateAll((s) => s.map((x) => x.getAttribute('data-code')))).toEqual([...conference.units].sort());
    expect(await page.locator('[data-testid=illustrative-notice]').count()).toBe(1);
    const { actions } = await api<{ actions: ApiAction[] }>(`/api/v1/actions?meeting=${conference.id}`);
    expect(await page.locator('[data-testid=minutes-actions] li[data-action]').count()).toBeGreaterThanOrEqual(actions.length);
    // The follow-up is itself illustrative: its title says so.
    await visit(page, '/meetings/giao-ban-tien-do-de-an-06-voi-6-dia-phuong-26-12-2024/minutes');
    expect(await page.locator('[data-testid=minutes-illustrative]').innerText()).toBe('(minh họa)');
    await expectAccessible(page);
    expect((await page.request.get('/meetings/khong-co/minutes')).status()).toBe(404);
  });

  test('the CSV and the XLSX downloads hold the same rows; the XLSX has number and date cells', async () => {
    const page = await openPage();
    await visit(page, `/meetings/${CONFERENCE}/minutes`);
    const csvHref = await page.locator('[data-testid=minutes-csv]').getAttribute('href');
    const xlsxHref = await page.locator('[data-testid=minutes-xlsx]').getAttribute('href');
    const csvResponse = await page.request.get(csvHref!);
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    const csvBook = read((await csvResponse.text()).replace(/^\uFEFF/, ''), { type: 'string' });
    const csvRows = utils.sheet_to_json<unknown[]>(csvBook.Sheets[csvBook.SheetNames[0]], { header: 1, raw: false });
    const xlsxResponse = await page.request.get(xlsxHref!);
    expect(xlsxResponse.headers()['content-disposition']).toContain(`bien-ban-${CONFERENCE}.xlsx`);
    const book = read(await xlsxResponse.body(), { type: 'buffer', cellDates: true });
    const sheet = book.Sheets[book.SheetNames[0]];
    const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows.length).toBe(csvRows.length);
    expect(rows.length).toBeGreaterThan(12);
    expect(rows[0]).toEqual(csvRows[0]);
    // The meeting's date is a date cell; a figure's value a number cell.
    expect(sheet.B2.t).toBe('d');
    expect((sheet.B2.v as Date).toISOString().slice(0, 10)).toBe('2024-11-14');
    const numbers = rows.slice(1).filter((r) => typeof r[6] === 'number');
    expect(numbers.length).toBeGreaterThan(0);
    const actionRow = rows.findIndex((r) => r[4] === 'Biện pháp');
    expect(actionRow).toBeGreaterThan(0);
    expect(sheet[utils.encode_cell({ r: actionRow, c: 17 })].t).toBe('d');
    expect((await page.request.get(`/meetings/${CONFERENCE}/minutes/download?format=pdf`)).status()).toBe(400);
  });
});

describe('the overview since a meeting', () => {
  test('?since=<meeting> is that meeting\'s date; the picker puts it in the URL; an unknown meeting is ignored with the reason, as the league API refuses it', async () => {
    const page = await openPage();
    await visit(page, `/?date=2024-12-26&since=${CONFERENCE}`);
    expect((await page.locator('[data-metric=judicial_record_live]').innerText()).replace(/[\u00a0\u202f]/g, ' ')).toContain('Thay đổi từ 14/11/2024');
    await visit(page, '/?date=2024-12-26');
    await waitForHydration(page, 'form#overview-controls select[name=sinceMeeting]');
    await page.locator('form#overview-controls select[name=sinceMeeting]').selectOption(CONFERENCE);
    await page.waitForURL((url) => url.searchParams.get('since') === CONFERENCE, { timeout: 15_000 });
    await expect.poll(() => page.locator('[data-testid=card-since]').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await visit(page, '/?date=2024-12-26&since=khong-co');
    expect(await page.locator('[data-testid=card-since]').count()).toBe(0);
    expect(await page.locator('[data-testid=ignored]').innerText()).toContain('since=khong-co (since phải là một hội nghị đã có: không có khong-co)');
    const refused = await fetch(`${baseURL}/api/v1/league?date=2024-12-26&since=khong-co&format=json`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('since must be a known meeting: khong-co is not one');
  });
});
