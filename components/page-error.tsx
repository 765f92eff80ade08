'use client';
// What an error boundary shows (app/error.tsx, app/provinces/[code]/error.tsx,
// app/present/error.tsx): a readable message in the reader's language and a button that asks
// the server again, instead of a blank page. The server's own message stays in its log; the
// digest shown here finds it there.
import { useShellText } from './shell-text';

export function PageError({ error, retry, title, body }: {
  error: Error & { digest?: string };
  retry: () => void;
  /** Instead of the general title and explanation. */
  title?: string;
  body?: string;
}) {
  const t = useShellText();
  return (
    <div role="alert" className="mx-auto max-w-3xl space-y-3 p-4 sm:p-6" data-testid="page-error">
      <h1 className="text-2xl font-bold">{title ?? t.errorTitle}</h1>
      <p>{body ?? t.errorBody}</p>
      {error.digest && <p className="text-sm text-slate-700">{t.errorCode} <code>{error.digest}</code></p>}
      <button type="button" onClick={retry} className="rounded border border-slate-700 px-3 py-1.5 font-semibold" data-testid="retry">
        {t.retry}
      </button>
    </div>
  );
}
