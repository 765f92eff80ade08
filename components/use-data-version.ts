'use client';
// The store's data version as the server sees it now, polled every 60 s from /api/v1/summary:
// pages compare it with the version they were rendered from to know when to refresh, and show
// an offline mark when the poll fails (they keep their figures meanwhile).
import { useQuery } from '@tanstack/react-query';

export const POLL_MS = 60_000;

export function useDataVersion(summaryQuery: string, renderedVersion: string): { latest: string; offline: boolean } {
  const { data, isError } = useQuery({
    queryKey: ['summary', summaryQuery],
    queryFn: async () => {
      const response = await fetch(`/api/v1/summary${summaryQuery}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`summary: HTTP ${response.status}`);
      return (await response.json()) as { dataVersion: string };
    },
    initialData: { dataVersion: renderedVersion },
    refetchInterval: POLL_MS,
    staleTime: POLL_MS,
  });
  return { latest: data.dataVersion, offline: isError };
}
