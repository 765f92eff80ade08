'use client';
// The metric chart, loaded on demand: recharts (~120 KB) is fetched in its own chunk after the
// page is interactive, never part of the page's first-load JavaScript, and never rendered on the
// server (recharts measures the browser). Until it arrives, and in the server HTML, a placeholder
// of the same size holds its place with the same caption and accessible summary, so nothing
// moves when the chart appears.
// `ssr: false` is allowed only in a client component (Next 16): hence 'use client' here.
// Import nothing from './metric-chart' but types: a value import would pull recharts in.
import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import { CHART_HEIGHT } from '@/lib/view/chart-series';
import type { MetricChartProps } from './metric-chart';

export type { ChartLabels, MetricChartProps } from './metric-chart';

// next/dynamic renders `loading` without the component's props; it reads them from here.
const PlaceholderProps = createContext<MetricChartProps | null>(null);

function ChartPlaceholder() {
  const props = useContext(PlaceholderProps);
  return (
    <figure data-testid="metric-chart-loading" aria-label={props?.summary} aria-busy="true" className="m-0 min-w-0">
      {props && <figcaption className="font-semibold">{props.title}</figcaption>}
      <div
        className="mt-2 flex w-full min-w-0 items-center justify-center rounded border border-dashed border-slate-300 text-slate-700"
        style={{ height: CHART_HEIGHT }}
      >
        {props?.labels.loading}
      </div>
    </figure>
  );
}

const DynamicMetricChart = dynamic(() => import('./metric-chart').then((m) => m.MetricChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

/** components/metric-chart.tsx MetricChart, loaded lazily; the same props. */
export function MetricChartLazy(props: MetricChartProps) {
  return (
    <PlaceholderProps value={props}>
      <DynamicMetricChart {...props} />
    </PlaceholderProps>
  );
}
