// The audit trail's downloads: the page's filters, e-mails for administrators only, real cells.
import { read, utils } from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { auditQuery, auditQueryString, auditTable } from './table';
import { toCsv } from '../exports/csv';
import { toXlsx } from '../exports/xlsx';
import { listAudit } from '@/db/audit';
import { writeObservations } from '@/db/observations';
import { createTestStore } from '@/db/testing/test-store';
import { addUser } from '@/db/users';

const store = createTestStore();
afterAll(() => store.dispose());
const unit = (code: string) => store.sqlite.prepare(`SELECT id FROM units WHERE edition = '2025' AND code = ?`).pluck().get(code) as number;
addUser(store, { email: 'bao.cao@c06.gov.vn', role: 'reporter', units: ['79'] });
writeObservations(store, { source: 'import', actor: 'bao.cao@c06.gov.vn' }, [{ unitId: unit('79'), metricId: 1, reportDate: '2026-11-20', value: 4_639_574 }]);
writeObservations(store, { source: 'form', actor: 'khac@c06.gov.vn' }, [{ unitId: unit('01'), metricId: 1, reportDate: '2026-11-21', value: 12 }]);

describe('the audit trail as a file', () => {
  it('filters as the page does: by unit and metric for anyone, by person for administrators only', () => {
    expect(auditQuery({ unit: '79', metric: 'health_book_records', actor: 'khac@c06.gov.vn' }, 'reporter')).toEqual({ unit: '79', metric: 'health_book_records', actor: undefined });
    expect(auditQuery({ actor: 'khac@c06.gov.vn', unit: '' }, 'admin')).toEqual({ unit: undefined, metric: undefined, actor: 'khac@c06.gov.vn' });
    expect(auditQueryString({ unit: '79', actor: undefined })).toBe('?unit=79');
    expect(auditQueryString({})).toBe('');
    expect(listAudit(store, auditQuery({ actor: 'khac@c06.gov.vn' }, 'admin')).map((r) => r.unit)).toEqual(['01']);
    expect(listAudit(store, auditQuery({ actor: 'khac@c06.gov.vn' }, 'reporter')).map((r) => r.unit)).toEqual(['01', '79']);
  });

  it('names the person by e-mail for an administrator, by role and units for anyone else', () => {
    const rows = listAudit(store, { unit: '79' });
    const forAdmin = toCsv(...Object.values(auditTable(rows, 'admin', 'vi')) as [string[], (string | number | null)[][]]);
    const forReporter = toCsv(...Object.values(auditTable(rows, 'reporter', 'vi')) as [string[], (string | number | null)[][]]);
    expect(forAdmin).toContain('bao.cao@c06.gov.vn');
    expect(forReporter).not.toContain('@');
    const [header, line] = forReporter.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('Lúc,Người,Lô,Đơn vị,Tên đơn vị,Bản đồ,Chỉ tiêu,Ngày báo cáo,Cũ,Mới,Lý do');
    expect(line).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d,báo cáo viên · 79,\d+,79,Hồ Chí Minh,2025,health_book_records,20\/11\/2026,,4639574,$/);
  });

  it('writes a workbook with a date cell for the report date and number cells for the values', () => {
    const { header, rows } = auditTable(listAudit(store, { unit: '79' }), 'admin', 'en', 'cells');
    expect(header[7]).toBe('Report date');
    const sheet = read(toXlsx(header, rows, 'Audit'), { type: 'array' }).Sheets.Audit;
    expect(sheet.H2).toMatchObject({ t: 'n', w: '20/11/2026' });
    expect(sheet.J2).toMatchObject({ t: 'n', v: 4_639_574 });
    expect(utils.sheet_to_json<string[]>(sheet, { header: 1 })[1][1]).toBe('bao.cao@c06.gov.vn');
  });
});
