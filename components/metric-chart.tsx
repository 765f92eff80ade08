'use client';
// One metric of one province over time: reports (solid), the planned path (dotted), the forecast
// (dashed), the target (horizontal) and the due date (vertical). recharts draws in the browser
// only; pages load this through components/metric-chart-lazy.tsx, so recharts stays out of
// their first-load JavaScript. No animation anywhere: stable screenshots and print.
import { useMemo, useState, type ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_HEIGHT, chartDomain, chartRowsOf, chartTicks, type ChartColumns } from '@/lib/view/chart-series';
import { dayNumber, fromDayNumber } from '@/lib/dates';
import { formatCompact, formatDate, formatNumber, type Locale } from '@/lib/format';

export interface MetricChartProps {
  /** lib/view/chart-series buildChartSeries(...), as columns (chartColumns): the smaller payload. */
  columns: ChartColumns;
  /** The target value in force; null: no target line. */
  target: number | null;
  /** Its due date (ISO); null: no due-date line. */
  dueDate: string | null;
  locale: Locale;
  /** The metric's name, shown as the caption. */
  title: string;
  /** The metric's unit ('hồ sơ', 'records'), after values in the tooltip. */
  unit: string;
  /** The chart's accessible name (lib/view/chart-series chartSummary), made on the server. */
  summary: string;
  /** The words of the chart in the reader's language (the catalogue's Chart namespace). */
  labels: ChartLabels;
}

/** Translated on the server (app/provinces/[code]): this file runs in the browser. */
export interface ChartLabels {
  actual: string;
  planned: string;
  forecast: string;
  target: string;
  noData: string;
  loading: string;
  /** 'Hạn 31/12/2024', with the due date; null without one. */
  due: string | null;
}

/** Colours reach 3:1 against white (chart marks); see components/status.tsx. */
export const CHART_COLOURS = {
  actual: '#1d4f91',
  planned: '#4b5563',
  forecast: '#a35c00',
  target: '#b3261e',
  axis: '#334155',
  grid: '#e2e8f0',
} as const;

/** Labels on the reference lines: white halo so they stay legible over the lines they cross. */
const LABEL_STYLE = {
  fill: CHART_COLOURS.target,
  fontSize: 12,
  fontWeight: 600,
  stroke: '#ffffff',
  strokeWidth: 3,
  paintOrder: 'stroke',
} as const;

function dayLabel(x: unknown, locale: Locale): string {
  return typeof x === 'number' && Number.isFinite(x) ? formatDate(fromDayNumber(x), locale) : '';
}

export function MetricChart({ columns, target, dueDate, locale, title, unit, summary, labels: t }: MetricChartProps) {
  const rows = useMemo(() => chartRowsOf(columns), [columns]);
  const domain = chartDomain(rows, dueDate);
  const hasPlanned = rows.some((r) => r.planned !== undefined);
  const hasForecast = rows.some((r) => r.forecast !== undefined);
  // Fewer date ticks on a narrow chart: dd/MM/yyyy is some 70 px wide.
  const [maxTicks, setMaxTicks] = useState(5);
  // Small counts (a milestone is 0 or 1): one tick per whole number, not 0 to 4.
  const yMax = Math.max(target ?? 0, ...rows.map((r) => Math.max(r.actual ?? 0, r.planned ?? 0, r.forecast ?? 0)));
  const yTickCount = yMax >= 1 && yMax < 4 ? Math.ceil(yMax) + 1 : 5;

  // Values in the tooltip: whole numbers (a linear plan's value on a date is fractional).
  const formatValue = (value: unknown): ReactNode => {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? `${formatNumber(Math.round(n), locale)}${unit ? ` ${unit}` : ''}` : '';
  };

  return (
    <figure data-testid="metric-chart" aria-label={summary} className="m-0 min-w-0">
      <figcaption className="font-semibold">{title}</figcaption>
      <div className="mt-2 w-full min-w-0" style={{ height: CHART_HEIGHT }}>
        {domain === null ? (
          <div className="flex h-full items-center justify-center rounded border border-dashed border-slate-300 text-slate-700">
            {t.noData}
          </div>
        ) : (
          <ResponsiveContainer width="100%" height="100%" onResize={(width) => setMaxTicks(width < 480 ? 3 : 5)}>
            <ComposedChart data={rows} margin={{ top: 8, right: 28, bottom: 0, left: 4 }} desc={summary}>
              <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
              <XAxis
                dataKey="x"
                type="number"
                scale="time"
                domain={domain}
                ticks={chartTicks(domain, maxTicks)}
                minTickGap={12}
                tickFormatter={(x: number) => dayLabel(x, locale)}
                tick={{ fill: CHART_COLOURS.axis, fontSize: 12 }}
                stroke={CHART_COLOURS.axis}
              />
              <YAxis
                width="auto"
                tickFormatter={(y: number) => formatCompact(y, locale)}
                tick={{ fill: CHART_COLOURS.axis, fontSize: 12 }}
                stroke={CHART_COLOURS.axis}
                allowDecimals={false}
                tickCount={yTickCount}
              />
              <Tooltip
                isAnimationActive={false}
                labelFormatter={(x) => dayLabel(x, locale)}
                formatter={(value) => formatValue(value)}
                separator=": "
                itemSorter={(item) => seriesOrder(item.dataKey)}
              />
              <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={(item) => seriesOrder(item.dataKey)} />
              {target !== null && (
                <ReferenceLine
                  y={target}
                  stroke={CHART_COLOURS.target}
                  strokeWidth={2}
                  ifOverflow="extendDomain"
                  label={{ value: t.target, position: 'insideTopLeft', ...LABEL_STYLE }}
                />
              )}
              {dueDate !== null && (
                <ReferenceLine
                  x={dayNumber(dueDate)}
                  stroke={CHART_COLOURS.target}
                  strokeWidth={2}
                  ifOverflow="extendDomain"
                  label={{ value: t.due ?? '', position: 'insideBottomRight', ...LABEL_STYLE }}
                />
              )}
              {hasPlanned && (
                <Line
                  dataKey="planned"
                  name={t.planned}
                  type="linear"
                  stroke={CHART_COLOURS.planned}
                  strokeWidth={2}
                  strokeDasharray="2 4"
                  strokeLinecap="round"
                  dot={false}
                  activeDot={{ r: 4 }}
                  connectNulls
                  legendType="plainline"
                  isAnimationActive={false}
                />
              )}
              {hasForecast && (
                <Line
                  dataKey="forecast"
                  name={t.forecast}
                  type="linear"
                  stroke={CHART_COLOURS.forecast}
                  strokeWidth={2}
                  strokeDasharray="8 5"
                  dot={false}
                  activeDot={{ r: 4 }}
                  connectNulls
                  legendType="plainline"
                  isAnimationActive={false}
                />
              )}
              <Line
                dataKey="actual"
                name={t.actual}
                type="linear"
                stroke={CHART_COLOURS.actual}
                strokeWidth={2.5}
                dot={{ r: 3, strokeWidth: 2, fill: CHART_COLOURS.actual }}
                activeDot={{ r: 5 }}
                connectNulls
                legendType="plainline"
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}

/** Legend and tooltip list the series in this order (recharts sorts by name by default). */
function seriesOrder(dataKey: unknown): number {
  return dataKey === 'actual' ? 0 : dataKey === 'planned' ? 1 : 2;
}
