// The route handlers, called as Next calls them, on a real seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as lang } from '../../lang/route';
import { GET as league } from './league/route';
import { GET as report } from './report/route';
import { GET as summary } from './summary/route';
import { GET as history } from './units/[code]/history/route';
import { GET as units } from './units/route';
import { getReport } from '@/db/report';
import { createTestStore, type TestStore } from '@/db/testing/test-store';

let store: TestStore;
beforeAll(() => {
  store = createTestStore({ seed: true });
  process.env.DATABASE_URL = store.path;
});
afterAll(() => store.dispose());

const get = (path: string) => new Request(`http://localhost${path}`);
/** CSV lines, after checking the UTF-8 byte-order mark that Excel needs (text() would hide it). */
async function csvLines(response: Response): Promise<string[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).trim().split('\r\n');
}
const historyOf = (code: string, query = '') => history(get(`/api/v1/units/${code}/history${query}`), { params: Promise.resolve({ code }) });

describe('GET /api/v1/report', () => {
  it('answers the same JSON as the report command', async () => {
    const response = report(get('/api/v1/report?date=2024-11-13&edition=2024'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.national).toMatchObject({ health_book_records: 14_800_000, judicial_record_applications: 24_887, districts_digitized: 461 });
    expect(body).toEqual(JSON.parse(JSON.stringify(getReport(store, { date: '2024-11-13', edition: '2024' }))));
  });

  it.each([
    ['?date=2024-02-30', 'date'],
    ['?date=13-11-2024', 'date'],
    ['?edition=2026', 'edition'],
  ])('refuses %s with 400 naming the parameter', async (query, parameter) => {
    const response = report(get(`/api/v1/report${query}`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toMatch(new RegExp(`^${parameter} must be`));
  });
});

describe('the edition and date of a read (lib/editions resolveView)', () => {
  it('13/11/2024 without an edition is the 63-province report: 47 / 63 issuing certificates, 15 / 63 civil status', async () => {
    const body = await report(get('/api/v1/report?date=2024-11-13')).json();
    expect(body).toMatchObject({ edition: '2024', asOf: '2024-11-13', available: true });
    expect(body.nationalDetail.judicial_record_live).toMatchObject({ value: 47, denominator: 63 });
    expect(body.nationalDetail.civil_status_digitized).toMatchObject({ value: 15, denominator: 63 });
    const national = await summary(get('/api/v1/summary?date=2024-11-13')).json();
    expect(national).toMatchObject({ edition: '2024', available: true });
    expect(national.metrics.judicial_record_live).toMatchObject({ value: 47, denominator: 63 });
    expect(national.metrics.civil_status_digitized).toMatchObject({ value: 15, denominator: 63 });
    // The league (the overview's table) of that day: the same 63, 47 and 15 of them.
    const table = await league(get('/api/v1/league?date=2024-11-13&format=json')).json();
    expect(table).toMatchObject({ edition: '2024', asOf: '2024-11-13' });
    const rows = table.rows as { metrics: Record<string, { value: number }> }[];
    expect(rows).toHaveLength(63);
    expect(rows.filter((r) => r.metrics.judicial_record_live.value === 1)).toHaveLength(47);
    expect(rows.filter((r) => r.metrics.civil_status_digitized.value === 1)).toHaveLength(15);
  });

  it('edition 2024 without a date is available, as of 30/06/2025 (as the overview shows it)', async () => {
    for (const read of [report, summary]) {
      const body = await read(get('/api/v1/report?edition=2024')).json();
      expect(body).toMatchObject({ edition: '2024', asOf: '2025-06-30', available: true });
    }
  });

  it('an explicit edition wins over the date', async () => {
    const body = await report(get('/api/v1/report?date=2024-11-13&edition=2025')).json();
    expect(body).toMatchObject({ edition: '2025', asOf: '2024-11-13' });
    expect(body.units).toHaveLength(34);
  });
});

describe('milestones in the league (reached dates, never %)', () => {
  it('JSON rows carry when each province reached the milestone; CSV reads "đã đạt dd/mm/yyyy" or "chưa đạt · hạn …"', async () => {
    const body = await league(get('/api/v1/league?date=2024-11-13&sort=civil_status_digitized&format=json')).json();
    expect(body.edition).toBe('2024');
    const rows = body.rows as { code: string; milestones: Record<string, { reached: boolean; reachedDate: string | null; dueDate: string | null }> }[];
    const marks = rows.map((r) => r.milestones.civil_status_digitized);
    expect(marks.filter((m) => m.reached)).toHaveLength(15);
    // Reached first, earliest first; every reached one has its date, on or before the report date.
    const reached = marks.filter((m) => m.reached).map((m) => m.reachedDate!);
    expect(reached.every((d) => d <= '2024-11-13')).toBe(true);
    expect(reached).toEqual([...reached].sort());
    expect(marks.slice(0, 15).every((m) => m.reached)).toBe(true);
    const due = marks.slice(15).map((m) => m.dueDate!);
    expect(due).toEqual([...due].sort());

    const lines = await csvLines(await league(get('/api/v1/league?date=2024-11-13&sort=civil_status_digitized&format=csv')));
    // Cells split on commas outside quotes.
    const cells = (line: string) => line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    const header = cells(lines[0]);
    const column = header.findIndex((h) => h.includes('hộ tịch') && h.endsWith('mốc'));
    expect(column).toBeGreaterThan(0);
    expect(header.some((h) => h.includes('hộ tịch') && h.endsWith('% chỉ tiêu'))).toBe(false);
    expect(cells(lines[1])[column]).toMatch(/^đã đạt \d{2}\/\d{2}\/\d{4}$/);
    expect(cells(lines.at(-1)!)[column]).toMatch(/^chưa đạt · hạn \d{2}\/\d{2}\/\d{4}$/);
  });
});

describe('GET /api/v1/units', () => {
  it('lists both editions with who became whom', async () => {
    const body = await units(get('/api/v1/units')).json();
    expect(body.units).toHaveLength(97);
    const bd = body.units.find((u: { edition: string; code: string }) => u.edition === '2024' && u.code === '74');
    expect(bd.successor).toEqual({ code: '79', nameVi: 'Hồ Chí Minh', date: '2025-07-01' });
    const hcm = body.units.find((u: { edition: string; code: string }) => u.edition === '2025' && u.code === '79');
    expect(hcm.predecessors.map((p: { code: string }) => p.code)).toEqual(['74', '77', '79']);
    expect(hcm.region).toBe('Đông Nam Bộ');
  });

  it('filters by edition, and refuses an unknown one', async () => {
    expect((await units(get('/api/v1/units?edition=2025')).json()).units).toHaveLength(34);
    expect(units(get('/api/v1/units?edition=1999')).status).toBe(400);
  });
});

describe('GET /api/v1/units/[code]/history', () => {
  it("gives a unit's reports across the merger", async () => {
    const response = await historyOf('79', '?edition=2025');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.unit.code).toBe('79');
    expect(body.metrics.health_book_records.points[0].date < '2025-07-01').toBe(true);
  });

  it('says where a code went when it is not in the edition (74 -> 79)', async () => {
    const response = await historyOf('74', '?edition=2025');
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.error.parameter).toBe('code');
    expect(body.suggestions[0]).toMatchObject({ edition: '2025', code: '79' });
  });

  it('refuses a malformed code or format with 400', async () => {
    expect((await historyOf('7a')).status).toBe(400);
    expect((await historyOf('79', '?format=xml')).status).toBe(400);
  });

  it('downloads as CSV, newest first, readable by Excel', async () => {
    const response = await historyOf('01', '?edition=2024&format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = await csvLines(response);
    // The province named in every row (so the file alone says whose figures they are), then the date.
    expect(lines[0]).toMatch(/^Mã,"Tỉnh, thành phố",Bản đồ,Ngày báo cáo,Hồ sơ sổ sức khỏe điện tử,/);
    expect(lines[1]).toMatch(/^01,Hà Nội,2024,25\/06\/2025,/);
  });
});

describe('GET /api/v1/league', () => {
  it('is the table as shown: the group, sorted, as CSV', async () => {
    const response = league(get('/api/v1/league?edition=2024&date=2024-11-13&group=hoi-nghi-14-11-2024&sort=name&dir=asc'));
    expect(response.status).toBe(200);
    const lines = await csvLines(response);
    expect(lines).toHaveLength(13);
    const names = lines.slice(1).map((l) => l.split(',')[1]);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names).toContain('Bình Dương');
  });

  it('of the 63-province map with no date is of its last day, as the overview shows it', async () => {
    const lines = await csvLines(league(get('/api/v1/league?edition=2024&format=csv')));
    expect(lines).toHaveLength(64);
    expect(lines[1]).toMatch(/25\/06\/2025/);
  });

  it('refuses an unknown sort column', async () => {
    expect(league(get('/api/v1/league?sort=colour')).status).toBe(400);
  });
});

describe('GET /api/v1/summary', () => {
  it('gives the national figures and a data version that pages poll', async () => {
    const body = await summary(get('/api/v1/summary?date=2024-11-13&edition=2024')).json();
    expect(body.dataVersion).toMatch(/^\d+$/);
    expect(body.metrics.health_book_records.value).toBe(14_800_000);
  });
});

describe('GET /lang', () => {
  it('remembers the language and goes back to the page', () => {
    const response = lang(get('/lang?to=en&back=%2Fprovinces%2F79'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/provinces/79');
    expect(response.headers.get('set-cookie')).toMatch(/^lang=en;/);
  });

  it('never redirects off the site', () => {
    expect(lang(get('/lang?to=vi&back=%2F%2Fevil.example')).headers.get('location')).toBe('/');
    expect(lang(get('/lang?to=fr')).status).toBe(400);
  });
});

describe('READ_REQUIRES_LOGIN=true', () => {
  it('makes the JSON reads ask for a session or a token', async () => {
    const { addUser, createApiToken } = await import('@/db/users');
    addUser(store, { email: 'doc@c06.gov.vn', role: 'viewer' });
    const { token } = createApiToken(store, 'doc@c06.gov.vn');
    process.env.READ_REQUIRES_LOGIN = 'true';
    try {
      expect(report(get('/api/v1/report?date=2024-11-13')).status).toBe(401);
      const withToken = report(new Request('http://localhost/api/v1/report?date=2024-11-13', { headers: { authorization: `Bearer ${token}` } }));
      expect(withToken.status).toBe(200);
      expect(units(get('/api/v1/units')).status).toBe(401);
    } finally {
      delete process.env.READ_REQUIRES_LOGIN;
    }
    expect(report(get('/api/v1/report?date=2024-11-13')).status).toBe(200);
  });
});
