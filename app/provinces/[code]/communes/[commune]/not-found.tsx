// A commune code that is not a commune of the province in the URL (unknown, or another
// province's): say so in the reader's language, and point back to the province.
import { headers } from 'next/headers';
import Link from 'next/link';
import { getLocale } from '../../../../locale';
import { getStore } from '@/db/store/client';
import { findUnit } from '@/db/units';
import { translator } from '@/lib/i18n/i18n';

export default async function CommuneNotFound() {
  const locale = await getLocale();
  const t = translator(locale, 'Communes');
  const url = new URL((await headers()).get('x-requested-path') ?? '/provinces/', 'http://localhost');
  const [, , code, , commune] = url.pathname.split('/').map((part) => decodeURIComponent(part).slice(0, 20));
  const province = /^\d{2}$/.test(code ?? '') ? findUnit(getStore(), '2025', code) : null;
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p>{t('communeNotFound', { code: commune ?? '', province: province ? `${province.nameVi} (${province.code})` : (code ?? '') })}</p>
      {province && <p><Link className="underline" href={`/provinces/${province.code}`}>{t('backToProvince', { province: province.nameVi })}</Link></p>}
      <p><Link className="underline" href="/">{translator(locale, 'ProvinceNotFound')('back')}</Link></p>
    </main>
  );
}
