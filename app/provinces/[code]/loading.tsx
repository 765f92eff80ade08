// While a province page reads its figures: its outline (table, charts).
import { PageSkeleton } from '@/components/page-skeleton';

export default function ProvinceLoading() {
  return <PageSkeleton kind="province" />;
}
