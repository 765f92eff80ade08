// The overview's controls: a plain GET form (works before any script), made instant by
// <AutoSubmit>. Every choice lands in the URL, so the view is a permalink.
import { AutoSubmit } from './auto-submit';
import { EDITION_INFO, EDITIONS, type Edition } from '@/lib/editions';
import { metricName, type Locale } from '@/lib/format';
import type { MetricDefinition } from '@/lib/metrics';
import type { OverviewState } from '@/lib/overview-state';
import { REGIONS } from '@/lib/regions';
import type { GroupInfo } from '@/lib/selection';

const TEXT = {
  vi: { edition: 'Địa giới', date: 'Ngày số liệu', metric: 'Chỉ tiêu', scope: 'Phạm vi', all: 'Toàn quốc', regions: 'Vùng', groups: 'Nhóm, hội nghị', show: 'Xem', latest: 'mới nhất', byDate: 'Theo ngày số liệu', since: 'So sánh với ngày' },
  en: { edition: 'Map edition', date: 'Data date', metric: 'Metric', scope: 'Scope', all: 'Nationwide', regions: 'Regions', groups: 'Meeting groups', show: 'Show', latest: 'latest', byDate: 'By data date', since: 'Compare with date' },
};

export function OverviewControls({ state, edition, metrics, groups, latestDate, locale }: {
  state: OverviewState;
  /** The edition shown (lib/editions resolveView): an asked one, else the one in force on the date. */
  edition: Edition;
  metrics: MetricDefinition[]; groups: GroupInfo[]; latestDate: string; locale: Locale;
}) {
  const t = TEXT[locale];
  const scope = state.region ? `region:${state.region}` : state.group ? `group:${state.group}` : '';
  const field = 'flex flex-col gap-1 text-sm font-semibold';
  const input = 'rounded border border-slate-500 bg-white px-2 py-1 font-normal';
  return (
    <form id="overview-controls" method="get" action="/" className="flex flex-wrap items-end gap-3 print:hidden" data-testid="controls">
      <label className={field}>
        {t.edition}
        <select name="edition" defaultValue={state.edition ?? ''} className={input}>
          <option value="">{t.byDate} ({locale === 'vi' ? EDITION_INFO[edition].nameVi : EDITION_INFO[edition].nameEn})</option>
          {[...EDITIONS].reverse().map((e) => (
            <option key={e} value={e}>{locale === 'vi' ? EDITION_INFO[e].nameVi : EDITION_INFO[e].nameEn}</option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t.date} ({t.latest}: {latestDate.split('-').reverse().join('/')})
        <input type="date" name="date" defaultValue={state.date ?? ''} min="2023-01-01" max={latestDate} className={input} />
      </label>
      <label className={field}>
        {t.since}
        <input type="date" name="since" defaultValue={state.since ?? ''} min="2023-01-01" max={latestDate} className={input} />
      </label>
      <label className={field}>
        {t.metric}
        <select name="metric" defaultValue={state.metric} className={input}>
          {metrics.map((m) => <option key={m.key} value={m.key}>{metricName(m, locale)}</option>)}
        </select>
      </label>
      <label className={field}>
        {t.scope}
        <select name="scope" defaultValue={scope} className={input}>
          <option value="">{t.all}</option>
          <optgroup label={t.regions}>
            {REGIONS.map((r) => <option key={r.slug} value={`region:${r.slug}`}>{locale === 'vi' ? r.nameVi : r.nameEn}</option>)}
          </optgroup>
          <optgroup label={t.groups}>
            {groups.map((g) => <option key={g.slug} value={`group:${g.slug}`}>{locale === 'vi' ? g.nameVi : g.nameEn}</option>)}
          </optgroup>
        </select>
      </label>
      {state.sort !== state.metric && <input type="hidden" name="sort" value={state.sort} />}
      {state.dir !== 'desc' && <input type="hidden" name="dir" value={state.dir} />}
      <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white">{t.show}</button>
      <AutoSubmit formId="overview-controls" />
    </form>
  );
}
