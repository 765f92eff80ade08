// The overview's controls: a plain GET form (works before any script), made instant by
// <AutoSubmit>. Every choice lands in the URL, so the view is a permalink.
import { AutoSubmit } from './auto-submit';
import { isIsoDate } from '@/lib/dates';
import { EDITION_INFO, EDITIONS, type Edition } from '@/lib/editions';
import { formatDate, localName, metricName, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import type { MetricDefinition } from '@/lib/metrics';
import type { OverviewState } from '@/lib/view/overview-state';
import { REGIONS } from '@/lib/regions';
import type { GroupInfo } from '@/lib/view/selection';

export function OverviewControls({ state, edition, metrics, groups, meetings, latestDate, locale }: {
  state: OverviewState;
  /** The edition shown (lib/editions resolveView): an asked one, else the one in force on the date. */
  edition: Edition;
  metrics: MetricDefinition[]; groups: GroupInfo[]; latestDate: string; locale: Locale;
  /** Meetings to compare with (their date), newest first. */
  meetings: { id: number; slug: string; label: string }[];
}) {
  const t = translator(locale, 'Controls');
  // ?since= is a date or a meeting (id or slug): one field shows it, the other stays empty.
  const sinceIsDate = state.since !== null && isIsoDate(state.since);
  const sinceMeeting = state.since && !sinceIsDate ? (meetings.find((m) => m.slug === state.since || String(m.id) === state.since)?.slug ?? '') : '';
  const scope = state.region ? `region:${state.region}` : state.group ? `group:${state.group}` : '';
  const field = 'flex flex-col gap-1 text-sm font-semibold';
  const input = 'rounded border border-slate-500 bg-white px-2 py-1 font-normal';
  return (
    <form id="overview-controls" method="get" action="/" className="flex flex-wrap items-end gap-3 print:hidden" data-testid="controls">
      <label className={field}>
        {t('edition')}
        <select name="edition" defaultValue={state.edition ?? ''} className={input}>
          <option value="">{t('byDate', { edition: localName(EDITION_INFO[edition], locale) })}</option>
          {[...EDITIONS].reverse().map((e) => (
            <option key={e} value={e}>{localName(EDITION_INFO[e], locale)}</option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t('date', { latest: formatDate(latestDate, locale) })}
        <input type="date" name="date" defaultValue={state.date ?? ''} min="2023-01-01" max={latestDate} className={input} />
      </label>
      <label className={field}>
        {t('since')}
        <input type="date" name="since" data-exclusive="since" defaultValue={sinceIsDate ? state.since! : ''} min="2023-01-01" max={latestDate} className={input} />
      </label>
      <label className={field}>
        {t('sinceMeeting')}
        <select name="sinceMeeting" data-exclusive="since" defaultValue={sinceMeeting} className={input}>
          <option value="">{t('noMeeting')}</option>
          {meetings.map((m) => <option key={m.id} value={m.slug}>{m.label}</option>)}
        </select>
      </label>
      <label className={field}>
        {t('metric')}
        <select name="metric" defaultValue={state.metric} className={input}>
          {metrics.map((m) => <option key={m.key} value={m.key}>{metricName(m, locale)}</option>)}
        </select>
      </label>
      <label className={field}>
        {t('scope')}
        <select name="scope" defaultValue={scope} className={input}>
          <option value="">{t('all')}</option>
          <optgroup label={t('regions')}>
            {REGIONS.map((r) => <option key={r.slug} value={`region:${r.slug}`}>{localName(r, locale)}</option>)}
          </optgroup>
          <optgroup label={t('groups')}>
            {groups.map((g) => <option key={g.slug} value={`group:${g.slug}`}>{localName(g, locale)}</option>)}
          </optgroup>
        </select>
      </label>
      {state.sort !== state.metric && <input type="hidden" name="sort" value={state.sort} />}
      {state.dir !== 'desc' && <input type="hidden" name="dir" value={state.dir} />}
      <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white">{t('show')}</button>
      <AutoSubmit formId="overview-controls" />
    </form>
  );
}
