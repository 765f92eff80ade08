'use client';
// When an upload fails before the action could answer (a body over the server's limit, sent by
// a page that skipped its own size check), say so in the reader's language instead of Next's
// "This page couldn't load", and offer to try again.
import { PageError } from '@/components/page-error';
import { useShellText } from '@/components/shell-text';

export default function ImportError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useShellText();
  return <PageError error={error} retry={reset} title={t.importTitle} body={t.importBody} />;
}
