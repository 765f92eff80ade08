'use client';
// The store's data version as the server sees it now, polled every 60 s from /api/v1/summary:
// pages compare it with the version they were rendered from to know when to refresh, and show
// an offline mark when the poll fails (they keep their figures meanwhile).
// A poll that fails is tried once more after a second before the page says it is offline; a
// hidden tab does not poll, and coming back to one whose last answer is older than the poll
// interval asks at once. This was
// @tanstack/react-query's job, but a timer is all it did here, and its 12 KB (gzipped) were in
// every page's first-load JavaScript.
import { useEffect, useState } from 'react';

export const POLL_MS = 60_000;
const RETRY_MS = 1_000;

interface Polled {
  /** Which page and rendered version the answer is for: a new one starts from what was rendered. */
  key: string;
  latest: string;
  offline: boolean;
}

export function useDataVersion(summaryQuery: string, renderedVersion: string): { latest: string; offline: boolean } {
  const key = `${summaryQuery}\n${renderedVersion}`;
  const [polled, setPolled] = useState<Polled>({ key, latest: renderedVersion, offline: false });

  useEffect(() => {
    let stopped = false;
    let asked = Date.now();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = async (again: boolean) => {
      asked = Date.now();
      try {
        const response = await fetch(`/api/v1/summary${summaryQuery}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(`summary: HTTP ${response.status}`);
        const { dataVersion } = (await response.json()) as { dataVersion: string };
        if (!stopped) setPolled({ key, latest: dataVersion, offline: false });
      } catch {
        if (stopped) return;
        if (again) retry = setTimeout(() => void ask(false), RETRY_MS);
        else setPolled((p) => ({ key, latest: p.key === key ? p.latest : renderedVersion, offline: true }));
      }
    };
    // A hidden tab does not poll; it asks when it is shown again, if its last answer is old.
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void ask(true);
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() - asked >= POLL_MS) void ask(true);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      clearTimeout(retry);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key, summaryQuery, renderedVersion]);

  return polled.key === key ? { latest: polled.latest, offline: polled.offline } : { latest: renderedVersion, offline: false };
}
