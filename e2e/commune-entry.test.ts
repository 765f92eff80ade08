// A commune's own reporter in Chromium: the entry form offers only that commune (not its
// province), the figure written reaches the commune's list and its province's roll-up; a
// reporter of another province is offered none of the province's communes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTrackedPage, waitForHydration, signIn as signInAs } from './browser';
import { openStore } from '@/db/store/client';
import { communesOf } from '@/db/communes';
import { addUser, setPassword } from '@/db/users';
import { vietnamDate } from '@/lib/dates';

const baseURL = inject('baseURL');
const PASSWORD = 'mat-khau-xa-phuong-2026';
const COMMUNE_REPORTER = 'bao.cao.xa@e2e.vn';
const OTHER_REPORTER = 'bao.cao.tinh.48.xa@e2e.vn';

let browser: Browser;
let commune: { code: string; name: string };

beforeAll(async () => {
  const store = openStore(inject('storePath'));
  const row = communesOf(store, '79')[3];
  commune = { code: row.code, name: row.nameVi };
  addUser(store, { email: COMMUNE_REPORTER, role: 'reporter', units: [commune.code] });
  await setPassword(store, COMMUNE_REPORTER, PASSWORD);
  addUser(store, { email: OTHER_REPORTER, role: 'reporter', units: ['48'] });
  await setPassword(store, OTHER_REPORTER, PASSWORD);
  store.sqlite.close();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const signIn = (page: Page, email: string, next: string) => signInAs(page, { baseURL, email, password: PASSWORD, next });

interface CommunesJson {
  communes: { code: string; metrics: { land_parcels_digitized: { value: number | null; reportDate: string | null } } }[];
}

describe('a commune reporter', () => {
  it('reports parcels for its commune only, and the province list shows them', async () => {
    const { page } = await openTrackedPage(browser);
    await signIn(page, COMMUNE_REPORTER, '/data/entry');
    const options = await page.locator('select[name=commune] option').allInnerTexts();
    expect(options).toEqual([`${commune.name} (${commune.code})`]);
    await waitForHydration(page, '[data-testid=entry-form]');
    const metrics = await page.locator('[data-testid=entry-form] tr[data-metric]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-metric')));
    expect(metrics.sort()).toEqual(['land_data_digitized', 'land_parcels_digitized']);

    const today = vietnamDate(new Date());
    const before = (await (await page.request.get(`${baseURL}/api/v1/units/79/communes?date=${today}`)).json()) as CommunesJson;
    const was = before.communes.find((c) => c.code === commune.code)!.metrics.land_parcels_digitized.value ?? 0;
    const value = was + 1_234;
    // Written as vi-VN writes it: 1.234 is a thousand and more, not a decimal.
    await page.fill('#value-land_parcels_digitized', value.toLocaleString('vi-VN'));
    await page.click('[data-testid=entry-form] button[type=submit]');
    await expect.poll(() => page.locator('[data-testid=entry-result]').innerText(), { timeout: 15_000 }).toMatch(/\d/);

    const after = (await (await page.request.get(`${baseURL}/api/v1/units/79/communes?date=${today}`)).json()) as CommunesJson;
    const written = after.communes.find((c) => c.code === commune.code)!.metrics.land_parcels_digitized;
    expect(written).toEqual({ value, reportDate: today });
  });

  it('a reporter of another province is offered none of its communes', async () => {
    const { page } = await openTrackedPage(browser);
    await signIn(page, OTHER_REPORTER, '/data/entry');
    await page.goto(`${baseURL}/data/entry?unit=79&commune=${commune.code}`);
    await expect.poll(() => page.locator('select[name=commune]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid=entry-form]').count()).toBe(0);
  });
});
