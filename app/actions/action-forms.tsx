'use client';
// The action forms; their words come translated from the page (catalogue namespace ActionForm).
// Each problem shows beside its field, in the reader's language; a refusal above the button.
import { useActionState } from 'react';
import { addAction, editAction, updateProgress, type ActionFormState } from './actions';
import type { ActionField } from '@/lib/actions/rules';
import type { Locale } from '@/lib/format';

export interface ActionFormText {
  problem: string; cause: string; action: string; owner: string; dueDate: string; metric: string; wholeProvince: string;
  status: string; note: string; noteHint: string; save: string; signedOut: string; missing: string; notSaved: string;
  statuses: { value: string; label: string }[];
  metrics: { value: string; label: string }[];
}

const INITIAL: ActionFormState = { problems: [], attempt: 0 };
const input = 'rounded border border-slate-500 px-2 py-1 font-normal';

function useForm(action: (s: ActionFormState, f: FormData) => Promise<ActionFormState>, locale: Locale, t: ActionFormText, prefix: string) {
  const [state, dispatch, pending] = useActionState(action, INITIAL);
  const errorId = (field: ActionField) => `${prefix}-error-${field}`;
  const has = (field: ActionField) => state.problems.some((p) => p.field === field);
  const problems = (field: ActionField) => has(field) ? (
    <ul id={errorId(field)} className="text-sm font-normal text-red-800" data-testid={`action-error-${field}`}>
      {state.problems.filter((p) => p.field === field).map((p, i) => <li key={i}>{p.message[locale]}</li>)}
    </ul>
  ) : null;
  const described = (field: ActionField) => ({ 'aria-invalid': has(field), 'aria-describedby': has(field) ? errorId(field) : undefined });
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const footer = (
    <p role="status" className="text-sm" data-testid="action-result">
      {state.signedOut ? t.signedOut : state.missing ? t.missing : state.refusal ? <span className="text-red-800">{state.refusal[locale]}</span>
        : state.problems.length ? <span className="text-red-800">{t.notSaved}</span> : null}
    </p>
  );
  // Problems not tied to a field of this form (the unit, the meeting, the body) show in the footer.
  return { state, dispatch, pending, problems, described, value, footer };
}

export interface ActionFields {
  problem: string; cause: string; action: string; owner: string; dueDate: string; metric: string; status: string;
}

function Fields({ f, t, values, id, withMetric }: { f: ReturnType<typeof useForm>; t: ActionFormText; values: ActionFields; id: string; withMetric: boolean }) {
  return (
    <>
      {withMetric && (
        <label className="flex flex-col gap-1 font-semibold">{t.metric}
          <select name="metric" defaultValue={f.value('metric', values.metric)} className={input} {...f.described('metric')}>
            <option value="">{t.wholeProvince}</option>
            {t.metrics.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
          {f.problems('metric')}
        </label>
      )}
      <label className="flex flex-col gap-1 font-semibold sm:col-span-2">{t.problem}
        <textarea name="problem" rows={2} defaultValue={f.value('problem', values.problem)} className={input} {...f.described('problem')} id={`${id}-problem`} />
        {f.problems('problem')}
      </label>
      <label className="flex flex-col gap-1 font-semibold">{t.cause}
        <textarea name="cause" rows={2} defaultValue={f.value('cause', values.cause)} className={input} {...f.described('cause')} />
        {f.problems('cause')}
      </label>
      <label className="flex flex-col gap-1 font-semibold">{t.action}
        <textarea name="action" rows={2} defaultValue={f.value('action', values.action)} className={input} {...f.described('action')} />
        {f.problems('action')}
      </label>
      <label className="flex flex-col gap-1 font-semibold">{t.owner}
        <input name="owner" defaultValue={f.value('owner', values.owner)} className={input} {...f.described('owner')} />
        {f.problems('owner')}
      </label>
      <label className="flex flex-col gap-1 font-semibold">{t.dueDate}
        <input name="dueDate" type="date" defaultValue={f.value('dueDate', values.dueDate)} className={input} {...f.described('dueDate')} />
        {f.problems('dueDate')}
      </label>
    </>
  );
}

/** "Thêm biện pháp" on a lagging figure: the problem prefilled, the rest to write. */
export function AddActionForm({ unit, metric, meetingId, problem, locale, text: t, save }: {
  unit: string; metric: string; meetingId: number; problem: string; locale: Locale; text: ActionFormText; save: string;
}) {
  const id = `add-${unit}-${metric}`;
  const f = useForm(addAction, locale, t, id);
  return (
    <form key={f.state.attempt} action={f.dispatch} className="grid gap-2 py-2 sm:grid-cols-2" data-testid="add-action-form">
      <input type="hidden" name="unit" value={unit} />
      <input type="hidden" name="metric" value={metric} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="back" value={`/meetings/${meetingId}`} />
      <Fields f={f} t={t} id={id} withMetric={false} values={{ problem, cause: '', action: '', owner: '', dueDate: '', metric, status: 'todo' }} />
      <div className="flex flex-col gap-1 sm:col-span-2">
        {f.problems('unit')}{f.problems('meetingId')}
        <button type="submit" disabled={f.pending} className="self-start rounded bg-slate-900 px-4 py-2 font-semibold text-white">{save}</button>
        {f.footer}
      </div>
    </form>
  );
}

/** Every field of an action, and its status: close (done) or cancel it (administrators). */
export function EditActionForm({ id, values, locale, text: t }: { id: number; values: ActionFields; locale: Locale; text: ActionFormText }) {
  const f = useForm(editAction, locale, t, `edit-${id}`);
  return (
    <form key={f.state.attempt} action={f.dispatch} className="grid gap-2 sm:grid-cols-2" data-testid="edit-action-form">
      <input type="hidden" name="id" value={id} />
      <Fields f={f} t={t} id={`edit-${id}`} withMetric values={values} />
      <label className="flex flex-col gap-1 font-semibold">{t.status}
        <select name="status" defaultValue={f.value('status', values.status)} className={input} {...f.described('status')}>
          {t.statuses.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
        {f.problems('status')}
      </label>
      <div className="flex flex-col gap-1 sm:col-span-2">
        {f.problems('unit')}{f.problems('meetingId')}
        <button type="submit" disabled={f.pending} className="self-start rounded bg-slate-900 px-4 py-2 font-semibold text-white">{t.save}</button>
        {f.footer}
      </div>
    </form>
  );
}

/** A reporter's (and an administrator's) update: the status, and a dated progress note. */
export function ProgressForm({ id, status, locale, text: t, save }: { id: number; status: string; locale: Locale; text: ActionFormText; save: string }) {
  const f = useForm(updateProgress, locale, t, `progress-${id}`);
  return (
    <form key={f.state.attempt} action={f.dispatch} className="space-y-2" data-testid="progress-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="current" value={status} />
      <label className="flex flex-col gap-1 font-semibold">{t.status}
        <select name="status" defaultValue={f.value('status', status)} className={`${input} self-start`} {...f.described('status')}>
          {t.statuses.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
        {f.problems('status')}
      </label>
      <label className="flex flex-col gap-1 font-semibold">{t.note}
        <textarea name="note" rows={3} maxLength={4000} defaultValue={f.value('note', '')} className={input} {...f.described('note')} />
        <span className="text-sm font-normal text-slate-700">{t.noteHint}</span>
        {f.problems('note')}
      </label>
      {f.problems('body')}
      <button type="submit" disabled={f.pending} className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">{save}</button>
      {f.footer}
    </form>
  );
}
