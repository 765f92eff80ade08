// What the reader must know about the store before any figure: that there is none at the
// configured path (nothing below would mean "no data"), or that it can only be read.
import type { Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';

export function StoreNotice({ state, message, locale }: { state: 'missing' | 'read-only'; message?: { vi: string; en: string }; locale: Locale }) {
  const t = translator(locale, 'StoreNotice');
  if (state === 'read-only') {
    return <p role="status" data-testid="store-notice" className="bg-amber-100 px-4 py-2 text-sm text-amber-950">{t('readOnly')}</p>;
  }
  return (
    <main className="mx-auto max-w-2xl p-8" data-testid="store-notice">
      <h1 className="text-2xl font-bold">{t('missing')}</h1>
      <p className="mt-4">{message?.[locale]}</p>
    </main>
  );
}
