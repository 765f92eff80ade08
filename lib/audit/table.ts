// The audit trail of figures as a table: the page's filters (one rule for the page and its
// downloads) and the rows as a CSV or a workbook. Who changed a figure follows lib/audit/actor-label.ts:
// e-mails for administrators only, and only they may filter by one.
import { actorLabelFor, type ActorFields } from './actor-label';
import { formatDate, type Locale } from '../format';
import { translator } from '../i18n/i18n';
import { dateCell, type TableCell } from '../exports/xlsx';

export interface AuditQuery {
  unit?: string;
  metric?: string;
  actor?: string;
}

/** The filters of the audit page's address (unit, metric; the person for an administrator only). */
export function auditQuery(params: Record<string, string | string[] | undefined>, viewerRole: string): AuditQuery {
  const one = (k: string) => (typeof params[k] === 'string' && params[k] ? params[k].slice(0, 200) : undefined);
  return { unit: one('unit'), metric: one('metric'), actor: viewerRole === 'admin' ? one('actor') : undefined };
}

/** The same filters as an address's query string (for the download links of the filtered page). */
export function auditQueryString(query: AuditQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  return params.size > 0 ? `?${params}` : '';
}

export interface AuditTableRow extends ActorFields {
  changedAt: string;
  batchId: number;
  edition: string;
  unit: string;
  unitName: string;
  metric: string;
  reportDate: string;
  oldValue: number | null;
  newValue: number | null;
  reason: string | null;
}

/** The audit rows as the page shows them; the report date as dd/mm/yyyy text, or a date cell for a workbook. */
export function auditTable(rows: readonly AuditTableRow[], viewerRole: string, locale: Locale, dates: 'text' | 'cells' = 'text'): { header: string[]; rows: TableCell[][] } {
  const t = translator(locale, 'Audit');
  return {
    header: (['when', 'who', 'batch', 'unitColumn', 'unitName', 'edition', 'metricColumn', 'reportDate', 'old', 'new', 'reason'] as const).map((k) => t(k)),
    rows: rows.map((r) => [
      r.changedAt.slice(0, 16).replace('T', ' '),
      actorLabelFor(viewerRole, r, locale),
      r.batchId,
      r.unit,
      r.unitName,
      r.edition,
      r.metric,
      dates === 'cells' ? dateCell(r.reportDate) : formatDate(r.reportDate, locale),
      r.oldValue,
      r.newValue,
      r.reason,
    ]),
  };
}
