// The header of every page: the name, the language switch (a link: it works without script and
// the choice is remembered) and, when the store's data is illustrative, a notice saying so.
import Link from 'next/link';
import type { Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';

const NAV = [['/', 'overview'], ['/meetings', 'meetings'], ['/present/new', 'present'], ['/data/import', 'import'], ['/data/entry', 'entry'], ['/data/audit', 'audit'], ['/data/targets', 'targets']] as const;

export function SiteHeader({ locale, path, illustrative }: { locale: Locale; path: string; illustrative: boolean }) {
  const t = translator(locale, 'SiteHeader');
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <header className="border-b border-slate-300 pb-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-xl font-bold"><Link href="/" className="hover:underline">{t('title')}</Link></p>
          <p className="text-sm text-slate-700">{t('subtitle')}</p>
        </div>
        <nav aria-label={t('pages')} className="flex flex-wrap items-center gap-3 text-sm print:hidden">
          {NAV.map(([href, key]) => <a key={href} href={href} className="underline-offset-2 hover:underline">{t(`nav.${key}`)}</a>)}
        </nav>
        <a
          href={`/lang?to=${other}&back=${encodeURIComponent(path)}`}
          lang={other}
          className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100 print:hidden"
          data-testid="language-toggle"
        >
          {t('other')}
        </a>
      </div>
      {illustrative && (
        <p role="note" data-testid="illustrative-notice" className="mt-3 rounded border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t('illustrative')}
        </p>
      )}
    </header>
  );
}
