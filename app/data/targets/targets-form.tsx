'use client';
import { useActionState } from 'react';
import { targetsAction, type TargetsState } from './actions';
import { METRIC_KEYS, type MetricKey } from '@/lib/metrics';

export interface TargetLine {
  metric: string;
  name: string;
  baselineDate: string;
  baselineValue: number;
  dueDate: string;
  targetValue: number;
  note: string;
}

/** The form's words, translated by the page (the catalogue's TargetsForm namespace). */
export interface TargetsText {
  headers: string[]; save: string; denied: string;
  /** Per metric name: the inputs' accessible names. */
  labels: Record<string, { baselineDate: string; baseline: string; due: string; target: string; note: string }>;
}

export function TargetsForm({ unit, lines, locale, text: t }: { unit: string; lines: TargetLine[]; locale: 'vi' | 'en'; text: TargetsText }) {
  const [state, action, pending] = useActionState<TargetsState, FormData>(targetsAction, { problems: [], result: null, denied: false });
  const problemsOf = (i: number) => state.problems.filter((p) => p.row === i + 1);
  const input = 'rounded border border-slate-500 px-2 py-1';
  return (
    <form action={action} className="space-y-3" data-testid="targets-form">
      <input type="hidden" name="unit" value={unit} />
      <input type="hidden" name="lang" value={locale} />
      <table className="w-full border-collapse text-sm">
        <thead className="text-left"><tr>{t.headers.map((h) => <th key={h} className="px-1">{h}</th>)}</tr></thead>
        <tbody>
          {lines.map((l) => {
            // The action numbers rows by the metric's place in the catalogue (lib/metrics.ts).
            const metricIndex = METRIC_KEYS.indexOf(l.metric as MetricKey);
            return (
              <tr key={l.metric} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-1 py-1 text-left font-semibold">{l.name}</th>
                <td className="px-1"><input name={`baselineDate:${l.metric}`} type="date" defaultValue={l.baselineDate} aria-label={t.labels[l.metric].baselineDate} className={input} /></td>
                <td className="px-1"><input name={`baselineValue:${l.metric}`} inputMode="numeric" defaultValue={l.baselineValue} size={10} aria-label={t.labels[l.metric].baseline} className={input} /></td>
                <td className="px-1"><input name={`dueDate:${l.metric}`} type="date" defaultValue={l.dueDate} aria-label={t.labels[l.metric].due} className={input} /></td>
                <td className="px-1"><input name={`target:${l.metric}`} inputMode="numeric" defaultValue={l.targetValue} size={10} aria-label={t.labels[l.metric].target} className={input} /></td>
                <td className="px-1">
                  <input name={`note:${l.metric}`} defaultValue={l.note} aria-label={t.labels[l.metric].note} className={input} />
                  <ul className="text-red-800">{problemsOf(metricIndex).map((p, j) => <li key={j}>{p.message[locale]}</li>)}</ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">{t.save}</button>
      <p role="status" data-testid="targets-result">
        {state.denied ? t.denied : state.unavailable ? <span className="text-red-800">{state.unavailable[locale]}</span> : state.result ? state.savedText : null}
      </p>
    </form>
  );
}
