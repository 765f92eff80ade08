// The entry form: one unit and report date, every metric, with the previous values shown.
import { getLocale } from '../../locale';
import { requireUser } from '../../session';
import { EntryForm } from './entry-form';
import { SiteHeader } from '@/app/site-header';
import { getStore } from '@/db/store/client';
import { storedNeighbours } from '@/db/import';
import { isIllustrative } from '@/db/store-facts';
import { communesOf } from '@/db/communes';
import { findUnit, listUnits } from '@/db/units';
import { mayWrite } from '@/lib/communes/rules';
import { isIsoDate, vietnamDate } from '@/lib/dates';
import { editionInForce } from '@/lib/editions';
import { translator } from '@/lib/i18n/i18n';
import { metricsForEdition } from '@/lib/metrics';
import type { SearchParams } from '@/lib/view/overview-state';

export const dynamic = 'force-dynamic';

export default async function EntryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = await getLocale(params);
  const user = await requireUser('/data/entry');
  const t = translator(locale, 'EntryPage');
  const f = translator(locale, 'EntryForm');
  const today = vietnamDate(new Date());
  const date = typeof params.date === 'string' && isIsoDate(params.date) && params.date <= today ? params.date : today;
  const edition = editionInForce(date);
  const store = getStore();
  // Provinces the writer may report for, or whose communes they may (a commune's reporter).
  const scope = user.scope ?? null;
  const provinces = listUnits(store, edition);
  const communesAllowed = (code: string) =>
    edition === '2025' ? communesOf(store, code).filter((c) => mayWrite(scope, { edition, level: 'commune', code: c.code, province: code })) : [];
  const allowed = provinces.filter((u) => mayWrite(scope, { edition, level: 'province', code: u.code }) || communesAllowed(u.code).length > 0);
  const asked = typeof params.unit === 'string' ? params.unit : allowed[0]?.code;
  const province = asked ? findUnit(store, edition, asked) : null;
  const communes = province ? communesAllowed(province.code) : [];
  const askedCommune = typeof params.commune === 'string' ? params.commune : '';
  const mayProvince = province !== null && mayWrite(scope, { edition, level: 'province', code: province.code });
  // The unit of the form: the commune asked for, else the province (else its first commune the writer may report for).
  const commune = communes.find((c) => c.code === askedCommune) ?? (mayProvince ? null : communes[0] ?? null);
  const unit = commune ?? (mayProvince ? province : null);
  const level = commune ? 'commune' : 'province';
  const around = storedNeighbours(store);
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/data/entry" illustrative={isIllustrative(store)} />
      <main className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col gap-1 font-semibold">{t('unit')}
            <select name="unit" defaultValue={unit?.code} className="rounded border border-slate-500 px-2 py-1 font-normal">
              {allowed.map((u) => <option key={u.code} value={u.code}>{u.nameVi} ({u.code})</option>)}
            </select>
          </label>
          {communes.length > 0 && (
            <label className="flex flex-col gap-1 font-semibold">{t('commune')}
              <select name="commune" defaultValue={commune?.code ?? ''} className="rounded border border-slate-500 px-2 py-1 font-normal">
                {mayProvince && <option value="">{t('wholeProvince')}</option>}
                {communes.map((c) => <option key={c.code} value={c.code}>{c.nameVi} ({c.code})</option>)}
              </select>
            </label>
          )}
          <label className="flex flex-col gap-1 font-semibold">{t('date')}
            <input type="date" name="date" defaultValue={date} max={today} className="rounded border border-slate-500 px-2 py-1 font-normal" />
          </label>
          <button className="rounded border border-slate-700 px-3 py-1.5 font-semibold">{t('open')}</button>
        </form>
        {!unit || !province || !allowed.some((u) => u.code === province.code) ? (
          <p>{t('notAssigned')}</p>
        ) : (
          <EntryForm
            key={`${unit.code}-${date}`}
            unit={unit.code}
            province={commune ? province.code : undefined}
            date={date}
            edition={edition}
            today={today}
            locale={locale}
            text={{ previous: f('previous'), current: f('current'), next: f('next'), reason: f('reason'), submit: f('submit'), denied: f('denied') }}
            facts={{ districts: unit.districts, communes: unit.communes }}
            metrics={metricsForEdition(edition, level).map((def) => ({ def, stored: around(unit.id, def.id, date) }))}
          />
        )}
      </main>
    </div>
  );
}
