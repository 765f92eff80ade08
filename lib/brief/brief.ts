// The one-page brief for a leader (/brief, and its PDF /brief/pdf): the six headline figures with
// their status and change since the last meeting, the provinces lagging most on each metric,
// reporting completeness when the store knows it, and the open and overdue actions. Pure: the
// page and the PDF both print this document, word for word, so they cannot disagree; how much
// of each list is kept is decided here so that the whole fits one A4 page in either language.
import { fitText } from '@/lib/view/deck-review';
import { formatChange, formatCompact, formatDate, formatNumber, formatPercent, metricShortName, type Locale } from '@/lib/format';
import { actionStatusLabel, statusLabel, translator } from '@/lib/i18n/i18n';
import type { MetricDefinition } from '@/lib/metrics';
import type { Card, RankingItem } from '@/lib/view/overview';
import type { MetricProgress } from '@/lib/progress';
import type { Status } from '@/lib/status';

/** Provinces named per metric, actions listed and the characters of each: what one A4 page holds beside the rest. */
export const BRIEF_LIMITS = { lagging: 3, actions: 6, actionChars: 150 } as const;

/** What the brief needs of an open action (db/actions.ts Action). */
export interface BriefAction {
  unitName: string;
  action: string;
  dueDate: string;
  status: 'todo' | 'doing' | 'done' | 'cancelled';
  overdue: boolean;
}

/** A headline figure as the deck's summary and the brief show it: "47 / 63" for a share or a milestone, else compact. */
export function headlineValue(def: Pick<MetricDefinition, 'kind'>, m: Pick<MetricProgress, 'value' | 'denominator'>, locale: Locale): string {
  return def.kind !== 'cumulative' && m.denominator !== null ? `${formatNumber(m.value, locale)} / ${formatNumber(m.denominator, locale)}` : formatCompact(m.value, locale);
}

/** The provinces lagging most on a metric: behind or at risk, worst first (a ranking is best first). */
export function laggingOf(ranking: readonly RankingItem[], limit: number = BRIEF_LIMITS.lagging): RankingItem[] {
  return ranking.filter((r) => r.progress.status === 'behind' || r.progress.status === 'at_risk').reverse().slice(0, limit);
}

/** The last meeting held before the brief's date (the one its changes are counted from), or null. */
export function lastMeetingBefore<M extends { date: string }>(meetings: readonly M[], date: string): M | null {
  return meetings.filter((m) => m.date < date).sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
}

/**
 * Reporting completeness on the date, when the store has it (issue 21 adds it): how many of the
 * units expected to report did so. Null: not shown (the brief says nothing rather than guess).
 */
export interface BriefCompleteness {
  reported: number;
  expected: number;
}

export interface BriefInput {
  asOf: string;
  editionName: string;
  illustrative: boolean;
  cards: Card[];
  rankings: Partial<Record<string, RankingItem[]>>;
  /** The last meeting before the date (its label names its date), or null. */
  lastMeeting: { title: string } | null;
  /** Open actions (to do, in progress), overdue first (lib/action-rules compareActions). */
  openActions: readonly BriefAction[];
  completeness: BriefCompleteness | null;
  locale: Locale;
}

export interface BriefFigure {
  key: string;
  name: string;
  value: string;
  pct: string;
  status: Status;
  statusLabel: string;
  /** The change since the last meeting, signed; null without a meeting to compare with. */
  change: string | null;
}

export interface BriefDocument {
  title: string;
  subtitle: string;
  /** What the changes are counted from. */
  sinceNote: string;
  illustrative: string | null;
  figuresTitle: string;
  head: { metric: string; value: string; pct: string; status: string; change: string };
  figures: BriefFigure[];
  laggingTitle: string;
  lagging: { metric: string; provinces: string }[];
  completeness: { title: string; text: string } | null;
  actionsTitle: string;
  actionsSummary: string;
  actions: { state: string; overdue: boolean; due: string; province: string; text: string }[];
  moreActions: string | null;
  footer: string;
}

/** The brief's words and figures, in the reader's language. */
export function briefDocument(input: BriefInput): BriefDocument {
  const { locale, lastMeeting } = input;
  const t = translator(locale, 'Brief');
  const figures = input.cards.map(({ metric, progress, since }): BriefFigure => ({
    key: metric.key,
    name: metricShortName(metric, locale),
    value: headlineValue(metric, progress, locale),
    pct: formatPercent(progress.pctOfTarget, locale, 0),
    status: progress.status,
    statusLabel: statusLabel(progress.status, locale),
    change: lastMeeting && since ? formatChange(since.change, locale) : null,
  }));
  const lagging = input.cards.map(({ metric }) => {
    const worst = laggingOf(input.rankings[metric.key] ?? []);
    return {
      metric: metricShortName(metric, locale),
      provinces: worst.length === 0 ? t('noneLagging') : worst.map((r) => `${r.name} (${r.label})`).join(' · '),
    };
  });
  const overdue = input.openActions.filter((a) => a.overdue).length;
  const shown = input.openActions.slice(0, BRIEF_LIMITS.actions);
  return {
    title: t('title'),
    subtitle: t('subtitle', { date: formatDate(input.asOf, locale), edition: input.editionName }),
    sinceNote: lastMeeting ? t('since', { meeting: lastMeeting.title }) : t('noMeeting'),
    illustrative: input.illustrative ? t('illustrative') : null,
    figuresTitle: t('figures'),
    head: { metric: t('metric'), value: t('value'), pct: t('pct'), status: t('status'), change: t('change') },
    figures,
    laggingTitle: t('lagging'),
    lagging,
    completeness: input.completeness
      ? {
          title: t('completeness'),
          text: t('completenessText', {
            reported: formatNumber(input.completeness.reported, locale),
            expected: formatNumber(input.completeness.expected, locale),
            pct: formatPercent(input.completeness.expected === 0 ? 1 : input.completeness.reported / input.completeness.expected, locale, 0),
          }),
        }
      : null,
    actionsTitle: t('actions'),
    actionsSummary: t('actionsSummary', { open: input.openActions.length, overdue }),
    actions: shown.map((a) => ({
      state: actionStatusLabel(a.overdue ? 'overdue' : a.status, locale),
      overdue: a.overdue,
      due: formatDate(a.dueDate, locale),
      province: a.unitName,
      text: fitText(a.action, BRIEF_LIMITS.actionChars),
    })),
    moreActions: input.openActions.length > shown.length ? t('moreActions', { count: input.openActions.length - shown.length }) : null,
    footer: t('footer', { date: formatDate(input.asOf, locale) }),
  };
}
