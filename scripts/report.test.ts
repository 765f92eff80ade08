import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { getReport } from '@/db/report';
import { createTestStore } from '@/db/testing/test-store';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());

function report(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], {
    env: { ...process.env, DATABASE_URL: store.path },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run report', () => {
  it('prints the report of 13/11/2024 as JSON', () => {
    const { code, stdout } = report('--date', '2024-11-13', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ asOf: '2024-11-13', edition: '2024', illustrative: true });
    expect(json.national).toMatchObject({
      health_book_records: 14_800_000,
      judicial_record_applications: 24_887,
      judicial_record_live: 47,
      districts_digitized: 461,
      civil_status_digitized: 15,
    });
    expect(json.units).toHaveLength(63);
    const hcm = json.units.find((u: { code: string }) => u.code === '79');
    expect(hcm.name).toBe('Hồ Chí Minh');
    const expected = getReport(store, { date: '2024-11-13', edition: '2024' }).units.find((u) => u.code === '79')!;
    for (const [key, m] of Object.entries(expected.metrics)) {
      expect(hcm.metrics[key]).toMatchObject({ value: m!.value, target: m!.target, status: m!.status });
    }
  });

  it('uses the edition in force on the date unless told otherwise', () => {
    expect(JSON.parse(report('--date', '2025-07-01', '--json').stdout)).toMatchObject({ edition: '2025' });
    expect(JSON.parse(report('--date', '2025-06-30', '--json').stdout)).toMatchObject({ edition: '2024', asOf: '2025-06-30', available: true });
    const summed = JSON.parse(report('--date', '2024-11-13', '--edition', '2025', '--json').stdout);
    expect(summed.units).toHaveLength(34);
    expect(summed.national.health_book_records).toBe(14_800_000);
  });

  it('prints a readable table in Vietnamese, saying the data is illustrative', () => {
    const { code, stdout } = report('--date', '2024-11-13');
    expect(code).toBe(0);
    expect(stdout).toContain('DỮ LIỆU MINH HỌA');
    expect(stdout).toContain('Toàn quốc: 14.800.000');
    expect(stdout).toContain('Toàn quốc: 461 / 705');
    expect(stdout).toMatch(/^79\s+Hồ Chí Minh/m);
  });

  it.each([
    [['--date', '2024-13-01'], '--date "2024-13-01" must be a calendar date written YYYY-MM-DD'],
    [['--date', '13/11/2024'], '--date "13/11/2024" must be a calendar date written YYYY-MM-DD'],
    [['--date', '2024-11-13', '--edition', '2023'], '--edition "2023" must be 2024 or 2025'],
    [['--when', '2024-11-13'], "Unknown option '--when'"],
  ])('refuses %j with one line and exit code 2', (args, message) => {
    const { code, stdout, stderr } = report(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});
