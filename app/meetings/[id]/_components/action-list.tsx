// A list of actions (a meeting's agenda): status (overdue marked), province, metric, problem,
// the action agreed, who is responsible and by when, each linking to its page.
import Link from 'next/link';
import { ActionStatusBadge } from '../../../../components/action-status';
import type { Action } from '@/db/actions/actions';
import { formatDate, metricName, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey } from '@/lib/metrics';

export function ActionList({ actions, locale, testId }: { actions: readonly Action[]; locale: Locale; testId: string }) {
  const t = translator(locale, 'ActionList');
  if (actions.length === 0) return <p data-testid={testId}>{t('none')}</p>;
  const cell = 'px-2 py-1';
  return (
    <table className="w-full border-collapse text-sm" data-testid={testId}>
      <thead className="text-left">
        <tr className="border-b border-slate-400">
          <th scope="col" className={cell}>{t('status')}</th>
          <th scope="col" className={cell}>{t('province')}</th>
          <th scope="col" className={cell}>{t('problem')}</th>
          <th scope="col" className={cell}>{t('action')}</th>
          <th scope="col" className={cell}>{t('owner')}</th>
          <th scope="col" className={cell}>{t('due')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id} id={`action-${a.id}`} className="border-b border-slate-200 align-top" data-action={a.id} data-unit={a.unit} data-metric={a.metric ?? ''}>
            <td className={cell}><ActionStatusBadge status={a.status} overdue={a.overdue} locale={locale} /></td>
            <td className={cell}>{a.unitName} ({a.unit}){a.metric && <><br /><span className="text-slate-700">{metricName(metricByKey(a.metric), locale)}</span></>}</td>
            <td className={cell}>{a.problem ?? '—'}</td>
            <td className={cell}><Link href={`/actions/${a.id}`} className="underline">{a.action}</Link></td>
            <td className={cell}>{a.owner}</td>
            <td className={`${cell} tabular-nums`}>{formatDate(a.dueDate, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
