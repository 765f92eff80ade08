'use client';
// Keeps a server-rendered page current: asks /api/v1/summary every 60 s for the store's data
// version and re-renders the page (router.refresh) only when the data changed. If the server
// cannot be reached, the page keeps its figures and says since when.
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useDataVersion } from './use-data-version';

/** offlineText: what to say when the server cannot be reached (LiveRefresh.offline, translated). */
export function LiveRefresh({ query, version, offlineText }: { query: string; version: string; offlineText: string }) {
  const router = useRouter();
  const shown = useRef(version);
  const { latest, offline } = useDataVersion(query, version);
  useEffect(() => {
    shown.current = version;
  }, [version]);
  useEffect(() => {
    if (latest !== shown.current) router.refresh();
  }, [latest, router]);
  return (
    <p role="status" aria-live="polite" className="text-sm text-amber-900 print:hidden" data-testid="live-refresh">
      {offline ? offlineText : null}
    </p>
  );
}
