// The header of every page with the reader's account: who is signed in (and the sign-out), or
// a sign-in link that comes back to this page (components/site-header.tsx draws it).
import { logoutAction } from './login/actions';
import { currentUser, scopeUnits } from './session';
import { SiteHeaderView } from '@/components/site-header';
import type { Locale } from '@/lib/format';

export async function SiteHeader({ locale, path, illustrative }: { locale: Locale; path: string; illustrative: boolean }) {
  const user = await currentUser();
  const account = user && {
    email: user.email,
    role: user.role,
    units: scopeUnits(user),
    signOut: logoutAction,
  };
  return <SiteHeaderView locale={locale} path={path} illustrative={illustrative} account={account} />;
}
