// The national overview: where the country stands on each Project 06 metric.
import { NationalFigures } from '@/components/national-figures';
import { getStore } from '@/db/client';
import { getNationalSummary } from '@/db/queries';

// Figures change with every write: render on each request, never at build time.
export const dynamic = 'force-dynamic';

export default function OverviewPage() {
  const summary = getNationalSummary(getStore(), { edition: '2025' });
  return (
    <main className="mx-auto max-w-6xl p-6">
      <NationalFigures summary={summary} locale="vi" />
    </main>
  );
}
