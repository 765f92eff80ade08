// Actions as a table: the rows of /api/v1/actions?format=csv|xlsx (and of any other download of
// actions, e.g. the minutes). Dates are date cells (lib/exports/xlsx.ts dateCell); the CSV writes
// them as vi-VN reads them (13/11/2024). Words come from the catalogues (ActionsTable).
import type { ActionView } from './rules';
import type { ActionStatus } from './status';
import { formatDate, metricName, type Locale } from '../format';
import { actionStatusLabel, translator } from '../i18n/i18n';
import { metricByKey } from '../metrics';
import type { Message } from '../message';
import { dateCell, type TableCell } from '../exports/xlsx';

/** What a row needs of an action (db/actions/actions.ts Action is one). */
export interface ActionTableItem extends ActionView {
  unitName: string;
  illustrative: boolean;
  notes: { date: string; text: string; by: Message }[];
}

/** An action's status in words, with "Quá hạn" when its due date passed unfinished: "Chưa làm · Quá hạn". */
export function actionStatusText(a: { status: ActionStatus; overdue: boolean }, locale: Locale): string {
  return a.overdue ? `${actionStatusLabel(a.status, locale)} · ${actionStatusLabel('overdue', locale)}` : actionStatusLabel(a.status, locale);
}

const COLUMNS = ['id', 'unit', 'unitName', 'metric', 'meeting', 'problem', 'cause', 'action', 'owner', 'dueDate', 'status', 'notes', 'illustrative'] as const;

export function actionTable(items: readonly ActionTableItem[], locale: Locale): { header: string[]; rows: TableCell[][] } {
  const t = translator(locale, 'ActionsTable');
  return {
    header: COLUMNS.map((c) => t(c)),
    rows: items.map((a) => [
      a.id,
      a.unit,
      a.unitName,
      a.metric ? metricName(metricByKey(a.metric), locale) : t('wholeProvince'),
      a.meetingId,
      a.problem,
      a.cause,
      a.action,
      a.owner,
      dateCell(a.dueDate),
      actionStatusText(a, locale),
      a.notes.map((n) => `${formatDate(n.date, locale)} (${n.by[locale]}): ${n.text}`).join('\n') || null,
      a.illustrative ? t('yes') : null,
    ]),
  };
}

/** The same rows for a CSV: a date cell written dd/mm/yyyy. */
export function csvCells(rows: readonly (readonly TableCell[])[], locale: Locale): (string | number | null)[][] {
  return rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? formatDate(c.date, locale) : (c ?? null))));
}
