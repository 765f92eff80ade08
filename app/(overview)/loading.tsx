// While the overview reads its figures: its outline (cards, ranking, map).
import { PageSkeleton } from '@/components/page-skeleton';

export default function OverviewLoading() {
  return <PageSkeleton kind="overview" />;
}
