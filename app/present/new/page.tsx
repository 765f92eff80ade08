// Building a deck: choose the provinces (a meeting group or a list), map edition, date, metrics,
// seconds per slide, language and theme; get the deck's URL and a QR code of it, for the
// audience to open it on their phones. A plain GET form: the choices are the page's URL too.
import { headers } from 'next/headers';
import Link from 'next/link';
import { getLocale } from '../../locale';
import { requireReader } from '../../session';
import { SiteHeader } from '@/app/site-header';
import { getStore } from '@/db/store/client';
import { listGroups } from '@/db/meetings/groups';
import { isIllustrative } from '@/db/store-facts';
import { listUnits } from '@/db/units';
import { viewFor } from '@/db/view';
import { deckQuery, parseDeckOptions } from '@/lib/view/deck';
import { EDITION_INFO, EDITIONS } from '@/lib/editions';
import { localName, metricName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricsForEdition, type MetricKey } from '@/lib/metrics';
import type { SearchParams } from '@/lib/view/overview-state';
import { qrSvg } from '@/lib/view/qr';

export const dynamic = 'force-dynamic';

export default async function NewDeckPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireReader('/present/new');
  const params = await searchParams;
  const locale = await getLocale(params);
  const t = translator(locale, 'DeckBuilder');
  // Checkbox lists arrive as repeated parameters; the deck takes comma lists.
  const joined = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
  const { options } = parseDeckOptions(joined);
  const store = getStore();
  const { edition } = viewFor(store, options);
  const groups = listGroups(store, edition);
  const units = listUnits(store, edition);
  const submitted = Object.keys(params).length > 0;
  const url = `http://${(await headers()).get('host') ?? 'localhost:3000'}/present${deckQuery(options)}`;
  const field = 'flex flex-col gap-1 font-semibold';
  const input = 'rounded border border-slate-500 bg-white px-2 py-1 font-normal';

  return (
    <div className="mx-auto max-w-5xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/present/new" illustrative={isIllustrative(store)} />
      <main className="space-y-6">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <form method="get" action="/present/new" className="grid gap-4 sm:grid-cols-2" data-testid="deck-builder">
          <label className={field}>
            {t('group')}
            <select name="group" defaultValue={options.group ?? ''} className={input}>
              <option value="">{t('none')}</option>
              {groups.map((g) => <option key={g.slug} value={g.slug}>{localName(g, locale)}</option>)}
            </select>
          </label>
          <label className={field}>
            {t('edition')}
            <select name="edition" defaultValue={options.edition ?? ''} className={input}>
              <option value="">{t('byDate', { edition: localName(EDITION_INFO[edition], locale) })}</option>
              {[...EDITIONS].reverse().map((e) => <option key={e} value={e}>{localName(EDITION_INFO[e], locale)}</option>)}
            </select>
          </label>
          <fieldset className="sm:col-span-2">
            <legend className="font-semibold">{t('units')}</legend>
            <div className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4 lg:grid-cols-6">
              {units.map((u) => (
                <label key={u.code} className="flex items-center gap-1 text-sm">
                  <input type="checkbox" name="units" value={u.code} defaultChecked={options.units?.includes(u.code)} />
                  {u.nameVi}
                </label>
              ))}
            </div>
          </fieldset>
          <label className={field}>
            {t('date')}
            <input type="date" name="date" defaultValue={options.date ?? ''} className={input} />
          </label>
          <label className={field}>
            {t('interval')}
            <input type="number" name="interval" min={0} max={600} defaultValue={options.interval} className={input} />
          </label>
          <fieldset>
            <legend className="font-semibold">{t('metrics')}</legend>
            {metricsForEdition(edition).map((m) => (
              <label key={m.key} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="metrics" value={m.key} defaultChecked={options.metrics?.includes(m.key as MetricKey)} />
                {metricName(m, locale)}
              </label>
            ))}
          </fieldset>
          <div className="space-y-4">
            <label className={field}>
              {t('lang')}
              <select name="lang" defaultValue={options.lang} className={input}>
                <option value="vi">Tiếng Việt</option>
                <option value="en">English</option>
              </select>
            </label>
            <label className={field}>
              {t('theme')}
              <select name="theme" defaultValue={options.theme} className={input}>
                <option value="light">{t('light')}</option>
                <option value="dark">{t('dark')}</option>
              </select>
            </label>
          </div>
          <button type="submit" className="justify-self-start rounded bg-slate-900 px-4 py-2 font-semibold text-white">{t('make')}</button>
        </form>
        {submitted && (
          <section aria-labelledby="deck-url" className="grid gap-4 rounded border border-slate-400 p-4 sm:grid-cols-[1fr_auto]" data-testid="deck-link">
            <div className="space-y-2">
              <h2 id="deck-url" className="text-lg font-semibold">{t('url')}</h2>
              <p className="break-all font-mono text-sm" data-testid="deck-url">{url}</p>
              <p><Link className="underline" href={`/present${deckQuery(options)}`}>{t('open')}</Link></p>
              <p className="text-sm text-slate-700">{t('keys')}</p>
            </div>
            {/* uqr draws the QR code as SVG on the server, from the URL built above. */}
            <figure aria-label={t('qr', { url })} className="w-48" data-testid="deck-qr" dangerouslySetInnerHTML={{ __html: qrSvg(url, 2) }} />
          </section>
        )}
      </main>
    </div>
  );
}
