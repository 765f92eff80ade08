import { getLocale } from '../locale';
import { LoginForm } from './login-form';
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
    <main className="mx-auto max-w-xl space-y-4 p-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <LoginForm next={next} locale={locale} text={{ email: t('email'), password: t('password'), submit: t('submit') }} />
    </main>
  );
}
