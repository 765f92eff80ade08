// A meeting's agenda as text, pure: each lagging figure (lib/changes.ts compareReports) with its
// value, target, % of target and change since the baseline written as vi-VN writes them
// (lib/format.ts); a milestone reads "chưa đạt · hạn 30/06/2025" (lib/milestones.ts), never a %.
import type { LaggingItem } from './changes';
import { formatChange, formatNumber, formatPercent, metricName, type Locale } from './format';
import { metricByKey, type MetricKey } from './metrics';
import { milestoneLabel } from './milestones';
import type { Status } from './status';

export interface AgendaRow {
  code: string;
  name: string;
  metric: MetricKey;
  metricName: string;
  value: string;
  target: string;
  pctFrom: string;
  pctTo: string;
  change: string;
  statusFrom: Status;
  statusTo: Status;
}

export function agendaRows(lagging: readonly LaggingItem[], locale: Locale): AgendaRow[] {
  return lagging.map((item) => {
    const def = metricByKey(item.metric);
    const milestone = def.kind === 'milestone';
    return {
      code: item.code,
      name: item.name,
      metric: item.metric,
      metricName: metricName(def, locale),
      value: milestone ? milestoneLabel({ reached: false, reachedDate: null, dueDate: item.dueDate }, locale, item.to !== null) : formatNumber(item.to, locale),
      target: milestone ? '' : formatNumber(item.target, locale),
      pctFrom: milestone ? '' : formatPercent(item.pctFrom, locale),
      pctTo: milestone ? '' : formatPercent(item.pctTo, locale),
      change: milestone ? '' : formatChange(item.change, locale),
      statusFrom: item.statusFrom,
      statusTo: item.statusTo,
    };
  });
}
