// Every province on one metric, best first: a bullet bar each (actual, the planned value for the
// date, the target at 100%), drawn as HTML on the server. A milestone reads as one: "đã đạt
// 12/09/2024" or "chưa đạt · hạn 30/06/2025", never as a bar.
import { STATUS_STYLE, statusClass } from '../../../components/status';
import { formatNumber, formatPercent, type Locale } from '@/lib/format';
import { statusLabel, translator } from '@/lib/i18n/i18n';
import type { RankingItem as RankedUnit } from '@/lib/view/overview';

export type RankingItem = RankedUnit & { href: string };

/** The bar runs to 125% so that provinces past their target still show how far past. */
const SCALE = 1.25;
const position = (ratio: number | null) => `${(Math.min(Math.max(ratio ?? 0, 0), SCALE) / SCALE) * 100}%`;

export function Ranking({ title, items, locale }: { title: string; items: RankingItem[]; locale: Locale }) {
  const t = translator(locale, 'Ranking');
  return (
    <section aria-labelledby="ranking-title">
      <h2 id="ranking-title" className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-700">
        <span><span className="inline-block h-2 w-4 align-middle" style={{ background: '#1d4f91' }} /> {t('actual')}</span>
        <span><span className="inline-block h-3 w-0.5 align-middle bg-slate-900" /> {t('planned')}</span>
        <span><span className="inline-block h-3 w-0.5 align-middle border-l-2 border-dashed border-slate-900" /> {t('target')}</span>
      </p>
      {items.length === 0 && <p className="mt-2">{t('empty')}</p>}
      <ol className="rk mt-2" data-testid="ranking">
        {items.map((item, i) => (
          <li key={item.code}>
            <span className="k">{i + 1}</span>
            <a href={item.href} title={item.name}>{item.name}</a>
            {item.milestone ? (
              <span className="ms" data-testid="milestone">{item.label}</span>
            ) : (<>
            <span
              className="bar"
              role="img"
              aria-label={t('bar', {
                name: item.name, pct: formatPercent(item.progress.pctOfTarget, locale), expected: formatPercent(item.progress.expectedPct, locale),
                value: formatNumber(item.progress.value, locale), target: formatNumber(item.progress.target, locale),
              })}
            >
              <span className={`a ${statusClass(item.progress.status)}`} style={{ width: position(item.progress.pctOfTarget) }} />
              <span className="e" style={{ left: position(item.progress.expectedPct) }} />
              <span className="t" />
            </span>
            <span className="k">{item.label}</span>
            </>)}
            <i className={statusClass(item.progress.status)}>{STATUS_STYLE[item.progress.status].icon}<span className="sr">{statusLabel(item.progress.status, locale)}</span></i>
          </li>
        ))}
      </ol>
    </section>
  );
}
