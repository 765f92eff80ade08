// The slides of projector mode, sized in viewport units (app/globals.css .deck): body text at
// least 2.5% of the viewport width, titles at least 3.75%, status always icon + word + colour.
import type { ReactNode } from 'react';
import { STATUS_STYLE } from '../../../../components/status';
import { formatCompact, formatDate, formatNumber, formatPercent, metricShortName, type Locale } from '@/lib/format';
import { actionStatusLabel, statusLabel, translator } from '@/lib/i18n/i18n';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { acrossMergerLabel } from '@/lib/milestones';
import type { Card, RankingItem } from '@/lib/view/overview';
import type { MetricProgress } from '@/lib/progress';
import { STATUSES, type Status } from '@/lib/status';
import { layoutSize, TILE_LAYOUTS, tileAbbreviation } from '@/lib/view/tile-layouts';
import type { CommuneLag } from '@/lib/view/deck';
import type { Edition } from '@/lib/editions';
import { ACTION_TEXT_CHARS, fitText, type ActionsSlideData, type ChangesSlideData, type ReviewAction } from '@/lib/view/deck-review';

/** An action's state at a glance, beside its word (never colour alone). */
const ACTION_ICON: Record<ReviewAction['status'] | 'overdue', string> = { todo: '○', doing: '◐', done: '✓', cancelled: '×', overdue: '!' };

/** Status as the back of the room reads it: a coloured icon and the word. */
export function SlideStatus({ status, locale }: { status: Status; locale: Locale }) {
  return (
    <span className="s-status" data-status={status}>
      <span className={`s-icon s-${status}`} aria-hidden="true">{STATUS_STYLE[status].icon}</span>
      {statusLabel(status, locale)}
    </span>
  );
}

/** A bullet bar: actual (status colour), planned-by-now tick, target at 80% (scale to 125%). */
export function SlideBar({ progress }: { progress: MetricProgress }) {
  const at = (ratio: number | null) => `${(Math.min(Math.max(ratio ?? 0, 0), 1.25) / 1.25) * 100}%`;
  return (
    <span className="s-bar" aria-hidden="true">
      <span className={`s-fill s-${progress.status}`} style={{ width: at(progress.pctOfTarget) }} />
      <span className="s-expected" style={{ left: at(progress.expectedPct) }} />
      <span className="s-target" />
    </span>
  );
}

export function TitleSlide({ title, subtitle, asOf, liveUrl, qrSvg, locale, notes }: {
  title: string; subtitle: string; asOf: string; liveUrl: string; qrSvg: string; locale: Locale; notes: string[];
}) {
  const t = translator(locale, 'Deck');
  return (
    <section className="slide s-title-slide" data-kind="title">
      <div>
        <p className="s-kicker">{t('kicker')}</p>
        <h1>{title}</h1>
        <p>{subtitle}</p>
        <p>{t('asOf', { date: formatDate(asOf, locale) })}</p>
        <p className="s-note">{t('live')} <span className="s-url">{liveUrl}</span></p>
        {notes.map((n) => <p key={n} className="s-note">{n}</p>)}
      </div>
      {/* The QR code is an SVG made on the server by uqr from our own URL: no user markup. */}
      <figure className="s-qr" aria-label={liveUrl} dangerouslySetInnerHTML={{ __html: qrSvg }} />
    </section>
  );
}

export function SummarySlide({ title, cards, locale }: { title: string; cards: Card[]; locale: Locale }) {
  return (
    <section className="slide" data-kind="summary">
      <h2>{title}</h2>
      <ul className="s-cards">
        {cards.map(({ metric: def, progress: m, former }) => {
          const share = def.kind !== 'cumulative' && m.denominator !== null;
          return (
            <li key={def.key} data-metric={def.key}>
              <p className="s-name">{metricShortName(def, locale)}</p>
              <p className="s-big" data-testid="summary-value">{share ? `${formatNumber(m.value, locale)} / ${formatNumber(m.denominator, locale)}` : formatCompact(m.value, locale)}</p>
              {former && <p data-testid="summary-former">{acrossMergerLabel(m, former, locale)}</p>}
              <p>{translator(locale, 'Deck')('ofTarget', { pct: formatPercent(m.pctOfTarget, locale, 0) })}</p>
              <p><SlideStatus status={m.status} locale={locale} /></p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Rows as lib/view/overview ranks them: a milestone reads "đã đạt 12/09/2024", never a bar. */
export function RankingSlide({ title, metric, rows, locale, startRank }: {
  title: string; metric: MetricKey; rows: RankingItem[]; locale: Locale; startRank: number;
}) {
  return (
    <section className="slide" data-kind="ranking" data-metric={metric}>
      <h2>{title}</h2>
      <ol className="s-ranking" start={startRank}>
        {rows.map((r, i) => (
          <li key={r.code}>
            <span className="s-rank">{startRank + i}</span>
            <span className="s-name">{r.name}</span>
            {r.milestone ? (
              <span className="s-ms" data-testid="milestone">{r.label}</span>
            ) : (
              <>
                <SlideBar progress={r.progress} />
                <span className="s-pct">{r.label}</span>
              </>
            )}
            <SlideStatus status={r.progress.status} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function MapSlide({ title, edition, tiles, locale, highlight }: {
  title: string; edition: Edition; tiles: { code: string; name: string; status: Status }[]; locale: Locale; highlight: string[] | null;
}) {
  const { cols, rows } = layoutSize(edition);
  const layout = TILE_LAYOUTS[edition];
  const counts = new Map<Status, number>();
  for (const t of tiles) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  return (
    <section className="slide" data-kind="map">
      <h2>{title}</h2>
      <div className="s-map-row">
        <div className="s-map" style={{ gridTemplateColumns: `repeat(${cols}, var(--tile))`, gridTemplateRows: `repeat(${rows}, var(--tile))`, ['--rows' as string]: rows }}>
          {tiles.filter((t) => layout[t.code]).map((t) => (
            <span
              key={t.code}
              className={`s-tile s-${t.status}${highlight?.includes(t.code) ? ' s-chosen' : ''}`}
              style={{ gridArea: `${layout[t.code][1] + 1}/${layout[t.code][0] + 1}` }}
              title={`${t.name}: ${statusLabel(t.status, locale)}`}
              data-mark="tile"
            >
              {tileAbbreviation(edition, t.code)}
            </span>
          ))}
        </div>
        <ul className="s-legend">
          {STATUSES.map((s) => (
            <li key={s}><SlideStatus status={s} locale={locale} />: {counts.get(s) ?? 0}</li>
          ))}
          {highlight && <li className="s-note">{translator(locale, 'Deck')('outlined')}</li>}
        </ul>
      </div>
    </section>
  );
}

/** `communes`: a 2025 province's lagging communes on the slide's date (null: not shown). */
export function ProvinceSlide({ name, subtitle, metrics, progress, communes, locale, children }: {
  name: string; subtitle: string; metrics: MetricKey[]; progress: Partial<Record<MetricKey, MetricProgress>>; communes: CommuneLag | null; locale: Locale;
  /** Its open actions (ProvinceActions): the figures then take two lines each to make room. */
  children?: ReactNode;
}) {
  const t = translator(locale, 'Communes');
  return (
    <section className="slide" data-kind="province">
      <h2>{name} <span className="s-sub">{subtitle}</span></h2>
      {/* With communes or actions below, each metric takes two text rows instead of three (.s-compact). */}
      <ul className={children || communes ? 's-province s-compact' : 's-province'}>
        {metrics.map((key) => {
          const m = progress[key];
          if (!m) return null;
          const def = metricByKey(key);
          return (
            <li key={key}>
              <span className="s-name">{metricShortName(def, locale)}</span>
              <SlideStatus status={m.status} locale={locale} />
              <SlideBar progress={m} />
              <span className="s-pct">{formatPercent(m.pctOfTarget, locale, 0)} · {formatCompact(m.value, locale)}</span>
            </li>
          );
        })}
      </ul>
      {communes && (
        <div className="s-communes" data-testid="commune-lag" data-count={communes.count}>
          <p>{t('lagging', { count: communes.count })}</p>
          {communes.oldest.length > 0 && <p className="s-note">{t('oldestGap', { names: communes.oldest.join(', ') })}</p>}
        </div>
      )}
      {children}
    </section>
  );
}

/** "Kể từ hội nghị trước": the provinces that improved most (delta ranking) and those that slipped. */
export function ChangesSlide({ title, data, locale }: { title: string; data: ChangesSlideData; locale: Locale }) {
  const t = translator(locale, 'Deck');
  const points = (score: number) => {
    const text = formatPercent(Math.abs(score), locale, 1).replace(/\s?%$/, '');
    return t('points', { change: `${score > 0 ? '+' : score < 0 ? '−' : ''}${text}` });
  };
  return (
    <section className="slide" data-kind="changes">
      <h2>{title}</h2>
      <p className="s-note">{t('changesDates', { from: formatDate(data.from, locale), to: formatDate(data.to, locale) })}</p>
      <div className="s-columns">
        <div>
          <h3>{t('improved')}</h3>
          {data.improved.shown.length === 0 ? <p className="s-note">{t('noneImproved')}</p> : (
            <ol className="s-review" data-testid="improved">
              {data.improved.shown.map((u) => (
                <li key={u.code}><span className="s-name">{u.name}</span> <span className="s-pct">{points(u.score)}</span></li>
              ))}
            </ol>
          )}
          {data.improved.more > 0 && <p className="s-note">{t('more', { count: data.improved.more })}</p>}
        </div>
        <div>
          <h3>{t('slipped')}</h3>
          {data.slipped.shown.length === 0 ? <p className="s-note">{t('noneSlipped')}</p> : (
            <ul className="s-review" data-testid="slipped">
              {data.slipped.shown.map((u) => (
                <li key={u.code}>
                  <span className="s-name">{u.name}</span>
                  <span className="s-line">{fitText(`↓ ${u.metrics.map((m) => metricShortName(metricByKey(m.metric), locale)).join(', ')}`, 30)}</span>
                </li>
              ))}
            </ul>
          )}
          {data.slipped.more > 0 && <p className="s-note">{t('more', { count: data.slipped.more })}</p>}
        </div>
      </div>
    </section>
  );
}

/** One action on a slide line: its status (icon + word), due date, province and what it is. */
function ActionLine({ a, locale, province }: { a: ReviewAction; locale: Locale; province: boolean }) {
  const state = a.overdue ? 'overdue' : a.status;
  return (
    <li data-overdue={a.overdue ? 'true' : undefined}>
      <span className="s-astatus">{ACTION_ICON[state]} {actionStatusLabel(state, locale)}</span>
      <span className="s-due">{formatDate(a.dueDate, locale)}</span>
      {province && <span className="s-name">{a.unitName}</span>}
      <span className="s-atext">{fitText(a.action, province ? ACTION_TEXT_CHARS.withProvince : ACTION_TEXT_CHARS.alone)}</span>
    </li>
  );
}

/** "Biện pháp từ hội nghị trước": how many are done, in progress and overdue, and the list. */
export function ActionsSlide({ title, meeting, data, locale }: { title: string; meeting: string | null; data: ActionsSlideData<ReviewAction>; locale: Locale }) {
  const t = translator(locale, 'Deck');
  return (
    <section className="slide" data-kind="actions">
      <h2>{title}</h2>
      {meeting && <p className="s-note">{fitText(meeting, 60)}</p>}
      <p className="s-counts" data-testid="action-counts">{t('actionsCounts', { ...data.counts })}</p>
      {data.shown.length === 0 ? <p className="s-note">{t('noPrevious')}</p> : (
        <ol className="s-actions" data-testid="actions">
          {data.shown.map((a) => <ActionLine key={a.id} a={a} locale={locale} province />)}
        </ol>
      )}
      {data.more > 0 && <p className="s-note">{t('moreActions', { count: data.more })}</p>}
    </section>
  );
}

/** A province slide's open actions, below its figures (overdue first). */
export function ProvinceActions({ actions, total, locale }: { actions: { shown: ReviewAction[]; more: number }; total: number; locale: Locale }) {
  const t = translator(locale, 'Deck');
  return (
    <div className="s-province-actions">
      <h3>{t('openActions', { count: total })}</h3>
      <ol className="s-actions" data-testid="province-actions">
        {actions.shown.map((a) => <ActionLine key={a.id} a={a} locale={locale} province={false} />)}
      </ol>
      {actions.more > 0 && <p className="s-note">{t('moreActions', { count: actions.more })}</p>}
    </div>
  );
}
