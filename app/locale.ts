// The reader's language: ?lang= on the URL, else the `lang` cookie set by the toggle, else
// Vietnamese. Without the page's search parameters (the root layout), ?lang= arrives as the
// x-lang header that proxy.ts sets from the URL.
import { cookies, headers } from 'next/headers';
import { isLocale, type Locale } from '@/lib/format';
import { LANG_HEADER } from '@/lib/i18n/request';
import type { SearchParams } from '@/lib/view/overview-state';

export const LANG_COOKIE = 'lang';

export async function getLocale(searchParams?: SearchParams): Promise<Locale> {
  const asked = searchParams ? searchParams.lang : (await headers()).get(LANG_HEADER);
  if (typeof asked === 'string' && isLocale(asked)) return asked;
  const saved = (await cookies()).get(LANG_COOKIE)?.value;
  return saved && isLocale(saved) ? saved : 'vi';
}
