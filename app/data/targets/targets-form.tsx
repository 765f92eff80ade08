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

export function TargetsForm({ unit, lines, locale }: { unit: string; lines: TargetLine[]; locale: 'vi' | 'en' }) {
  const [state, action, pending] = useActionState<TargetsState, FormData>(targetsAction, { problems: [], result: null, denied: false });
  const vi = locale === 'vi';
  const problemsOf = (i: number) => state.problems.filter((p) => p.row === i + 1);
  const input = 'rounded border border-slate-500 px-2 py-1';
  return (
    <form action={action} className="space-y-3" data-testid="targets-form">
      <input type="hidden" name="unit" value={unit} />
      <table className="w-full border-collapse text-sm">
        <thead className="text-left"><tr>{(vi ? ['Chỉ tiêu theo dõi', 'Ngày gốc', 'Giá trị gốc', 'Hạn', 'Mục tiêu', 'Ghi chú'] : ['Metric', 'Baseline date', 'Baseline', 'Due', 'Target', 'Note']).map((h) => <th key={h} className="px-1">{h}</th>)}</tr></thead>
        <tbody>
          {lines.map((l) => {
            // The action numbers rows by the metric's place in the catalogue (lib/metrics.ts).
            const metricIndex = METRIC_KEYS.indexOf(l.metric as MetricKey);
            return (
              <tr key={l.metric} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-1 py-1 text-left font-semibold">{l.name}</th>
                <td className="px-1"><input name={`baselineDate:${l.metric}`} type="date" defaultValue={l.baselineDate} aria-label={`${l.name}: ${vi ? 'ngày gốc' : 'baseline date'}`} className={input} /></td>
                <td className="px-1"><input name={`baselineValue:${l.metric}`} inputMode="numeric" defaultValue={l.baselineValue} size={10} aria-label={`${l.name}: ${vi ? 'giá trị gốc' : 'baseline'}`} className={input} /></td>
                <td className="px-1"><input name={`dueDate:${l.metric}`} type="date" defaultValue={l.dueDate} aria-label={`${l.name}: ${vi ? 'hạn' : 'due'}`} className={input} /></td>
                <td className="px-1"><input name={`target:${l.metric}`} inputMode="numeric" defaultValue={l.targetValue} size={10} aria-label={`${l.name}: ${vi ? 'mục tiêu' : 'target'}`} className={input} /></td>
                <td className="px-1">
                  <input name={`note:${l.metric}`} defaultValue={l.note} aria-label={`${l.name}: ${vi ? 'ghi chú' : 'note'}`} className={input} />
                  <ul className="text-red-800">{problemsOf(metricIndex).map((p, j) => <li key={j}>{p.message[locale]}</li>)}</ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">{vi ? 'Lưu chỉ tiêu' : 'Save targets'}</button>
      <p role="status" data-testid="targets-result">
        {state.denied ? (vi ? 'Chỉ quản trị viên được sửa chỉ tiêu.' : 'Only administrators may change targets.') : state.unavailable ? <span className="text-red-800">{state.unavailable[vi ? 'vi' : 'en']}</span> : state.result ? (vi ? `Đã lưu: ${state.result.added} mới, ${state.result.changed} thay đổi.` : `Saved: ${state.result.added} added, ${state.result.changed} changed.`) : null}
      </p>
    </form>
  );
}
