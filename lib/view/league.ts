// The league table: every province x every metric, filtered and sorted as the overview shows
// it. The page and its CSV download both build it here, so the file is exactly what is shown.
import { formatDate, metricName, type Locale } from '../format';
import { statusLabel, translator } from '../i18n/i18n';
import { metricByKey, type MetricKey } from '../metrics';
import { compareMilestones, milestoneLabel, type MilestoneView } from '../milestones';
import type { SortColumn } from './overview-state';
import type { MetricProgress } from '../progress';
import type { ReportUnit } from '../report';
import { STATUSES, type Status } from '../status';
import { dateCell, type TableCell } from '../exports/xlsx';

export interface LeagueRow {
  code: string;
  name: string;
  region: string | null;
  metrics: Partial<Record<MetricKey, MetricProgress>>;
  /** Milestone metrics: reached (since when) or due; they sort and read by this, not by %. */
  milestones: Partial<Record<MetricKey, MilestoneView>>;
}

export interface League {
  metrics: MetricKey[];
  rows: LeagueRow[];
  /** How many shown provinces are in each status, per metric. */
  statusCounts: Partial<Record<MetricKey, Record<Status, number>>>;
}

const collator = new Intl.Collator('vi');

export function buildLeague(
  units: readonly ReportUnit[],
  metrics: readonly MetricKey[],
  include: (unit: ReportUnit) => boolean,
  sort: SortColumn,
  dir: 'asc' | 'desc',
  milestonesOf: (code: string) => LeagueRow['milestones'] = () => ({}),
  /** The delta-ranking score since the overview's `since` date (lib/changes.ts), for sort=improved. */
  improvementOf: (code: string) => number | null = () => null,
): League {
  const rows = units.filter(include).map((u) => ({ code: u.code, name: u.name, region: u.region, metrics: u.metrics, milestones: milestonesOf(u.code) }));
  const sign = dir === 'asc' ? 1 : -1;
  const byMetric = (key: MetricKey) => (r: LeagueRow) => r.metrics[key]?.pctOfTarget ?? null;
  rows.sort((a, b) => {
    let order = 0;
    if (sort === 'code') order = a.code.localeCompare(b.code);
    else if (sort === 'name') order = collator.compare(a.name, b.name);
    else if (sort === 'region') order = collator.compare(a.region ?? '', b.region ?? '');
    else if (sort === 'improved') {
      const [x, y] = [improvementOf(a.code), improvementOf(b.code)];
      if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
      order = x - y;
    } else if (rows.some((r) => r.milestones[sort])) {
      // A milestone: reached first (earliest first), then by due date; "desc" is that order.
      const [x, y] = [a.milestones[sort], b.milestones[sort]];
      if (!x || !y) return x === y ? a.code.localeCompare(b.code) : !x ? 1 : -1;
      order = -compareMilestones({ ...x, code: '' }, { ...y, code: '' });
    } else {
      const [x, y] = [byMetric(sort)(a), byMetric(sort)(b)];
      // Provinces without a figure go last, whichever the direction.
      if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
      order = x - y;
    }
    return sign * order || a.code.localeCompare(b.code);
  });
  const statusCounts: League['statusCounts'] = {};
  for (const key of metrics) {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const r of rows) {
      const status = r.metrics[key]?.status;
      if (status) counts[status]++;
    }
    statusCounts[key] = counts;
  }
  return { metrics: [...metrics], rows, statusCounts };
}

/** The league as CSV cells: raw numbers (no locale separators), labels in the reader's language. */
export function leagueCsv(league: League, locale: Locale, edition: string, dates: 'text' | 'cells' = 'text'): { header: string[]; rows: TableCell[][] } {
  const t = translator(locale, 'LeagueCsv');
  // The map edition names whose figures they are (a 2025 province before 1/7/2025 is a sum), so an edited file can be imported back.
  const header = [t('code'), t('name'), t('region'), t('edition')];
  for (const key of league.metrics) {
    const metric = metricName(metricByKey(key), locale);
    const milestone = metricByKey(key).kind === 'milestone';
    header.push(
      t('value', { metric }),
      t('target', { metric }),
      milestone ? t('milestone', { metric }) : t('pct', { metric }),
      t('status', { metric }),
      t('reportDate', { metric }),
    );
  }
  const rows = league.rows.map((r) => [
    r.code,
    r.name,
    r.region,
    edition,
    ...league.metrics.flatMap((key) => {
      const m = r.metrics[key];
      const milestone = r.milestones[key];
      return [
        m?.value ?? null,
        m?.target ?? null,
        milestone && m
          ? milestoneLabel(milestone, locale, m.value !== null)
          : m?.pctOfTarget === null || m?.pctOfTarget === undefined ? null : Math.round(m.pctOfTarget * 1000) / 10,
        m ? statusLabel(m.status, locale) : null,
        m?.reportDate ? (dates === 'cells' ? dateCell(m.reportDate) : formatDate(m.reportDate, locale)) : null,
      ];
    }),
  ]);
  return { header, rows };
}
