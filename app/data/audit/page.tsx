// The audit trail: every change of a figure (who, when, old, new, batch), filtered by unit,
// metric or person; the changes of targets; and the batches, which an administrator can revert
// as a whole (batches of figures; see lib/audit/revert.ts).
import { getLocale } from '../../locale';
import { requireUser } from '../../session';
import { RevertForm } from './revert-form';
import { TargetAuditTable } from './target-audit-table';
import { SiteHeader } from '@/app/site-header';
import { listAudit, listBatches, listTargetAudit } from '@/db/audit';
import { getStore } from '@/db/store/client';
import { isIllustrative } from '@/db/store-facts';
import { actorLabelFor } from '@/lib/audit/actor-label';
import { auditQuery, auditQueryString } from '@/lib/audit/table';
import { xlsxHref } from '@/lib/exports/csv';
import { formatNumber, metricName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { MAX_AUDIT_EXPORT_ROWS } from '@/lib/limits';
import { METRICS } from '@/lib/metrics';
import type { SearchParams } from '@/lib/view/overview-state';
import { isRevertable } from '@/lib/audit/revert';
import { mayRevert } from '@/lib/security/permissions';

export const dynamic = 'force-dynamic';

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = await getLocale(params);
  const user = await requireUser('/data/audit');
  const t = translator(locale, 'Audit');
  const store = getStore();
  // E-mails are for administrators: others see role and units, and cannot look an address up.
  const admin = mayRevert(user);
  const query = auditQuery(params, user.role);
  const rows = listAudit(store, query, 100);
  const batches = listBatches(store, 30);
  const targetRows = listTargetAudit(store, query, 100);
  const downloadHref = `/data/audit/download${auditQueryString(query)}`;
  const input = 'rounded border border-slate-500 px-2 py-1 font-normal';
  return (
    <div className="mx-auto max-w-screen-xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/data/audit" illustrative={isIllustrative(store)} />
      <main className="space-y-6">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col gap-1 font-semibold">{t('unit')}<input name="unit" defaultValue={query.unit} size={4} className={input} /></label>
          <label className="flex flex-col gap-1 font-semibold">{t('metric')}
            <select name="metric" defaultValue={query.metric ?? ''} className={input}>
              <option value="">—</option>
              {METRICS.map((m) => <option key={m.key} value={m.key}>{metricName(m, locale)}</option>)}
            </select>
          </label>
          {admin && <label className="flex flex-col gap-1 font-semibold">{t('changedBy')}<input name="actor" defaultValue={query.actor} className={input} /></label>}
          <button className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">{t('filter')}</button>
        </form>
        <p className="flex flex-wrap items-baseline gap-2 text-sm print:hidden">
          <a href={downloadHref} download className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-100" data-testid="audit-csv">{t('csv')}</a>
          <a href={xlsxHref(downloadHref)} download className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-100" data-testid="audit-xlsx">{t('xlsx')}</a>
          <span>{t('downloadLimit', { count: formatNumber(MAX_AUDIT_EXPORT_ROWS, locale) })}</span>
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm tabular-nums" data-testid="audit-table">
            <thead className="border-b-2 border-slate-400 text-left">
              <tr>{(['when', 'who', 'batch', 'unitColumn', 'metricColumn', 'reportDate', 'old', 'new', 'reason'] as const).map((k) => t(k)).map((h) => <th key={h} className="px-2 py-1">{h}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <td className="px-2 py-1">{r.changedAt.slice(0, 16).replace('T', ' ')}</td>
                  <td className="px-2 py-1">{actorLabelFor(user.role, r, locale)}</td>
                  <td className="px-2 py-1">{r.batchId}</td>
                  <td className="px-2 py-1">{r.unitName} ({r.unit})</td>
                  <td className="px-2 py-1">{r.metric}</td>
                  <td className="px-2 py-1">{r.reportDate}</td>
                  <td className="px-2 py-1 text-right">{formatNumber(r.oldValue, locale)}</td>
                  <td className="px-2 py-1 text-right">{formatNumber(r.newValue, locale)}</td>
                  <td className="px-2 py-1">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <TargetAuditTable rows={targetRows} locale={locale} viewerRole={user.role} />
        <section aria-labelledby="batches-title" className="space-y-2">
          <h2 id="batches-title" className="text-lg font-semibold">{t('batches')}</h2>
          <ul className="space-y-1 text-sm" data-testid="batches">
            {batches.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center gap-2">
                <span className="tabular-nums">#{b.id}</span> · {b.createdAt.slice(0, 16).replace('T', ' ')} · {b.source} · {actorLabelFor(user.role, b, locale)} · {t('rows', { count: formatNumber(b.rowCount, locale) })}{b.note ? ` · ${b.note}` : ''}
                {admin && isRevertable(b) && <RevertForm batchId={b.id} label={t('revert')} />}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
