// Runs before every page (not before static files, the JSON API or server-action posts):
// - gives the request a fresh CSP nonce (lib/security/content-security-policy.ts). Next reads it from the
//   request's Content-Security-Policy header and puts it on every script it renders; the
//   response carries the same policy. Pages are rendered per request anyway (they read cookies).
// - passes the requested path to the province pages' not-found page (which Next renders without
//   the route's params), so that it can point a merged province's code to its new province.
// - sends an import form posted without script and over the upload limit back to its page;
// - passes ?lang= on as the x-lang header to what renders without the page's search parameters
//   (the root layout: <html lang>, the loading and error texts; see app/locale.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from '@/lib/security/content-security-policy';
import { isLocale } from '@/lib/format';
import { LANG_HEADER } from '@/lib/i18n/request';
import { MAX_UPLOAD_BODY_BYTES, UPLOAD_REFUSED_PARAM } from '@/lib/limits';

export function proxy(request: NextRequest) {
  // The import form posted without the page's script (a plain multipart post to its server
  // action) with a body over the server actions' limit (next.config.js): Next would refuse it
  // with a bare 500. Answer before the body is read: back to the import page, which says why in
  // the reader's language.
  if (request.method === 'POST' && request.nextUrl.pathname === '/data/import' && Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BODY_BYTES) {
    const back = new URL(`/data/import?${UPLOAD_REFUSED_PARAM}=too-large`, request.url);
    const lang = request.nextUrl.searchParams.get('lang');
    if (lang && isLocale(lang)) back.searchParams.set('lang', lang);
    return NextResponse.redirect(back, 303);
  }
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const lang = request.nextUrl.searchParams.get('lang');
  if (lang !== null && isLocale(lang)) headers.set(LANG_HEADER, lang);
  else headers.delete(LANG_HEADER);
  if (request.nextUrl.pathname.startsWith('/provinces/')) {
    headers.set('x-requested-path', request.nextUrl.pathname + request.nextUrl.search);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not static files (no HTML: the policy is for pages) nor the JSON API (next.config.js
      // gives it its own policy). Server-action posts answer data, not a page, and are left out
      // so that Next does not buffer an 8 MB upload a second time for the proxy.
      source: '/((?!_next/static|_next/image|api/|favicon\\.ico|icon\\.svg).*)',
      missing: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
