// Targets of one province (administrators): the target in force for each metric, editable;
// a changed baseline date adds a new target that replaces the earlier one from that date.
import { getLocale } from '../../locale';
import { requireUser } from '../../session';
import { TargetsForm } from './targets-form';
import { SiteHeader } from '@/components/site-header';
import { getStore } from '@/db/client';
import { getUnitHistory } from '@/db/history';
import { isIllustrative } from '@/db/store-facts';
import { listUnits } from '@/db/units';
import { vietnamDate } from '@/lib/dates';
import { editionInForce } from '@/lib/editions';
import { metricName } from '@/lib/format';
import { metricsForEdition, type MetricKey } from '@/lib/metrics';
import type { SearchParams } from '@/lib/overview-state';
import { targetInForce } from '@/lib/plan';

export const dynamic = 'force-dynamic';

export default async function TargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = await getLocale(params);
  const user = await requireUser('/data/targets');
  const vi = locale === 'vi';
  const today = vietnamDate(new Date());
  const edition = editionInForce(today);
  const store = getStore();
  const units = listUnits(store, edition);
  const code = typeof params.unit === 'string' && units.some((u) => u.code === params.unit) ? params.unit : units[0].code;
  const history = getUnitHistory(store, { edition, code })!;
  const lines = metricsForEdition(edition).map((m) => {
    const own = (history.metrics[m.key as MetricKey]?.targets ?? []).filter((x) => x.edition === edition && x.unitCode === code);
    const t = targetInForce(own, today);
    return {
      metric: m.key, name: metricName(m, locale),
      baselineDate: t?.baselineDate ?? today, baselineValue: t?.baselineValue ?? 0, dueDate: t?.dueDate ?? '', targetValue: t?.targetValue ?? 0, note: '',
    };
  });
  return (
    <div className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/data/targets" illustrative={isIllustrative(store)} />
      <main className="space-y-4">
        <h1 className="text-2xl font-bold">{vi ? 'Chỉ tiêu của địa phương' : 'Targets of a province'}</h1>
        {user.role !== 'admin' && <p>{vi ? 'Chỉ quản trị viên được sửa chỉ tiêu.' : 'Only administrators may change targets.'}</p>}
        <form method="get" className="flex items-end gap-2 text-sm">
          <label className="flex flex-col gap-1 font-semibold">{vi ? 'Đơn vị' : 'Unit'}
            <select name="unit" defaultValue={code} className="rounded border border-slate-500 px-2 py-1 font-normal">
              {units.map((u) => <option key={u.code} value={u.code}>{u.nameVi} ({u.code})</option>)}
            </select>
          </label>
          <button className="rounded border border-slate-700 px-3 py-1.5 font-semibold">{vi ? 'Mở' : 'Open'}</button>
        </form>
        {user.role === 'admin' && <TargetsForm key={code} unit={code} lines={lines} locale={locale} />}
      </main>
    </div>
  );
}
