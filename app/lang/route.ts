// GET /lang?to=en&back=/provinces/79: switches the language (a cookie kept for a year) and goes
// back to the page. A plain link, so it works before (or without) any script.
import { LANG_COOKIE } from '../locale';
import { isLocale } from '@/lib/format';
import { safeLocalPath } from '@/lib/security/local-path';

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const to = url.searchParams.get('to') ?? '';
  // Only paths of this site: never an open redirect (and never a header that cannot be sent).
  const target = safeLocalPath(url.searchParams.get('back') ?? '/');
  if (!isLocale(to)) return Response.json({ error: { parameter: 'to', message: 'to must be vi or en' } }, { status: 400 });
  return new Response(null, {
    status: 303,
    headers: {
      Location: target,
      'Set-Cookie': `${LANG_COOKIE}=${to}; Path=/; Max-Age=31536000; SameSite=Lax`,
    },
  });
}
