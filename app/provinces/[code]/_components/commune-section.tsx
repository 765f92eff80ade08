// The province page's "Xã, phường" section: how many communes reached the land-data milestone
// on the date (the province's communes_digitized), the list, and its downloads.
import { CommuneList } from './commune-list';
import { communeRow, type CommuneStatus } from '@/lib/communes/communes';
import { formatDate, formatNumber, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';

export function CommuneSection({ province, communes, date, locale }: { province: string; communes: readonly CommuneStatus[]; date: string; locale: Locale }) {
  const t = translator(locale, 'Communes');
  const reached = communes.filter((c) => c.landData.reached).length;
  const download = (format: 'csv' | 'xlsx') => `/api/v1/units/${province}/communes?date=${date}&format=${format}&lang=${locale}`;
  return (
    <section aria-labelledby="communes-title" className="space-y-2" data-testid="communes">
      <h2 id="communes-title" className="text-lg font-semibold">{t('title')}</h2>
      <p data-testid="communes-reached" data-reached={reached}>{t('summary', { reached: formatNumber(reached, locale), total: formatNumber(communes.length, locale), date: formatDate(date, locale) })}</p>
      <p className="flex gap-4 text-sm">
        <a className="underline" href={download('csv')}>{t('downloadCsv')}</a>
        <a className="underline" href={download('xlsx')}>{t('downloadXlsx')}</a>
      </p>
      {/* On paper the list is left out (the province page keeps to two A4 pages), with where to find it. */}
      <p className="hidden text-sm print:block" data-testid="communes-print-note">{t('printNote', { total: formatNumber(communes.length, locale), page: `/provinces/${province}` })}</p>
      <div className="print:hidden">
      <CommuneList
        province={province}
        communes={communes.map((c) => communeRow(c, {
          reached: c.landData.reached ? t('reachedText', { date: formatDate(c.landData.date, locale) }) : null,
          parcels: c.parcels ? formatNumber(c.parcels.value, locale) : null,
          lastReport: c.lastReport ? formatDate(c.lastReport, locale) : null,
        }))}
        shownText={t('shown', { count: 'COUNT', total: formatNumber(communes.length, locale) })}
        text={{
          code: t('code'), name: t('name'), kind: t('kindHeader'), reached: t('reached'), parcels: t('parcels'), lastReport: t('lastReport'),
          search: t('search'), onlyNotYet: t('onlyNotYet'), notYet: t('notYet'), none: t('none'),
          kinds: { commune: t('kind.commune'), ward: t('kind.ward'), special_zone: t('kind.special_zone') },
        }}
      />
      </div>
    </section>
  );
}
