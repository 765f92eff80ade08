// What every page under a province answers first, its communes' pages included: a reader who
// must sign in first (a redirect) and a code that is not a unit of the edition asked for (404,
// app/provinces/not-found.tsx, with where the code went). The page checks both again: a layout
// is not rendered again when only the search parameters change in a client navigation.
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requireReader } from '../../session';
import { missingUnit } from '../missing-unit';
import { getStore } from '@/db/store/client';

export default async function ProvinceLayout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requireReader(`/provinces/${code}`);
  // A layout has no search parameters: proxy.ts passes the requested path with its query.
  const url = new URL((await headers()).get('x-requested-path') ?? `/provinces/${code}`, 'http://localhost');
  // The province only: an unknown commune is the commune page's own not-found.
  if (missingUnit(getStore(), new URL(`/provinces/${encodeURIComponent(code)}${url.search}`, 'http://localhost')) === 'province') notFound();
  return children;
}
