// What the overview shows, from its state and its report: the metric cards, the ranking of each
// metric, the tile map and the league table. Pure and the only place that decides it: the
// overview page, the league CSV/JSON and the deck all render what this returns.
import { compareReports, improvementScore, pctDelta, type Changes, type MetricChange, type NationalChange } from '../changes';
import { isBeforeMerger, type Edition, type ViewDate } from '../editions';
import type { Point } from '../series';
import { formatDate, formatPercent, type Locale } from '../format';
import { translator } from '../i18n/i18n';
import { buildLeague, type League } from './league';
import { METRICS, type MetricDefinition, type MetricKey } from '../metrics';
import { compareMilestones, milestoneLabel, milestoneView, type MilestoneView } from '../milestones';
import type { OverviewState } from './overview-state';
import type { MetricProgress } from '../progress';
import type { Report } from '../report';
import type { Status } from '../status';

/** When each province reached each milestone (db/view milestoneReachedDates). */
export type Reached = ReadonlyMap<string, Partial<Record<MetricKey, string | null>>>;

export interface OverviewInput {
  state: Pick<OverviewState, 'metric' | 'sort' | 'dir'>;
  view: ViewDate;
  /** The report of the view; its national figures are those of the selection. */
  report: Report;
  /** The provinces looked at (null: all); the others are dimmed on the map. */
  codes: readonly string[] | null;
  reached: Reached;
  /**
   * The 63-province report of the same date, when the 34-province view shows a date before
   * 1/7/2025 (see needsFormerReport), with the codes of the selection in that edition.
   */
  former?: { report: Report; codes: readonly string[] | null } | null;
  /**
   * The report of the `since` date (same edition and selection, on or before the view's date):
   * cards add the change since, rankings and the league can order by improvement.
   */
  since?: Report | null;
  locale: Locale;
}

export interface Card {
  metric: MetricDefinition;
  progress: MetricProgress;
  trend: Point[];
  /** A milestone before the merger: how many of the former provinces had reached it. */
  former: { value: number; denominator: number } | null;
  /** The change since the overview's `since` date, when one is asked for. */
  since: (NationalChange & { date: string }) | null;
}

export interface RankingItem {
  code: string;
  name: string;
  progress: MetricProgress;
  /** Set for a milestone: shown as reached (since when) or due, never as a % bar. */
  milestone: MilestoneView | null;
  /** The figure shown beside the name: % of target, or the milestone's label (and, with `since`, the change of %). */
  label: string;
  /** The change since the `since` date, when one is asked for. */
  change: MetricChange | null;
}

export interface TileView {
  code: string;
  name: string;
  status: Status;
  valueLabel: string;
  dimmed: boolean;
}

export interface OverviewView {
  edition: Edition;
  asOf: string;
  available: boolean;
  /** The state's metric when it applies on the date, else null. */
  metric: MetricKey | null;
  cards: Card[];
  /** Per metric, the selection's provinces best first. */
  rankings: Partial<Record<MetricKey, RankingItem[]>>;
  /** Every province of the edition, on the state's metric. */
  tiles: TileView[];
  league: League;
  /** What changed since the `since` date (lib/changes.ts), when one is asked for. */
  changes: Changes | null;
}

/** Whether the view needs the 63-province report too: the 34-province view before the merger. */
export function needsFormerReport(view: ViewDate): boolean {
  return view.edition === '2025' && isBeforeMerger(view.date);
}

/** A province's page, in the view's edition. */
export function provinceHref(edition: Edition, code: string): string {
  return `/provinces/${code}${edition === '2025' ? '' : `?edition=${edition}`}`;
}

function formerCounts(former: NonNullable<OverviewInput['former']>, key: MetricKey): Card['former'] {
  const units = former.report.units.filter((u) => (!former.codes || former.codes.includes(u.code)) && u.metrics[key]);
  if (units.length === 0) return null;
  return { value: units.reduce((s, u) => s + (u.metrics[key]!.value ?? 0), 0), denominator: units.length };
}

export function deriveOverview(input: OverviewInput): OverviewView {
  const { report, codes, reached, locale, state } = input;
  const inSelection = (code: string) => !codes || codes.includes(code);
  const isMilestone = (key: MetricKey) => METRICS.find((m) => m.key === key)?.kind === 'milestone';
  const milestones = (code: string) =>
    Object.fromEntries(report.metrics.filter(isMilestone).flatMap((key) => {
      const p = report.units.find((u) => u.code === code)?.metrics[key];
      return p ? [[key, milestoneView(p, reached.get(code)?.[key])]] : [];
    })) as Partial<Record<MetricKey, MilestoneView>>;
  const changes = input.since ? compareReports(input.since, report, codes) : null;
  const changeOf = (code: string, key: MetricKey) => changes?.units.find((u) => u.code === code)?.metrics[key] ?? null;
  const score = (code: string) => {
    const unit = changes?.units.find((u) => u.code === code);
    return unit ? (improvementScore(unit.metrics)?.score ?? null) : null;
  };
  const league = buildLeague(report.units, report.metrics, (u) => inSelection(u.code), state.sort, state.dir, milestones, score);
  const former = input.former && needsFormerReport(input.view) ? input.former : null;

  const cards = METRICS.filter((m) => report.nationalDetail[m.key as MetricKey]).map((m): Card => {
    const key = m.key as MetricKey;
    return {
      metric: m,
      progress: report.nationalDetail[key]!,
      trend: report.nationalSeries[key] ?? [],
      former: former && m.kind === 'milestone' ? formerCounts(former, key) : null,
      since: changes?.national[key] ? { ...changes.national[key]!, date: changes.from } : null,
    };
  });

  const label = (progress: MetricProgress, milestone: MilestoneView | null) =>
    milestone ? milestoneLabel(milestone, locale, progress.value !== null) : formatPercent(progress.pctOfTarget, locale, 0);
  // The change of % of target since `since`, in points (capped at 100% as in the delta ranking).
  const delta = (change: MetricChange | null) => (change ? pctDelta(change) : null);
  const withDelta = (text: string, change: MetricChange | null) => {
    const d = delta(change);
    if (d === null || !changes) return text;
    const points = formatPercent(Math.abs(d), locale, 1).replace(/\s?%$/, '');
    const signed = `${d > 0 ? '+' : d < 0 ? '−' : ''}${points}`;
    return `${text} (${translator(locale, 'OverviewView')('pointsSince', { change: signed, date: formatDate(changes.from, locale) })})`;
  };
  const rankings: OverviewView['rankings'] = {};
  for (const key of report.metrics) {
    const items = league.rows
      .filter((r) => r.metrics[key])
      .map((r): RankingItem => {
        const milestone = r.milestones[key] ?? null;
        const change = changeOf(r.code, key);
        return { code: r.code, name: r.name, progress: r.metrics[key]!, milestone, label: withDelta(label(r.metrics[key]!, milestone), change), change };
      });
    const byImprovement = (a: RankingItem, b: RankingItem) => {
      const [x, y] = [delta(a.change), delta(b.change)];
      if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
      return y - x || a.code.localeCompare(b.code);
    };
    rankings[key] = changes && state.sort === 'improved'
      ? items.sort(byImprovement)
      : isMilestone(key)
      ? items.sort((a, b) => compareMilestones({ ...a.milestone!, code: a.code }, { ...b.milestone!, code: b.code }))
      : items.sort((a, b) => (b.progress.pctOfTarget ?? -1) - (a.progress.pctOfTarget ?? -1) || a.code.localeCompare(b.code));
  }

  const metric = report.metrics.includes(state.metric) ? state.metric : null;
  const tiles = report.units.map((u): TileView => {
    const p = metric ? u.metrics[metric] : undefined;
    const milestone = p && metric && isMilestone(metric) ? milestoneView(p, reached.get(u.code)?.[metric]) : null;
    return {
      code: u.code,
      name: u.name,
      status: p?.status ?? 'no_data',
      valueLabel: p ? label(p, milestone) : formatPercent(null, locale),
      dimmed: !inSelection(u.code),
    };
  });

  return { edition: report.edition, asOf: report.asOf, available: report.available, metric, cards, rankings, tiles, league, changes };
}
