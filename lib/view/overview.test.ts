import { describe, expect, it } from 'vitest';
import { resolveView } from '../editions';
import { leagueCsv } from './league';
import { metricByKey, type MetricKey } from '../metrics';
import { reachedDate } from '../milestones';
import { deriveOverview, needsFormerReport, type OverviewInput } from './overview';
import { buildReport, type ReportUnitInput } from '../report';

const CIVIL: MetricKey = 'civil_status_digitized';
const HEALTH: MetricKey = 'health_book_records';
const ASOF = '2024-11-13';

/** A province: its civil-status milestone (reached on a date, or due) and its health-book count. */
function unit(code: string, civil: { reached?: string; due: string }, health: number): ReportUnitInput {
  const points = [{ date: '2024-01-01', value: 0 }, ...(civil.reached ? [{ date: civil.reached, value: 1 }] : [])];
  return {
    code, nameVi: `Tỉnh ${code}`, nameAscii: `Tinh ${code}`, kind: 'province', region: null,
    metrics: {
      [CIVIL]: {
        series: { points, complete: true }, denominator: 1,
        plan: { targetValue: 1, expectedValue: civil.due <= ASOF ? 1 : 0, dueDate: civil.due, shape: 'step' },
      },
      [HEALTH]: {
        series: { points: [{ date: ASOF, value: health }], complete: true }, denominator: null,
        plan: { targetValue: 100, expectedValue: 50, dueDate: '2025-12-31', shape: 'linear' },
      },
    },
  };
}

function reportOf(edition: '2024' | '2025', units: ReportUnitInput[], selection?: string[]) {
  return buildReport({
    asOf: ASOF, edition, sourceEdition: '2024', available: true, illustrative: true,
    metrics: [metricByKey(HEALTH), metricByKey(CIVIL)], units, selection,
  });
}

const UNITS = [
  unit('01', { reached: '2024-03-01', due: '2024-12-31' }, 40),
  unit('02', { reached: '2024-02-01', due: '2024-12-31' }, 90),
  unit('03', { due: '2025-06-30' }, 120),
  unit('04', { due: '2024-10-31' }, 10),
];
const REACHED = new Map(UNITS.map((u) => {
  const civil = u.metrics[CIVIL]!.series.points;
  return [u.code, { [CIVIL]: reachedDate(civil, 1) }];
}));
const FORMER = reportOf('2024', [...UNITS, unit('05', { reached: '2024-05-05', due: '2024-12-31' }, 1), unit('06', { due: '2024-12-31' }, 1)]);

const base = (change: Partial<OverviewInput> = {}): OverviewInput => ({
  state: { metric: CIVIL, sort: CIVIL, dir: 'desc' },
  view: resolveView({ date: ASOF }, '2026-11-23'),
  report: reportOf('2024', UNITS),
  codes: null,
  reached: REACHED,
  former: null,
  locale: 'vi',
  ...change,
});

describe('deriveOverview', () => {
  it.each([
    ['vi', CIVIL, null, ['02', '01', '04', '03'], ['đã đạt 01/02/2024', 'đã đạt 01/03/2024', 'chưa đạt · hạn 31/10/2024', 'chưa đạt · hạn 30/06/2025']],
    ['en', CIVIL, null, ['02', '01', '04', '03'], ['reached 01/02/2024', 'reached 01/03/2024', 'not yet · due 31/10/2024', 'not yet · due 30/06/2025']],
    ['vi', CIVIL, ['01', '03'], ['01', '03'], ['đã đạt 01/03/2024', 'chưa đạt · hạn 30/06/2025']],
    ['vi', HEALTH, null, ['03', '02', '01', '04'], ['120%', '90%', '40%', '10%']],
  ] as const)('%s ranking of %s, selection %j: %j', (locale, metric, codes, order, labels) => {
    const view = deriveOverview(base({ locale, codes, state: { metric, sort: metric, dir: 'desc' } }));
    const ranking = view.rankings[metric]!;
    expect(ranking.map((r) => r.code)).toEqual(order);
    expect(ranking.map((r) => r.label.replace(/\u00a0/g, ' '))).toEqual(labels);
    expect(ranking.every((r) => (metric === CIVIL ? r.milestone !== null : r.milestone === null))).toBe(true);
  });

  it('the map shows every province, dims those outside the selection, and labels a milestone as one', () => {
    const view = deriveOverview(base({ codes: ['01'] }));
    expect(view.tiles.map((t) => [t.code, t.dimmed, t.valueLabel])).toEqual([
      ['01', false, 'đã đạt 01/03/2024'], ['02', true, 'đã đạt 01/02/2024'], ['03', true, 'chưa đạt · hạn 30/06/2025'], ['04', true, 'chưa đạt · hạn 31/10/2024'],
    ]);
    expect(view.league.rows.map((r) => r.code)).toEqual(['01']);
  });

  it('the league sorts a milestone by the date reached, and its CSV reads the milestone, not a %', () => {
    const { league } = deriveOverview(base());
    expect(league.rows.map((r) => r.code)).toEqual(['02', '01', '04', '03']);
    const csv = leagueCsv(league, 'en', '2024');
    const column = csv.header.findIndex((h) => h.endsWith('milestone'));
    expect(csv.rows.map((r) => r[column])).toEqual(['reached 01/02/2024', 'reached 01/03/2024', 'not yet · due 31/10/2024', 'not yet · due 30/06/2025']);
  });

  it.each([
    // asked edition, asked date → whether the former provinces' count is shown, and what it says
    ['2025', ASOF, { value: 3, denominator: 6 }],
    [null, ASOF, null],
    ['2025', '2025-07-01', null],
  ] as const)('edition %s on %s: the milestone card\'s former count is %j', (edition, date, former) => {
    const view = resolveView({ edition, date }, '2026-11-23');
    expect(needsFormerReport(view)).toBe(former !== null);
    const derived = deriveOverview(base({ view, report: reportOf(view.edition, UNITS), former: { report: FORMER, codes: null } }));
    expect(derived.cards.find((c) => c.metric.key === CIVIL)!.former).toEqual(former);
    expect(derived.cards.find((c) => c.metric.key === HEALTH)!.former).toBeNull();
  });

  it('the former count follows the selection in the former edition', () => {
    const view = resolveView({ edition: '2025', date: ASOF }, '2026-11-23');
    const derived = deriveOverview(base({ view, report: reportOf('2025', UNITS), former: { report: FORMER, codes: ['05', '06'] } }));
    expect(derived.cards.find((c) => c.metric.key === CIVIL)!.former).toEqual({ value: 1, denominator: 2 });
  });

  it('cards are the report\'s national (the selection\'s) figures; a metric that does not apply gives no ranking', () => {
    const derived = deriveOverview(base({ report: reportOf('2024', UNITS, ['01', '02']), state: { metric: 'communes_digitized', sort: 'code', dir: 'asc' } }));
    expect(derived.metric).toBeNull();
    expect(derived.cards.find((c) => c.metric.key === CIVIL)!.progress).toMatchObject({ value: 2, denominator: 2 });
  });
});

describe('reachedDate', () => {
  it.each([
    [[], null],
    [[{ date: '2024-01-01', value: 0 }], null],
    [[{ date: '2024-01-01', value: 0 }, { date: '2024-02-01', value: 1 }, { date: '2024-03-01', value: 1 }], '2024-02-01'],
    [[{ date: '2024-01-01', value: 1 }, { date: '2024-02-01', value: 0 }, { date: '2024-03-01', value: 1 }], '2024-03-01'],
    [[{ date: '2024-01-01', value: 1 }, { date: '2024-02-01', value: 0 }], null],
  ])('%j → %s', (points, want) => {
    expect(reachedDate(points, 1)).toBe(want);
  });
});

describe('deriveOverview with a "since" date', () => {
  // 2/10/2024: health 10, 80, 100, 5 of 100 (civil status as on 13/11). On 13/11: 40, 90, 120, 10.
  const SINCE_UNITS = [
    unit('01', { reached: '2024-03-01', due: '2024-12-31' }, 10),
    unit('02', { reached: '2024-02-01', due: '2024-12-31' }, 80),
    unit('03', { due: '2025-06-30' }, 100),
    unit('04', { due: '2024-10-31' }, 5),
  ];
  const since = { ...reportOf('2024', SINCE_UNITS), asOf: '2024-10-02' };

  it('cards add the national change since the date', () => {
    const derived = deriveOverview(base({ since }));
    expect(derived.cards.find((c) => c.metric.key === HEALTH)!.since).toEqual({ from: 195, to: 260, change: 65, date: '2024-10-02' });
    expect(derived.cards.find((c) => c.metric.key === CIVIL)!.since).toEqual({ from: 2, to: 2, change: 0, date: '2024-10-02' });
    expect(derived.changes?.from).toBe('2024-10-02');
    expect(deriveOverview(base()).cards.every((c) => c.since === null)).toBe(true);
  });

  it('sort=improved orders the ranking by the change of % of target (capped at 100%), and labels it', () => {
    const derived = deriveOverview(base({ since, state: { metric: HEALTH, sort: 'improved', dir: 'desc' } }));
    const ranking = derived.rankings[HEALTH]!;
    // 01: 10% → 40% (+30), 02: +10, 04: +5, 03: 100% → 120% counts as +0.
    expect(ranking.map((r) => r.code)).toEqual(['01', '02', '04', '03']);
    expect(ranking.map((r) => r.label.replace(/\u00a0/g, ' '))).toEqual([
      '40% (+30,0 điểm % · từ 02/10/2024)', '90% (+10,0 điểm % · từ 02/10/2024)', '10% (+5,0 điểm % · từ 02/10/2024)', '120% (0,0 điểm % · từ 02/10/2024)',
    ]);
    // Without `since`, improved means nothing: the usual order.
    expect(deriveOverview(base({ state: { metric: HEALTH, sort: 'improved', dir: 'desc' } })).rankings[HEALTH]!.map((r) => r.code)).toEqual(['03', '02', '01', '04']);
  });

  it('the league sorts by the delta-ranking score (mean over the metrics), its CSV in that order', () => {
    const { league } = deriveOverview(base({ since, state: { metric: HEALTH, sort: 'improved', dir: 'desc' } }));
    expect(league.rows.map((r) => r.code)).toEqual(['01', '02', '04', '03']);
    const asc = deriveOverview(base({ since, state: { metric: HEALTH, sort: 'improved', dir: 'asc' } })).league;
    expect(asc.rows.map((r) => r.code)).toEqual(['03', '04', '02', '01']);
  });
});
