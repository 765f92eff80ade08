// The minutes of a meeting (biên bản), derived once and shown three ways: the printable page
// (app/meetings/[id]/minutes), its CSV (lib/exports/csv.ts) and its XLSX (lib/exports/xlsx.ts). Pure:
// the caller reads the meeting, the reports on its date and its baseline date (the same edition
// and provinces) and the provinces' actions; this file decides what the minutes hold.
//
// One section per invited province, in code order: each metric's figure on the meeting date
// (value, target, % of target, status) with what changed since the baseline (value then, change,
// status then: lib/changes.ts compareReports), then the province's actions: those agreed at this
// meeting and those from other meetings still open, overdue first (lib/actions/rules.ts order).
import { compareActions, matchesStatusFilter, type ActionView } from '../actions/rules';
import { actionStatusText } from '../actions/table';
import { compareReports, type MetricChange } from '../changes';
import type { Edition } from '../editions';
import { formatDate, formatPercent, metricName, NO_VALUE, type Locale } from '../format';
import { statusLabel, translator } from '../i18n/i18n';
import { metricByKey, type MetricKey } from '../metrics';
import type { Report } from '../report';
import type { Status } from '../status';
import { dateCell, type TableCell } from '../exports/xlsx';

/** What the minutes need of a meeting (db/meetings/meetings.ts Meeting). */
export interface MinutesMeeting {
  id: number;
  slug: string;
  title: string;
  date: string;
  place: string | null;
  edition: Edition;
  units: readonly string[];
  baselineDate: string;
  illustrative: boolean;
}

/** What the minutes need of an action (db/actions/actions.ts, as the API shows it). */
export interface MinutesActionInput extends ActionView {
  notes: readonly { date: string; text: string }[];
}

export interface MinutesFigure extends MetricChange {
  metric: MetricKey;
  target: number | null;
  dueDate: string | null;
}

export interface MinutesSection {
  code: string;
  name: string;
  figures: MinutesFigure[];
  actions: MinutesActionInput[];
}

export interface Minutes {
  meeting: MinutesMeeting;
  /** The figures' date (the meeting's, or the latest report before it) and the baseline's. */
  asOf: string;
  baselineDate: string;
  /** The meeting or its figures are illustrative: every view says so. */
  illustrative: boolean;
  metrics: MetricKey[];
  sections: MinutesSection[];
}

export interface MinutesInput {
  meeting: MinutesMeeting;
  /** The report on the meeting date and on its baseline date: the meeting's edition, its provinces. */
  report: Report;
  baseline: Report;
  /** The provinces' actions (any order), each under the meeting's code of its province. */
  actions: readonly MinutesActionInput[];
  /** Vietnam's calendar date: decides which actions are overdue (lib/actions/rules.ts). */
  today: string;
}

export function deriveMinutes(input: MinutesInput): Minutes {
  const { meeting, report, baseline } = input;
  const before = baseline.asOf <= report.asOf ? baseline : report;
  const changes = compareReports(before, report, meeting.units);
  const afterUnits = new Map(report.units.map((u) => [u.code, u]));
  const sections = changes.units
    .slice()
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u): MinutesSection => ({
      code: u.code,
      name: u.name,
      figures: changes.metrics.flatMap((metric): MinutesFigure[] => {
        const change = u.metrics[metric];
        if (!change) return [];
        const progress = afterUnits.get(u.code)?.metrics[metric];
        return [{ metric, ...change, target: progress?.target ?? null, dueDate: progress?.dueDate ?? null }];
      }),
      actions: input.actions
        .filter((a) => a.unit === u.code && (a.meetingId === meeting.id || matchesStatusFilter(a, 'open', input.today)))
        .sort((a, b) => compareActions(a, b, input.today)),
    }));
  return {
    meeting,
    asOf: report.asOf,
    baselineDate: before.asOf,
    illustrative: meeting.illustrative || report.illustrative,
    metrics: changes.metrics,
    sections,
  };
}

/** The minutes as one table (a row per figure, then a row per action of each province): the CSV and the XLSX. */
export function minutesTable(minutes: Minutes, locale: Locale): { header: string[]; rows: TableCell[][] } {
  const t = translator(locale, 'Minutes');
  const header = [
    t('colMeeting'), t('colMeetingDate'), t('colCode'), t('colProvince'), t('colKind'), t('colMetric'),
    t('colValue'), t('colTarget'), t('colPct'), t('colStatus'),
    t('colBaselineValue'), t('colChange'), t('colBaselineStatus'),
    t('colProblem'), t('colCause'), t('colAction'), t('colOwner'), t('colDue'), t('colActionStatus'), t('colNotes'), t('colIllustrative'),
  ];
  const m = minutes.meeting;
  const lead = (s: MinutesSection): TableCell[] => [m.title, dateCell(m.date), s.code, s.name];
  const mark = minutes.illustrative ? t('illustrativeMark') : '';
  const rows: TableCell[][] = [];
  for (const s of minutes.sections) {
    for (const f of s.figures) {
      rows.push([
        ...lead(s), t('kindFigure'), metricName(metricByKey(f.metric), locale),
        f.to, f.target, f.pctTo === null ? null : Math.round(f.pctTo * 10000) / 10000, statusLabel(f.statusTo, locale),
        f.from, f.change, statusLabel(f.statusFrom, locale),
        null, null, null, null, null, null, null, mark,
      ]);
    }
    for (const a of s.actions) {
      rows.push([
        ...lead(s), t('kindAction'), a.metric ? metricName(metricByKey(a.metric), locale) : t('wholeProvince'),
        null, null, null, null, null, null, null,
        a.problem, a.cause, a.action, a.owner, dateCell(a.dueDate), actionStatusText(a, locale),
        a.notes.map((n) => `${formatDate(n.date, locale)}: ${n.text}`).join('\n'), mark,
      ]);
    }
  }
  return { header, rows };
}

/** "47,0 %" or "—": a figure's % of target as the page shows it. */
export function pctText(pct: number | null, locale: Locale): string {
  return pct === null ? NO_VALUE : formatPercent(pct, locale, 1);
}

/** The status change of a figure, as words: "Chậm tiến độ → Đúng tiến độ", or one status when unchanged. */
export function statusChangeText(from: Status, to: Status, locale: Locale): string {
  return from === to ? statusLabel(to, locale) : `${statusLabel(from, locale)} → ${statusLabel(to, locale)}`;
}
