// The reader's language: ?lang= on the URL, else the `lang` cookie set by the toggle, else
// Vietnamese.
import { cookies } from 'next/headers';
import { isLocale, type Locale } from '@/lib/format';
import type { SearchParams } from '@/lib/overview-state';

export const LANG_COOKIE = 'lang';

export async function getLocale(searchParams?: SearchParams): Promise<Locale> {
  const asked = searchParams?.lang;
  if (typeof asked === 'string' && isLocale(asked)) return asked;
  const saved = (await cookies()).get(LANG_COOKIE)?.value;
  return saved && isLocale(saved) ? saved : 'vi';
}
