'use client';
import { useActionState, useState, type FormEvent } from 'react';
import { importAction, type ImportState } from './actions';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@/lib/limits';

/** The form's words, translated by the page (the catalogue's ImportForm namespace). */
export interface ImportText {
  file: string; check: string; commit: string; row: string; field: string; reason: string; denied: string;
  sheet: string; sheetHint: string;
  /** The check step's columns and headings. */
  preview: { province: string; metric: string; date: string; value: string; before: string; change: string; skipped: string };
  /** The headline of a refused file with one problem (too large, refused here). */
  oneProblem: string;
  fields: Record<string, string>;
}

/** `tooLarge`: the page was reached by a post over the limit sent without script (proxy.ts). */
export function ImportForm({ locale, text: t, tooLarge: refusedPost = false }: { locale: 'vi' | 'en'; text: ImportText; tooLarge?: boolean }) {
  const [served, action, pending] = useActionState<ImportState, FormData>(importAction, { stage: 'idle', fileName: '', problems: [], more: null, rows: 0, written: null });
  // A file over the limit is refused here, before it is sent (the server would refuse the body).
  const [tooLarge, setTooLarge] = useState<string | null>(refusedPost ? '' : null);
  const state: ImportState = tooLarge === null ? served : { stage: 'problems', fileName: tooLarge, problems: [{ row: 0, field: 'file', message: UPLOAD_TOO_LARGE }], more: null, rows: 0, written: null, summary: t.oneProblem };
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      event.preventDefault();
      setTooLarge(file.name);
    } else setTooLarge(null);
  };
  return (
    <div className="space-y-4">
      <form action={action} onSubmit={checkSize} className="flex flex-wrap items-end gap-3" data-testid="import-form">
        <input type="hidden" name="lang" value={locale} />
        <label className="flex flex-col gap-1 font-semibold">
          {t.file}
          <input type="file" name="file" onChange={() => setTooLarge(null)} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="font-normal" />
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          {t.sheet}
          <input type="text" name="sheet" maxLength={100} placeholder={t.sheetHint} className="rounded border border-slate-500 px-2 py-1 font-normal" />
        </label>
        <button type="submit" name="intent" value="check" disabled={pending} className="rounded border border-slate-700 px-3 py-1.5 font-semibold">{t.check}</button>
      </form>
      <div role="status" aria-live="polite" data-testid="import-result" data-stage={state.stage}>
        {state.stage === 'denied' && <p>{t.denied}</p>}
        {state.stage === 'written' && <p>{state.summary}</p>}
        {state.stage === 'checked' && (
          <>
            <p>{state.summary}</p>
            {state.skipped && state.skipped.length > 0 && (
              <div data-testid="import-skipped"><p className="font-semibold">{t.preview.skipped}</p><ul className="list-disc pl-6">{state.skipped.map((s, i) => <li key={i}>{s.what}: {s.message[locale]}</li>)}</ul></div>
            )}
            {/* The server kept the checked file (app/data/import/actions.ts): confirming sends its token only, and needs no script. */}
            <form action={action} data-testid="import-confirm">
              <input type="hidden" name="lang" value={locale} />
              <input type="hidden" name="token" value={state.token ?? ''} />
              <button type="submit" name="intent" value="commit" disabled={pending || !state.token} className="my-2 rounded bg-slate-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50">{t.commit}</button>
            </form>
            <table className="mt-2 border-collapse text-sm tabular-nums" data-testid="import-preview">
              <thead><tr>{[t.row, t.preview.province, t.preview.metric, t.preview.date, t.preview.value, t.preview.before, t.preview.change].map((h) => <th key={h} className="px-2 text-left">{h}</th>)}</tr></thead>
              <tbody>
                {(state.preview ?? []).map((p, i) => (
                  <tr key={i} className="border-t border-slate-200"><td className="px-2">{p.row}</td><td className="px-2">{p.province}</td><td className="px-2">{p.metric}</td><td className="px-2">{p.date}</td><td className="px-2 text-right" data-field="value">{p.value}</td><td className="px-2 text-right">{p.before}</td><td className="px-2 text-right">{p.change}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {state.stage === 'problems' && (
          <>
            <p className="font-semibold text-red-800">{state.summary}</p>
            {state.moreText && <p data-testid="import-more">{state.moreText}</p>}
            <table className="mt-2 border-collapse text-sm" data-testid="import-problems">
              <thead><tr><th className="px-2 text-left">{t.row}</th><th className="px-2 text-left">{t.field}</th><th className="px-2 text-left">{t.reason}</th></tr></thead>
              <tbody>
                {state.problems.map((p, i) => (
                  <tr key={i} className="border-t border-slate-200"><td className="px-2">{p.row || '—'}</td><td className="px-2">{p.column ? `${t.fields[p.field] ?? p.field} (${p.column})` : (t.fields[p.field] ?? p.field)}</td><td className="px-2">{p.message[locale]}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </div>
  );
}
