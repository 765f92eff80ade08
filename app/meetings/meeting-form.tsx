'use client';
// The meeting form: its words come translated from the page (catalogue namespace MeetingForm).
// "Take a region", "copy a meeting's list" and "provinces of this date" submit the form to the
// page itself by GET (no script needed; the page ticks the provinces); "Save" posts to the server
// action, whose problems show beside their fields.
import { useActionState } from 'react';
import { saveMeeting, type MeetingFormState } from './actions';
import type { Locale } from '@/lib/format';
import type { MeetingDraft } from '@/lib/meetings/form';
import type { MeetingField } from '@/lib/meetings/rules';

export interface MeetingFormText {
  title: string; date: string; place: string; baselineDate: string; baselineHint: string; units: string; unitsHint: string;
  region: string; takeRegion: string; copy: string; copyList: string; refresh: string; save: string; denied: string; missing: string; problems: string;
}

export interface MeetingFormProps {
  /** The page's path: the GET buttons come back to it. */
  path: string;
  meetingId: number | null;
  draft: MeetingDraft;
  units: { code: string; name: string }[];
  regions: { slug: string; name: string }[];
  meetings: { id: number; label: string }[];
  locale: Locale;
  text: MeetingFormText;
}

export function MeetingForm({ path, meetingId, draft: initial, units, regions, meetings, locale, text: t }: MeetingFormProps) {
  const [state, action, pending] = useActionState<MeetingFormState, FormData>(saveMeeting, { problems: [], denied: false, attempt: 0 });
  const draft = state.draft ?? initial;
  const ticked = new Set(draft.units);
  const problemsOf = (field: MeetingField) => state.problems.filter((p) => p.field === field);
  const errorId = (field: MeetingField) => (problemsOf(field).length ? `error-${field}` : undefined);
  const problems = (field: MeetingField) => {
    const list = problemsOf(field);
    return list.length ? (
      <ul id={`error-${field}`} className="text-sm font-normal text-red-800" data-testid={`error-${field}`}>
        {list.map((p, i) => <li key={i}>{p.message[locale]}</li>)}
      </ul>
    ) : null;
  };
  const input = 'rounded border border-slate-500 px-2 py-1 font-normal';
  const secondary = 'rounded border border-slate-700 px-3 py-1.5 text-sm font-semibold';
  return (
    <form key={state.attempt} action={action} className="space-y-4" data-testid="meeting-form">
      {meetingId !== null && <input type="hidden" name="id" value={meetingId} />}
      <input type="hidden" name="lang" value={locale} />
      {state.problems.length > 0 && (
        <p role="alert" className="rounded border-l-4 border-red-800 bg-red-50 px-3 py-2 text-red-900" data-testid="meeting-problems">
          {t.problems}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 font-semibold">{t.title}
          <input name="title" defaultValue={draft.title} maxLength={400} aria-invalid={!!errorId('title')} aria-describedby={errorId('title')} className={input} />
          {problems('title')}
        </label>
        <label className="flex flex-col gap-1 font-semibold">{t.place}
          <input name="place" defaultValue={draft.place} maxLength={400} aria-invalid={!!errorId('place')} aria-describedby={errorId('place')} className={input} />
          {problems('place')}
        </label>
        <label className="flex flex-col gap-1 font-semibold">{t.date}
          <input name="date" type="date" defaultValue={draft.date} aria-invalid={!!errorId('date')} aria-describedby={errorId('date')} className={input} />
          {problems('date')}
        </label>
        <label className="flex flex-col gap-1 font-semibold">{t.baselineDate}
          <input name="baselineDate" type="date" defaultValue={draft.baselineDate} aria-invalid={!!errorId('baselineDate')} aria-describedby={`baseline-hint${errorId('baselineDate') ? ' error-baselineDate' : ''}`} className={input} />
          <span id="baseline-hint" className="text-sm font-normal text-slate-700" data-testid="baseline-hint">{t.baselineHint}</span>
          {problems('baselineDate')}
        </label>
      </div>
      <fieldset className="space-y-2 rounded border border-slate-300 p-3" aria-describedby={errorId('units')}>
        <legend className="px-1 font-semibold">{t.units}</legend>
        <p className="text-sm text-slate-700">{t.unitsHint}</p>
        {problems('units')}
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-semibold">{t.region}
            <select name="region" className={input} defaultValue="">
              <option value="" />
              {regions.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
            </select>
          </label>
          <button type="submit" name="take" value="region" formAction={path} formMethod="get" formNoValidate className={secondary}>{t.takeRegion}</button>
          <label className="flex flex-col gap-1 text-sm font-semibold">{t.copy}
            <select name="copy" className={input} defaultValue="">
              <option value="" />
              {meetings.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
            </select>
          </label>
          <button type="submit" name="take" value="copy" formAction={path} formMethod="get" formNoValidate className={secondary}>{t.copyList}</button>
          <button type="submit" name="take" value="date" formAction={path} formMethod="get" formNoValidate className={secondary}>{t.refresh}</button>
        </div>
        <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3 lg:grid-cols-4" data-testid="meeting-units">
          {units.map((u) => (
            <li key={u.code}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="units" value={u.code} defaultChecked={ticked.has(u.code)} />
                {u.name} ({u.code})
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 font-semibold text-white" data-testid="save-meeting">{t.save}</button>
      <p role="status" data-testid="meeting-result">
        {state.denied ? t.denied : state.missing ? t.missing : state.failure ? <span className="text-red-800">{state.failure[locale]}</span> : null}
      </p>
    </form>
  );
}
