// The targets' part of the audit trail: every addition or change of a target, with its old and
// new values (baseline, target, due date, note), who and which batch.
import type { TargetAuditRow, TargetValues } from '@/db/audit';
import { actorLabelFor } from '@/lib/actor-label';
import { formatDate, formatNumber, type Locale } from '@/lib/format';

function describe(t: TargetValues | null, locale: Locale): string {
  if (!t) return '—';
  const text = locale === 'vi'
    ? `${formatNumber(t.baselineValue, locale)} → ${formatNumber(t.targetValue, locale)} hạn ${formatDate(t.dueDate, locale)}`
    : `${formatNumber(t.baselineValue, locale)} → ${formatNumber(t.targetValue, locale)} by ${formatDate(t.dueDate, locale)}`;
  return t.note ? `${text} (${t.note})` : text;
}

export function TargetAuditTable({ rows, locale, viewerRole }: { rows: TargetAuditRow[]; locale: Locale; viewerRole: string }) {
  const vi = locale === 'vi';
  return (
    <section aria-labelledby="target-audit-title" className="space-y-2">
      <h2 id="target-audit-title" className="text-lg font-semibold">{vi ? 'Thay đổi chỉ tiêu mục tiêu' : 'Target changes'}</h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm tabular-nums" data-testid="target-audit-table">
          <thead className="border-b-2 border-slate-400 text-left">
            <tr>{(vi ? ['Lúc', 'Người', 'Lô', 'Đơn vị', 'Chỉ tiêu', 'Ngày gốc', 'Cũ (gốc → mục tiêu)', 'Mới (gốc → mục tiêu)'] : ['When', 'Who', 'Batch', 'Unit', 'Metric', 'Baseline date', 'Old (baseline → target)', 'New (baseline → target)']).map((h) => <th key={h} className="px-2 py-1">{h}</th>)}</tr>
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
