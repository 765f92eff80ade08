import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from './locale';
import { ShellTextProvider } from '@/components/shell-text';
import { StatusStyles } from '@/components/status';
import { StoreNotice } from '@/components/store-notice';
import { getStore, missingStoreText } from '@/db/store/client';
import { formatNumber } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { MAX_UPLOAD_BYTES } from '@/lib/limits';
import './globals.css';

export const metadata: Metadata = {
  title: 'Đề án 06 — Bảng theo dõi tiến độ',
  description: 'Theo dõi tiến độ Đề án 06 theo từng tỉnh, thành phố / Project 06 progress by province',
};

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  const locale = await getLocale();
  const store = getStore();
  const t = translator(locale, 'Shell');
  const shellText = {
    errorTitle: t('errorTitle'), errorBody: t('errorBody'), retry: t('retry'), errorCode: t('errorCode'),
    importTitle: t('importTitle'), importBody: t('importBody', { mb: formatNumber(MAX_UPLOAD_BYTES / 1024 / 1024, locale) }),
  };
  return (
    <html lang={locale}>
      <head>
        <StatusStyles />
      </head>
      <body className="font-sans text-slate-950 antialiased">
        <ShellTextProvider text={shellText}>
        {store.readonly === 'missing' ? (
          <StoreNotice state="missing" message={missingStoreText(store.path)} locale={locale} />
        ) : (
          <>
            {store.readonly === 'read-only' && <StoreNotice state="read-only" locale={locale} />}
            {children}
          </>
        )}
        </ShellTextProvider>
      </body>
    </html>
  );
}
