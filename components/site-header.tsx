// The header of every page: the name, the pages, the account (a sign-in link for a signed-out
// reader; the signed-in account's menu with sign-out), the language switch (a link: it works
// without script and the choice is remembered) and, when the store's data is illustrative, a
// notice saying so. Presentational: app/site-header.tsx reads the session and renders it.
import Link from 'next/link';
import type { Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';

const NAV = [['/', 'overview'], ['/meetings', 'meetings'], ['/reporting', 'reporting'], ['/present/new', 'present'], ['/data/import', 'import'], ['/data/entry', 'entry'], ['/data/audit', 'audit'], ['/data/targets', 'targets']] as const;

/** The signed-in account as the header shows it, and the server action that signs it out. */
export interface HeaderAccount {
  email: string;
  role: 'admin' | 'reporter' | 'viewer';
  /** Its units ("79, 75"), for a reporter. */
  units: string | null;
  signOut: () => Promise<void>;
}

export function SiteHeaderView({ locale, path, illustrative, account }: { locale: Locale; path: string; illustrative: boolean; account: HeaderAccount | null }) {
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
        <div className="flex flex-wrap items-center gap-2 text-sm print:hidden">
          {account ? (
            <details className="relative" data-testid="account-menu">
              <summary className="cursor-pointer rounded border border-slate-500 px-2 py-1 hover:bg-slate-100">
                {account.email}
              </summary>
              <div className="absolute right-0 z-10 mt-1 w-64 space-y-2 rounded border border-slate-400 bg-white p-3 shadow">
                <p>{t(`role.${account.role}`)}{account.units ? ` · ${account.units}` : ''}</p>
                <form action={account.signOut}>
                  <button type="submit" className="underline" data-testid="sign-out">{t('signOut')}</button>
                </form>
              </div>
            </details>
          ) : (
            <a href={`/login?next=${encodeURIComponent(path)}`} className="rounded border border-slate-500 px-2 py-1 hover:bg-slate-100" data-testid="sign-in">
              {t('signIn')}
            </a>
          )}
          <a
            href={`/lang?to=${other}&back=${encodeURIComponent(path)}`}
            lang={other}
            className="rounded border border-slate-500 px-2 py-1 hover:bg-slate-100"
            data-testid="language-toggle"
          >
            {t('other')}
          </a>
        </div>
      </div>
      {illustrative && (
        <p role="note" data-testid="illustrative-notice" className="mt-3 rounded border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t('illustrative')}
        </p>
      )}
    </header>
  );
}
