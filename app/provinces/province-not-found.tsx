// A province code that is not a unit of the edition asked for: say so, and point to where it
// went (74 in the 2025 edition -> 79) or to the overview.
import { headers } from 'next/headers';
import Link from 'next/link';
import { getLocale } from '../locale';
import { getStore } from '@/db/store/client';
import { suggestUnits } from '@/db/units';
import { EDITION_INFO, isEdition, type Edition } from '@/lib/editions';
import { localName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';

export default async function ProvinceNotFound() {
  const locale = await getLocale();
  const t = translator(locale, 'ProvinceNotFound');
  const url = new URL((await headers()).get('x-requested-path') ?? '/provinces/', 'http://localhost');
  const code = decodeURIComponent(url.pathname.split('/')[2] ?? '').slice(0, 20);
  const asked = url.searchParams.get('edition') ?? '2025';
  const edition: Edition = isEdition(asked) ? asked : '2025';
  const suggestions = /^\d{2}$/.test(code) ? suggestUnits(getStore(), edition, code) : [];
  const info = EDITION_INFO[edition];
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body', { code, edition: localName(info, locale) })}</p>
      {suggestions.length > 0 && (
        <>
          <p>{t('suggest')}</p>
          <ul className="list-disc pl-6">
            {suggestions.map((s) => (
              <li key={`${s.edition}-${s.code}`}>
                <Link className="underline" href={`/provinces/${s.code}${s.edition === '2025' ? '' : `?edition=${s.edition}`}`} data-testid="suggestion">
                  {s.nameVi} ({s.code})
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p><Link className="underline" href="/">{t('back')}</Link></p>
    </main>
  );
}
