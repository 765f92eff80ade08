// The nation's figures on every metric: value, target, % of target, status, data date.
import type { NationalSummary } from '@/db/queries';
import { EDITION_INFO } from '@/lib/editions';
import {
  formatChange, formatDate, formatNumber, formatPercent, metricName, metricUnit, statusLabel, type Locale,
} from '@/lib/format';
import { METRICS } from '@/lib/metrics';

const TEXT = {
  vi: {
    title: 'Đề án 06 — Tiến độ toàn quốc',
    asOf: 'Số liệu đến ngày',
    illustrative: 'Dữ liệu minh họa: số liệu và chỉ tiêu theo tỉnh không phải số liệu chính thức.',
    target: 'Chỉ tiêu',
    ofTarget: 'đạt',
    change: 'so với kỳ trước',
    noData: 'Chưa có số liệu.',
  },
  en: {
    title: 'Project 06 — national progress',
    asOf: 'Data as of',
    illustrative: 'Illustrative data: per-province figures and targets are not official.',
    target: 'Target',
    ofTarget: 'of target',
    change: 'since the previous report',
    noData: 'No data yet.',
  },
} as const;

export function NationalFigures({ summary, locale }: { summary: NationalSummary; locale: Locale }) {
  const t = TEXT[locale];
  const edition = EDITION_INFO[summary.edition];
  const shown = METRICS.filter((m) => summary.metrics[m.key]);
  return (
    <section aria-labelledby="national-title">
      <h1 id="national-title" className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-1 text-slate-700">
        {t.asOf} {formatDate(summary.asOf, locale)} · {locale === 'vi' ? edition.nameVi : edition.nameEn}
      </p>
      {summary.illustrative && (
        <p role="note" className="mt-3 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900">
          {t.illustrative}
        </p>
      )}
      {shown.length === 0 && <p className="mt-4">{t.noData}</p>}
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((metric) => {
          const m = summary.metrics[metric.key]!;
          return (
            <li key={metric.key} className="rounded-lg border border-slate-300 p-4" data-metric={metric.key}>
              <h2 className="font-semibold">{metricName(metric, locale)}</h2>
              <p className="mt-2 text-3xl font-bold" data-testid="national-value">
                {formatNumber(m.value, locale)}
                {m.denominator !== null && metric.kind !== 'cumulative' && (
                  <span className="text-lg font-normal"> / {formatNumber(m.denominator, locale)}</span>
                )}
                <span className="ml-1 text-base font-normal">{metricUnit(metric, locale)}</span>
              </p>
              <p className="mt-1 text-sm text-slate-700">
                {t.target} {formatNumber(m.target, locale)} · {formatPercent(m.pctOfTarget, locale)} {t.ofTarget}
              </p>
              <p className="mt-1 text-sm">
                <strong>{statusLabel(m.status, locale)}</strong> · {formatChange(m.change, locale)} {t.change}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
