// The targets' part of the audit trail: every addition or change of a target, with its old and
// new values (baseline, target, due date, note), who and which batch.
import type { TargetAuditRow, TargetValues } from '@/db/audit';
import { actorLabelFor } from '@/lib/audit/actor-label';
import { formatDate, formatNumber, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';

function describe(t: TargetValues | null, locale: Locale): string {
  if (!t) return '—';
  const text = translator(locale, 'Audit')('targetValues', {
    baseline: formatNumber(t.baselineValue, locale), target: formatNumber(t.targetValue, locale), date: formatDate(t.dueDate, locale),
  });
  return t.note ? `${text} (${t.note})` : text;
}

export function TargetAuditTable({ rows, locale, viewerRole }: { rows: TargetAuditRow[]; locale: Locale; viewerRole: string }) {
  const t = translator(locale, 'Audit');
  return (
    <section aria-labelledby="target-audit-title" className="space-y-2">
      <h2 id="target-audit-title" className="text-lg font-semibold">{t('targetsTitle')}</h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm tabular-nums" data-testid="target-audit-table">
          <thead className="border-b-2 border-slate-400 text-left">
            <tr>{(['when', 'who', 'batch', 'unitColumn', 'metricColumn', 'baselineDate', 'oldTarget', 'newTarget'] as const).map((k) => t(k)).map((h) => <th key={h} className="px-2 py-1">{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <td className="px-2 py-1">{r.changedAt.slice(0, 16).replace('T', ' ')}</td>
                <td className="px-2 py-1">{actorLabelFor(viewerRole, r, locale)}</td>
                <td className="px-2 py-1">{r.batchId}</td>
                <td className="px-2 py-1">{r.unitName} ({r.unit})</td>
                <td className="px-2 py-1">{r.metric}</td>
                <td className="px-2 py-1">{formatDate(r.baselineDate, locale)}</td>
                <td className="px-2 py-1">{describe(r.oldTarget, locale)}</td>
                <td className="px-2 py-1">{describe(r.newTarget, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
