// What the reader must know about the store before any figure: that there is none at the
// configured path (nothing below would mean "no data"), or that it can only be read.
import type { Locale } from '@/lib/format';

const TEXT = {
  vi: { missing: 'Không có kho dữ liệu', readOnly: 'Kho dữ liệu chỉ đọc: xem được số liệu, nhưng mọi thao tác ghi (nhập, biểu mẫu, API, chỉ tiêu) đều bị từ chối.' },
  en: { missing: 'No store', readOnly: 'Read-only store: figures can be read, but every write (imports, forms, API, targets) is refused.' },
};

export function StoreNotice({ state, message, locale }: { state: 'missing' | 'read-only'; message?: { vi: string; en: string }; locale: Locale }) {
  const t = TEXT[locale];
  if (state === 'read-only') {
    return <p role="status" data-testid="store-notice" className="bg-amber-100 px-4 py-2 text-sm text-amber-950">{t.readOnly}</p>;
  }
  return (
    <main className="mx-auto max-w-2xl p-8" data-testid="store-notice">
      <h1 className="text-2xl font-bold">{t.missing}</h1>
      <p className="mt-4">{message?.[locale]}</p>
    </main>
  );
}
