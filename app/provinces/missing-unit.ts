// Which unit a province path names that does not exist: the province (of the edition asked for
// with ?edition=) or, on a commune's page, the commune (of that province, 2025 edition). One rule
// for the two places that ask: the province layout (every render, client navigations included)
// and proxy.ts, which answers a page asked for directly with a 404 whose HTML holds the not-found
// page (Next renders a notFound() thrown while rendering a dynamic page as an empty error shell
// with the text only in its script payload, so a reader without script saw a blank page).
import { findCommune } from '@/db/communes';
import type { Store } from '@/db/store/types';
import { findUnit } from '@/db/units';
import { CURRENT_EDITION } from '@/lib/editions';
import { asEdition, readParams } from '@/lib/view/params';

export type MissingUnit = 'province' | 'commune';

/** The path's segments decoded, or null when one is not valid percent-encoding. */
function segmentsOf(pathname: string): string[] | null {
  try {
    return pathname.split('/').map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

/** `path`: a path under /provinces/ with its query. Null when everything it names exists (or it names no unit). */
export function missingUnit(store: Store, path: URL): MissingUnit | null {
  if (!path.pathname.startsWith('/provinces/')) return null;
  const segments = segmentsOf(path.pathname);
  if (segments === null) return 'province';
  const [, , code, section, commune] = segments;
  if (!code) return null;
  const { values } = readParams(Object.fromEntries(path.searchParams), ['edition']);
  if (!findUnit(store, asEdition(values.edition) ?? CURRENT_EDITION, code)) return 'province';
  if (section === 'communes' && commune && !findCommune(store, code, commune)) return 'commune';
  return null;
}
