// A commune's reports, newest first: on each date, whether its land data was digitized by then
// and the parcels it reported that day.
import { communeHistoryRows, type CommuneHistoryRow } from '@/lib/communes/communes';
import type { Point } from '@/lib/series';
import { formatDate, formatNumber, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';

export function CommuneHistory({ reports, asOf, locale }: { reports: { landData: readonly Point[]; parcels: readonly Point[] }; asOf: string; locale: Locale }) {
  const t = translator(locale, 'Communes');
  const rows: CommuneHistoryRow[] = communeHistoryRows(reports, asOf);
  return (
    <section aria-labelledby="commune-history-title" className="space-y-2">
      <h2 id="commune-history-title" className="text-lg font-semibold">{t('history')}</h2>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="text-sm tabular-nums" data-testid="commune-history">
            <thead className="border-b-2 border-slate-400">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">{t('date')}</th>
                <th scope="col" className="px-2 py-1 text-left">{t('reached')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('parcels')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.date} className="border-b border-slate-200">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{formatDate(r.date, locale)}</th>
                  <td className="px-2 py-1">{r.reached ? t('reachedShort') : t('notYet')}</td>
                  <td className="px-2 py-1 text-right">{r.parcels === null ? '–' : formatNumber(r.parcels, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
