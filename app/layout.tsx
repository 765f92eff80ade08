import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from './locale';
import { QueryProvider } from '@/components/query-provider';
import { StatusStyles } from '@/components/status';
import { StoreNotice } from '@/components/store-notice';
import { getStore, missingStoreText } from '@/db/client';
import './globals.css';

export const metadata: Metadata = {
  title: 'Đề án 06 — Bảng theo dõi tiến độ',
  description: 'Theo dõi tiến độ Đề án 06 theo từng tỉnh, thành phố / Project 06 progress by province',
};

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  const locale = await getLocale();
  const store = getStore();
  return (
    <html lang={locale}>
      <head>
        <StatusStyles />
      </head>
      <body className="font-sans text-slate-950 antialiased">
        {store.readonly === 'missing' ? (
          <StoreNotice state="missing" message={missingStoreText(store.path)} locale={locale} />
        ) : (
          <>
            {store.readonly === 'read-only' && <StoreNotice state="read-only" locale={locale} />}
            <QueryProvider>{children}</QueryProvider>
          </>
        )}
      </body>
    </html>
  );
}
