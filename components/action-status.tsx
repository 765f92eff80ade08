// An action's status as it shows: the word, with "Quá hạn" (overdue, derived) beside an open one
// whose due date has passed (lib/actions/rules.ts isOverdue decided it), never colour alone.
import type { ActionStatus } from '@/lib/actions/status';
import type { Locale } from '@/lib/format';
import { actionStatusLabel } from '@/lib/i18n/i18n';

const STYLE: Record<ActionStatus, string> = {
  todo: 'border-slate-600 text-slate-900',
  doing: 'border-sky-800 text-sky-950',
  done: 'border-emerald-800 bg-emerald-50 text-emerald-950',
  cancelled: 'border-slate-400 text-slate-600 line-through',
};

export function ActionStatusBadge({ status, overdue, locale }: { status: ActionStatus; overdue: boolean; locale: Locale }) {
  return (
    <span className="inline-flex flex-wrap gap-1" data-action-status={status} data-overdue={overdue || undefined}>
      <span className={`rounded border px-1.5 text-sm ${STYLE[status]}`}>{actionStatusLabel(status, locale)}</span>
      {overdue && <span className="rounded border border-red-800 bg-red-50 px-1.5 text-sm font-semibold text-red-900">! {actionStatusLabel('overdue', locale)}</span>}
    </span>
  );
}
