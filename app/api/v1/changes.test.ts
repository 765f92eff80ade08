// GET /api/v1/changes on the illustrative store, against figures worked out by hand from the
// store's raw reports and targets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as changes } from './changes/route';
import { listGroups } from '@/db/meetings/groups';
import { getOverviewReport } from '@/db/report';
import { createTestStore, type TestStore } from '@/db/testing/test-store';

let store: TestStore;
beforeAll(() => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
});
afterAll(() => store.dispose());

const get = (query: string, headers: HeadersInit = {}) => changes(new Request(`http://localhost/api/v1/changes${query}`, { headers }));
const body = async (query: string) => {
  const response = get(query);
  expect(response.status).toBe(200);
  return response.json();
};

/** The raw report of a unit on or before a date, read straight from the table. */
function latest(edition: string, code: string, metric: string, date: string): number | null {
  return (store.sqlite.prepare(
    `SELECT o.value FROM observations o JOIN units u ON u.id = o.unit_id JOIN metrics m ON m.id = o.metric_id
     WHERE u.edition = ? AND u.code = ? AND m.key = ? AND o.report_date <= ? ORDER BY o.report_date DESC LIMIT 1`,
  ).pluck().get(edition, code, metric, date) as number | undefined) ?? null;
}

describe('GET /api/v1/changes: the figures', () => {
  it("the seed's own sentence: from 2/10/2024 to 13/11/2024 nationally 2 → 47 provinces issue judicial-record certificates", async () => {
    const b = await body('?from=2024-10-02&to=2024-11-13');
    expect(b).toMatchObject({ from: '2024-10-02', to: '2024-11-13', edition: '2024', illustrative: true });
    expect(b.national.judicial_record_live).toEqual({ from: 2, to: 47, change: 45 });
    expect(b.national.health_book_records.to).toBe(14_800_000);
    expect(b.units).toHaveLength(63);
    // Milestones per province: 45 reached in between (change 1, % 0 → 100).
    const reached = b.units.filter((u: { metrics: Record<string, { change: number }> }) => u.metrics.judicial_record_live.change === 1);
    expect(reached).toHaveLength(45);
    expect(reached[0].metrics.judicial_record_live).toMatchObject({ from: 0, to: 1, pctFrom: 0, pctTo: 1, statusTo: 'done' });
  });

  it('Hà Nội (01), health book records, by hand: 1.076.006 → 1.146.952 of a 1.200.000 target', async () => {
    // Raw reports: 1,076,006 on 2/10/2024, 1,146,952 on 13/11/2024; target 1,200,000 due 31/12/2024
    // from 0 on 4/1/2023 (727 days): planned 1,051,444 on 2/10 and 1,120,770 on 13/11, both met.
    expect([latest('2024', '01', 'health_book_records', '2024-10-02'), latest('2024', '01', 'health_book_records', '2024-11-13')]).toEqual([1_076_006, 1_146_952]);
    const b = await body('?from=2024-10-02&to=2024-11-13&units=01');
    expect(b.units).toHaveLength(1);
    const m = b.units[0].metrics.health_book_records;
    expect(m).toMatchObject({ from: 1_076_006, to: 1_146_952, change: 70_946, statusFrom: 'on_track', statusTo: 'on_track' });
    expect(m.pctFrom).toBeCloseTo(1_076_006 / 1_200_000, 12);
    expect(m.pctTo).toBeCloseTo(1_146_952 / 1_200_000, 12);
    // The national figures are those of the selection.
    expect(b.national.health_book_records).toEqual({ from: 1_076_006, to: 1_146_952, change: 70_946 });
  });

  it('across 1/7/2025: Hồ Chí Minh (2025: 74 + 77 + 79) land parcels, the sum of its predecessors before, its own after', async () => {
    // 1/5/2025: 74 has 1,146,020, 77 707,068, 79 2,218,607 (reports of 30/4) = 4,071,695 of
    // targets 1,190,000 + 1,420,000 + 3,540,000 = 6,150,000. 1/8/2025: the 2025 unit's own
    // 4,272,730 (30/7) of 5,890,000.
    const parts = ['74', '77', '79'].map((c) => latest('2024', c, 'land_parcels_digitized', '2025-05-01')!);
    expect(parts).toEqual([1_146_020, 707_068, 2_218_607]);
    expect(latest('2025', '79', 'land_parcels_digitized', '2025-05-01')).toBeNull();
    expect(latest('2025', '79', 'land_parcels_digitized', '2025-08-01')).toBe(4_272_730);
    const b = await body('?from=2025-05-01&to=2025-08-01&units=79');
    expect(b.edition).toBe('2025');
    const m = b.units[0].metrics.land_parcels_digitized;
    expect(m).toMatchObject({ from: 4_071_695, to: 4_272_730, change: 201_035 });
    expect(m.pctFrom).toBeCloseTo(4_071_695 / 6_150_000, 12);
    expect(m.pctTo).toBeCloseTo(4_272_730 / 5_890_000, 12);
    // Districts were reported before the merger, communes after: each is null on the other side.
    expect(b.units[0].metrics.districts_digitized).toMatchObject({ to: null, change: null, statusTo: 'no_data' });
    expect(b.units[0].metrics.communes_digitized).toMatchObject({ from: null, change: null, statusFrom: 'no_data' });
  });

  it('meeting=: the provinces of the meeting, summed as the overview sums its group', async () => {
    const group = listGroups(store, '2024').find((g) => g.slug === 'hoi-nghi-14-11-2024')!;
    expect(group.codes).toHaveLength(12);
    const b = await body('?from=2024-10-02&to=2024-11-13&meeting=hoi-nghi-14-11-2024');
    expect(b.units.map((u: { code: string }) => u.code)).toEqual(group.codes);
    const overview = getOverviewReport(store, { date: '2024-11-13', edition: '2024', selection: group.codes });
    for (const key of overview.metrics) expect(b.national[key].to).toBe(overview.national[key]);
    const perUnit = b.units.reduce((s: number, u: { metrics: Record<string, { to: number }> }) => s + u.metrics.health_book_records.to, 0);
    expect(b.national.health_book_records.to).toBe(perUnit);
    // The same meeting named by its id.
    const byId = await body(`?from=2024-10-02&to=2024-11-13&meeting=${group.id}`);
    expect(byId.units.map((u: { code: string }) => u.code)).toEqual(group.codes);
  });

  it('lists the lagging figures on `to`, the most improved first and the slipped, from the units shown', async () => {
    const b = await body('?from=2024-10-02&to=2024-11-13');
    type Row = { code: string; metrics: Record<string, { statusFrom: string; statusTo: string }> };
    const lagging = b.units.flatMap((u: Row) => Object.entries(u.metrics).filter(([, m]) => ['behind', 'at_risk'].includes(m.statusTo)).map(([k]) => `${u.code}:${k}`));
    expect(b.lagging.map((l: { code: string; metric: string }) => `${l.code}:${l.metric}`)).toEqual(lagging);
    expect(lagging.length).toBeGreaterThan(0);
    const scores = b.improved.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(scores.every((s: number) => s > 0)).toBe(true);
    for (const s of b.slipped as { code: string; metrics: { metric: string; statusFrom: string; statusTo: string }[] }[]) {
      const unit = b.units.find((u: Row) => u.code === s.code);
      for (const m of s.metrics) expect(unit.metrics[m.metric]).toMatchObject({ statusFrom: m.statusFrom, statusTo: m.statusTo });
    }
  });

  it('from = to: nothing changed', async () => {
    const b = await body('?from=2024-11-13&to=2024-11-13&units=01');
    expect(b.national.judicial_record_live.change).toBe(0);
    expect(b.improved).toEqual([]);
    expect(b.slipped).toEqual([]);
  });
});

describe('GET /api/v1/changes: refusals', () => {
  it.each([
    ['?to=2024-11-13', 'from', 'from is required'],
    ['?from=2024-10-02', 'to', 'to is required'],
    ['?from=2024-02-30&to=2024-11-13', 'from', 'from must be a calendar date written YYYY-MM-DD'],
    ['?from=2024-10-02&to=13-11-2024', 'to', 'to must be a calendar date written YYYY-MM-DD'],
    ['?from=2024-11-13&to=2024-10-02', 'from', 'from must be on or before to (2024-11-13 is after 2024-10-02)'],
    ['?from=2024-10-02&to=2024-11-13&edition=2026', 'edition', 'edition must be 2024 or 2025'],
    ['?from=2025-05-01&to=2025-08-01&edition=2024', 'edition', 'edition 2024 is not available on 2025-08-01: its provinces have no figures after 2025-06-30 (use edition 2025)'],
    ['?from=2024-10-02&to=2024-11-13&units=01,99', 'units', 'units must be provinces of the 2024 edition: not 99'],
    ['?from=2025-05-01&to=2025-08-01&units=74', 'units', 'units must be provinces of the 2025 edition: not 74 (see 79)'],
    ['?from=2024-10-02&to=2024-11-13&units=7x', 'units', 'units must be two-digit province codes separated by commas'],
    ['?from=2024-10-02&to=2024-11-13&meeting=Hội', 'meeting', 'meeting must be a meeting id or slug'],
    ['?from=2024-10-02&to=2024-11-13&meeting=no-such-meeting', 'meeting', 'meeting must be a known meeting: no-such-meeting is not one'],
  ])('%s → 400 naming %s', async (query, parameter, message) => {
    const response = get(query);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ parameter, message });
  });

  it('units outside the meeting are refused, in Vietnamese too', async () => {
    const group = listGroups(store, '2024').find((g) => g.slug === 'hoi-nghi-14-11-2024')!;
    const outside = ['01', '02', '04'].find((c) => !group.codes.includes(c))!;
    const response = get(`?from=2024-10-02&to=2024-11-13&meeting=hoi-nghi-14-11-2024&units=${outside}`);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ parameter: 'units', message: `units must be among the provinces of meeting hoi-nghi-14-11-2024: not ${outside}` });
    expect(error.messageVi).toBe(`units phải thuộc các tỉnh của hội nghị hoi-nghi-14-11-2024: không có ${outside}`);
  });

  it('READ_REQUIRES_LOGIN=true: a session or a token is needed, as for every read', async () => {
    const { addUser, createApiToken } = await import('@/db/users');
    addUser(store, { email: 'changes@c06.gov.vn', role: 'viewer' });
    const { token } = createApiToken(store, 'changes@c06.gov.vn');
    process.env.READ_REQUIRES_LOGIN = 'true';
    try {
      expect(get('?from=2024-10-02&to=2024-11-13').status).toBe(401);
      expect(get('?from=2024-10-02&to=2024-11-13', { authorization: `Bearer ${token}` }).status).toBe(200);
    } finally {
      delete process.env.READ_REQUIRES_LOGIN;
    }
  });
});

describe('the overview\'s "since" in the league download', () => {
  it('sort=improved with since= lists the provinces in the delta ranking of /api/v1/changes', async () => {
    const { GET: league } = await import('./league/route');
    const table = await league(new Request('http://localhost/api/v1/league?date=2024-11-13&since=2024-10-02&sort=improved&format=json')).json();
    const changed = await body('?from=2024-10-02&to=2024-11-13');
    const improved = changed.improved.map((i: { code: string }) => i.code);
    expect(improved.length).toBeGreaterThan(10);
    expect(table.rows.slice(0, improved.length).map((r: { code: string }) => r.code)).toEqual(improved);
    // A bad since is refused like every parameter.
    const bad = league(new Request('http://localhost/api/v1/league?date=2024-11-13&since=2024-13-01'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.parameter).toBe('since');
  });
});
