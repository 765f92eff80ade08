import { getLocale } from '../locale';
import { LoginForm } from './login-form';
import { SiteHeader } from '@/app/site-header';
import { getStore } from '@/db/store/client';
import { isIllustrative } from '@/db/store-facts';
import { translator } from '@/lib/i18n/i18n';
import { safeLocalPath } from '@/lib/security/local-path';
import type { SearchParams } from '@/lib/view/overview-state';

export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = await getLocale(params);
  // Echoed into the form only when it is a path of this site; the action checks it again.
  const next = safeLocalPath(params.next);
  const t = translator(locale, 'Login');
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={`/login?next=${encodeURIComponent(next)}`} illustrative={isIllustrative(getStore())} />
      <main className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <LoginForm next={next} locale={locale} text={{ email: t('email'), password: t('password'), submit: t('submit') }} />
      </main>
    </div>
  );
}
