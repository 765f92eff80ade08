import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { utils, write } from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestStore } from '@/db/testing/test-store';
import { addUser } from '@/db/users';

const store = createTestStore({ seed: true });
afterAll(() => store.dispose());
addUser(store, { email: 'hcm@c06.gov.vn', role: 'reporter', units: ['79'] });
addUser(store, { email: 'xem@c06.gov.vn', role: 'viewer' });
const file = path.join(store.dir, 'ha-noi.csv');
writeFileSync(file, 'Mã đơn vị,Chỉ tiêu,Ngày báo cáo,Giá trị\n01,judicial_record_applications,2026-11-26,99999999\n');
const count = () => store.sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get();

function importAs(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, ...args], { env: { ...process.env, DATABASE_URL: store.path }, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run import --as', () => {
  it('refuses a viewer, and a reporter outside its units, with exit code 2 and nothing written', () => {
    const before = count();
    expect(importAs('--as', 'xem@c06.gov.vn')).toMatchObject({ code: 2, err: expect.stringContaining('may not write figures') });
    const reporter = importAs('--as', 'hcm@c06.gov.vn');
    expect(reporter.code).toBe(2);
    expect(reporter.err).toContain('dòng 2, Mã đơn vị: Bạn không được giao báo cáo cho đơn vị 01.');
    expect(count()).toBe(before);
  });

  it('checks a file without writing it (--dry-run), then writes it as the command line', () => {
    const before = count();
    expect(importAs('--dry-run')).toMatchObject({ code: 0, out: expect.stringContaining('1 dòng hợp lệ') });
    expect(count()).toBe(before);
    expect(importAs()).toMatchObject({ code: 0, out: expect.stringContaining('1 new') });
    expect(count()).toBe((before as number) + 1);
  });

  it('--dry-run prints every row as understood, in vi-VN, from the sheet named by --sheet, and writes nothing', () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['Ghi chú']]), 'Hướng dẫn');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['Mẫu báo cáo'], ['Tỉnh', 'Ngày báo cáo', 'Hồ sơ LLTP trên VNeID', 'Xã số hóa đất đai — % chỉ tiêu'], ['TP. Hà Nội', '26/11/2026', '100 000 000', '40%']]), 'Số liệu');
    const wide = path.join(store.dir, 'ha-noi.xlsx');
    writeFileSync(wide, new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    const before = count();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', wide, '--dry-run', '--sheet', 'Số liệu'], { env: { ...process.env, DATABASE_URL: store.path }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^dòng 3: 01 Hà Nội · Hồ sơ đề nghị cấp Phiếu LLTP trên VNeID · 26\/11\/2026 · 100\.000\.000 \([\d.]+ → [+−][\d.]+\)$/m);
    expect(run.stdout).toContain('bỏ qua cột "Xã số hóa đất đai — % chỉ tiêu": Cột tính ra');
    expect(count()).toBe(before);
  });

  it('prints the first 200 problems of a file of 100,000 bad rows, then how many more and of which columns', () => {
    const bad = path.join(store.dir, 'bad.csv');
    writeFileSync(bad, 'Mã đơn vị,Chỉ tiêu,Ngày báo cáo,Giá trị\n' + Array.from({ length: 100_000 }, (_, i) => `79,health_book_records,2021-06-01,x${i}\n`).join(''));
    const before = count();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', bad, '--lang', 'en'], { env: { ...process.env, DATABASE_URL: store.path }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(202);
    expect(lines[0]).toBe(`${bad}: row 2, date: 01/06/2021 is before Project 06 began (06/01/2022).`);
    expect(lines[200]).toBe('import: 199,800 more problems not listed (date: 99,900; value: 99,900)');
    expect(lines[201]).toBe('import: 200,000 problems; nothing written');
    expect(count()).toBe(before);
  });
});
