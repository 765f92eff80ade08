'use client';
// Keeps a server-rendered page current: asks /api/v1/summary every 60 s for the store's data
// version and re-renders the page (router.refresh) only when the data changed. If the server
// cannot be reached, the page keeps its figures and says since when.
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

const TEXT = {
  vi: 'Mất kết nối — đang hiển thị số liệu đến ngày',
  en: 'Offline — showing data as of',
};

export function LiveRefresh({ query, version, asOfLabel, locale }: { query: string; version: string; asOfLabel: string; locale: 'vi' | 'en' }) {
  const router = useRouter();
  const shown = useRef(version);
  const { data, isError } = useQuery({
    queryKey: ['summary', query],
    queryFn: async () => {
      const response = await fetch(`/api/v1/summary${query}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`summary: HTTP ${response.status}`);
      return (await response.json()) as { dataVersion: string };
    },
    initialData: { dataVersion: version },
    refetchInterval: 60_000,
    staleTime: 60_000,
  });
  useEffect(() => {
    shown.current = version;
  }, [version]);
  useEffect(() => {
    if (data.dataVersion !== shown.current) router.refresh();
  }, [data.dataVersion, router]);
  return (
    <p role="status" aria-live="polite" className="text-sm text-amber-900 print:hidden">
      {isError ? `${TEXT[locale]} ${asOfLabel}` : null}
    </p>
  );
}
