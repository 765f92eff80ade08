'use client';
// A failure while reading or drawing this page: a message in the reader's language and a retry
// (components/page-error.tsx), not a blank page.
import { PageError } from '@/components/page-error';

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <PageError error={error} retry={retry} />;
}
