// GET /data/audit/download?unit=&metric=&actor=&format=csv|xlsx: the audit trail of figures as the
// page filters it (lib/audit/table.ts: the same filters, e-mails for administrators only), newest
// first, at most MAX_AUDIT_EXPORT_ROWS rows. For signed-in accounts, as the page.
import { getLocale } from '../../../locale';
import { requireUser } from '../../../session';
import { csv, xlsx } from '@/app/api/v1/responses';
import { listAudit } from '@/db/audit';
import { getStore } from '@/db/store/client';
import { auditQuery, auditTable } from '@/lib/audit/table';
import { MAX_AUDIT_EXPORT_ROWS } from '@/lib/limits';
import { translator } from '@/lib/i18n/i18n';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const locale = await getLocale(params);
  const user = await requireUser('/data/audit');
  const rows = listAudit(getStore(), auditQuery(params, user.role), MAX_AUDIT_EXPORT_ROWS);
  const name = `nhat-ky-de-an-06-${new Date().toISOString().slice(0, 10)}`;
  if (params.format === 'xlsx') {
    const { header, rows: cells } = auditTable(rows, user.role, locale, 'cells');
    return xlsx(header, cells, `${name}.xlsx`, translator(locale, 'Downloads')('auditSheet'));
  }
  const { header, rows: cells } = auditTable(rows, user.role, locale);
  return csv(header, cells as (string | number | null)[][], `${name}.csv`);
}
