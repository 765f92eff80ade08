// A province's standing on every metric as of the report date.
import { StatusBadge } from '../../../../components/status';
import {
  formatChange, formatDate, formatNumber, formatPercent, metricName, metricUnit, type Locale,
} from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import type { MetricProgress } from '@/lib/progress';

const COLUMNS = ['metric', 'value', 'reportDate', 'target', 'due', 'pctTarget', 'pctExpected', 'status', 'change', 'forecast'] as const;

export function ProvinceTable({ metrics, locale, caption }: { metrics: Partial<Record<MetricKey, MetricProgress>>; locale: Locale; caption: string }) {
  const t = translator(locale, 'ProvinceTable');
  const headers = COLUMNS.map((c) => t(c));
  return (
    // A region that may scroll sideways (beside the open actions on a narrow screen) is reachable by keyboard.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-sm tabular-nums" data-testid="province-table">
        <caption className="mb-1 text-left text-lg font-semibold">{caption}</caption>
        <thead className="border-b-2 border-slate-400">
          <tr>{headers.map((h, i) => <th key={h} scope="col" className={`px-2 py-1 align-bottom ${i === 0 || i === 7 ? 'text-left' : 'text-right'}`}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {(Object.keys(metrics) as MetricKey[]).map((key) => {
            const m = metrics[key]!;
            const def = metricByKey(key);
            const ofDenominator = def.kind === 'share' && m.denominator !== null ? ` / ${formatNumber(m.denominator, locale)}` : '';
            return (
              <tr key={key} className="border-b border-slate-200" data-metric={key}>
                <th scope="row" className="px-2 py-1 text-left font-normal">{metricName(def, locale)} <span className="text-slate-600">({metricUnit(def, locale)})</span></th>
                <td className="px-2 py-1 text-right" data-field="value" data-raw={m.value ?? ''}>{formatNumber(m.value, locale)}{ofDenominator}</td>
                <td className="px-2 py-1 text-right" data-field="reportDate">{formatDate(m.reportDate, locale)}</td>
                <td className="px-2 py-1 text-right" data-field="target" data-raw={m.target ?? ''}>{formatNumber(m.target, locale)}</td>
                <td className="px-2 py-1 text-right">{formatDate(m.dueDate, locale)}</td>
                <td className="px-2 py-1 text-right">{formatPercent(m.pctOfTarget, locale)}</td>
                <td className="px-2 py-1 text-right">{formatPercent(m.expectedPct, locale)}</td>
                <td className="px-2 py-1" data-field="status" data-raw={m.status}><StatusBadge status={m.status} locale={locale} /></td>
                <td className="px-2 py-1 text-right">{formatChange(m.change, locale)}</td>
                <td className="px-2 py-1 text-right">{m.forecast.date ? formatDate(m.forecast.date, locale) : t('noForecast')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
