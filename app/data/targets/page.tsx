// Targets of one province (administrators): the target in force for each metric, editable;
// a changed baseline date adds a new target that replaces the earlier one from that date.
import { getLocale } from '../../locale';
import { requireUser } from '../../session';
import { TargetsForm } from './targets-form';
import { SiteHeader } from '@/app/site-header';
import { getStore } from '@/db/store/client';
import { getUnitHistory } from '@/db/history';
import { isIllustrative } from '@/db/store-facts';
import { listUnits } from '@/db/units';
import { vietnamDate } from '@/lib/dates';
import { editionInForce } from '@/lib/editions';
import { metricName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricsForEdition, type MetricKey } from '@/lib/metrics';
import type { SearchParams } from '@/lib/view/overview-state';
import { targetInForce } from '@/lib/plan';
import { maySetTargets } from '@/lib/security/permissions';

export const dynamic = 'force-dynamic';

export default async function TargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = await getLocale(params);
  const user = await requireUser('/data/targets');
  const t = translator(locale, 'TargetsPage');
  const f = translator(locale, 'TargetsForm');
  const today = vietnamDate(new Date());
  const edition = editionInForce(today);
  const store = getStore();
  const units = listUnits(store, edition);
  const code = typeof params.unit === 'string' && units.some((u) => u.code === params.unit) ? params.unit : units[0].code;
  const history = getUnitHistory(store, { edition, code })!;
  const lines = metricsForEdition(edition).map((m) => {
    const own = (history.metrics[m.key as MetricKey]?.targets ?? []).filter((x) => x.edition === edition && x.unitCode === code);
    const inForce = targetInForce(own, today);
    return {
      metric: m.key, name: metricName(m, locale),
      baselineDate: inForce?.baselineDate ?? today, baselineValue: inForce?.baselineValue ?? 0, dueDate: inForce?.dueDate ?? '', targetValue: inForce?.targetValue ?? 0, note: '',
    };
  });
  return (
    <div className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/data/targets" illustrative={isIllustrative(store)} />
      <main className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {!maySetTargets(user) && <p>{t('onlyAdmins')}</p>}
        <form method="get" className="flex items-end gap-2 text-sm">
          <label className="flex flex-col gap-1 font-semibold">{t('unit')}
            <select name="unit" defaultValue={code} className="rounded border border-slate-500 px-2 py-1 font-normal">
              {units.map((u) => <option key={u.code} value={u.code}>{u.nameVi} ({u.code})</option>)}
            </select>
          </label>
          <button className="rounded border border-slate-700 px-3 py-1.5 font-semibold">{t('open')}</button>
        </form>
        {maySetTargets(user) && <TargetsForm
            key={code} unit={code} lines={lines} locale={locale}
            text={{
              headers: [f('metric'), f('baselineDate'), f('baseline'), f('due'), f('target'), f('note')], save: f('save'), denied: f('denied'),
              labels: Object.fromEntries(lines.map((l) => [l.metric, {
                baselineDate: f('baselineDateLabel', { metric: l.name }), baseline: f('baselineLabel', { metric: l.name }), due: f('dueLabel', { metric: l.name }),
                target: f('targetLabel', { metric: l.name }), note: f('noteLabel', { metric: l.name }),
              }])),
            }}
          />}
      </main>
    </div>
  );
}
