'use client';
// One unit, one report date, every metric: the previous values beside the inputs, and the same
// checks as the import, run as you type (lib/import/observation-rules is pure, so it runs here too)
// and again on the server when you submit.
import { useActionState, useMemo, useState } from 'react';
import { entryAction, type EntryState } from './actions';
import type { Edition } from '@/lib/editions';
import { formatDate, formatNumber, metricName } from '@/lib/format';
import type { MetricDefinition, MetricKey } from '@/lib/metrics';
import { validateObservations, type Neighbours, type UnitFacts } from '@/lib/import/observation-rules';

export interface EntryMetric {
  def: MetricDefinition;
  /** The stored reports before, on and after the date. */
  stored: Neighbours;
}

/** The form's words, translated by the page (the catalogue's EntryForm namespace). */
export interface EntryText {
  previous: string; current: string; next: string; reason: string; submit: string; denied: string;
}

export function EntryForm({ unit, province, date, edition, today, facts, metrics, locale, text: t }: {
  unit: string;
  /** When `unit` is a commune: its province's code. */
  province?: string;
  date: string; edition: Edition; today: string; facts: UnitFacts; metrics: EntryMetric[]; locale: 'vi' | 'en'; text: EntryText;
}) {
  const [state, action, pending] = useActionState<EntryState, FormData>(entryAction, { problems: [], written: null, denied: false });
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(metrics.map((m) => [m.def.key, m.stored.same === null ? '' : String(m.stored.same)])));
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const live = useMemo(() => {
    const stored = new Map(metrics.map((m) => [m.def.key, m.stored]));
    const rows = metrics.map((m, i) => ({ row: i + 1, unit, metric: m.def.key, date, value: values[m.def.key] ?? '', correction: reasons[m.def.key] ?? '' })).filter((r) => r.value !== '');
    return validateObservations(rows, {
      today,
      units: { '2024': edition === '2024' ? new Map([[unit, facts]]) : new Map(), '2025': edition === '2025' ? new Map([[unit, facts]]) : new Map() },
      successorOf: () => undefined,
      communes: province ? { communes: new Map([[unit, { province, facts, name: unit }]]), byName: new Map() } : undefined,
      unitsByName: { '2024': new Map(), '2025': new Map() },
      unitName: () => '',
      scope: null,
      neighbours: (_e, _u, metric: MetricKey) => stored.get(metric)!,
    }).problems;
  }, [metrics, values, reasons, unit, province, date, today, edition, facts]);
  const problemsOf = (i: number) => [...live, ...state.problems].filter((p) => p.row === i + 1);

  return (
    <form action={action} className="space-y-3" data-testid="entry-form">
      <input type="hidden" name="unit" value={unit} />
      <input type="hidden" name="date" value={date} />
      <input type="hidden" name="lang" value={locale} />
      <table className="w-full border-collapse text-sm tabular-nums">
        <tbody>
          {metrics.map((m, i) => {
            const problems = problemsOf(i);
            const id = `value-${m.def.key}`;
            return (
              <tr key={m.def.key} className="border-b border-slate-200 align-top" data-metric={m.def.key}>
                <th scope="row" className="py-2 pr-3 text-left font-semibold"><label htmlFor={id}>{metricName(m.def, locale)}</label></th>
                <td className="py-2 pr-3 text-slate-700">{t.previous}: {m.stored.previous ? `${formatNumber(m.stored.previous.value, locale)} (${formatDate(m.stored.previous.date, locale)})` : '—'}{m.stored.same !== null && <><br />{t.current}: {formatNumber(m.stored.same, locale)}</>}{m.stored.next && <><br />{t.next}: {formatNumber(m.stored.next.value, locale)} ({formatDate(m.stored.next.date, locale)})</>}</td>
                <td className="py-2">
                  <input id={id} name={`value:${m.def.key}`} inputMode="numeric" value={values[m.def.key] ?? ''} onChange={(e) => setValues({ ...values, [m.def.key]: e.target.value })}
                    aria-invalid={problems.length > 0} aria-describedby={`${id}-problems`} className="w-40 rounded border border-slate-500 px-2 py-1" />
                  {(m.def.kind === 'cumulative' || m.stored.same !== null) && (
                    <input name={`correction:${m.def.key}`} placeholder={t.reason} aria-label={`${metricName(m.def, locale)}: ${t.reason}`} value={reasons[m.def.key] ?? ''}
                      onChange={(e) => setReasons({ ...reasons, [m.def.key]: e.target.value })} className="ml-2 w-56 rounded border border-slate-400 px-2 py-1" />
                  )}
                  <ul id={`${id}-problems`} className="text-red-800">{problems.map((p, j) => <li key={j}>{p.message[locale]}</li>)}</ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" disabled={pending || live.length > 0} className="rounded bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-50">{t.submit}</button>
      <p role="status" data-testid="entry-result">{state.denied ? t.denied : state.unavailable ? <span className="text-red-800">{state.unavailable[locale]}</span> : state.written ? state.writtenText : null}</p>
    </form>
  );
}
