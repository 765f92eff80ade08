'use client';
// The grey outline of a page while its figures are read (app/**/loading.tsx): the same frame
// as the page, so nothing jumps when it arrives, and a status saying it is loading.
import { useShellText } from './shell-text';

const block = 'rounded bg-slate-200 motion-safe:animate-pulse';

export function PageSkeleton({ kind }: { kind: 'overview' | 'province' | 'deck' }) {
  const t = useShellText();
  return (
    <div className="mx-auto max-w-screen-2xl space-y-6 p-4 sm:p-6" data-testid="page-skeleton" data-kind={kind} aria-busy="true">
      <p role="status" className="sr-only">{t.loading}</p>
      {kind === 'deck' ? (
        <div aria-hidden="true" className={`${block} h-[80vh] w-full`} />
      ) : (
        <div aria-hidden="true" className="space-y-6">
          <div className={`${block} h-12 w-2/3`} />
          <div className={`${block} h-8 w-1/2`} />
          {kind === 'overview' ? (
            <>
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {Array.from({ length: 6 }, (_, i) => <div key={i} className={`${block} h-40`} />)}
              </div>
              <div className="grid gap-6 lg:grid-cols-2">
                <div className={`${block} h-96`} />
                <div className={`${block} h-96`} />
              </div>
            </>
          ) : (
            <>
              <div className={`${block} h-64`} />
              <div className="grid gap-6 lg:grid-cols-2">
                {Array.from({ length: 4 }, (_, i) => <div key={i} className={`${block} h-72`} />)}
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
