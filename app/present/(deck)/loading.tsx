// While the deck reads its figures: a blank slide.
import { PageSkeleton } from '@/components/page-skeleton';

export default function DeckLoading() {
  return <PageSkeleton kind="deck" />;
}
