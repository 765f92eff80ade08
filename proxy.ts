// Runs before every page (not before static files, the JSON API or server-action posts):
// - gives the request a fresh CSP nonce (lib/security/content-security-policy.ts). Next reads it from the
//   request's Content-Security-Policy header and puts it on every script it renders; the
//   response carries the same policy. Pages are rendered per request anyway (they read cookies).
// - passes the requested path to the province pages' not-found page (which Next renders without
//   the route's params), so that it can point a merged province's code to its new province;
// - answers a province or commune page asked for directly (not a client navigation) whose unit does
//   not exist with the not-found page itself, status 404 (app/not-found.tsx): a notFound() thrown
//   while Next renders a dynamic page gives a 404 whose HTML is an empty shell, the text only in
//   its script payload, so a reader without script saw a blank page (app/provinces/missing-unit.ts);
// - sends an import form posted without script and over the upload limit back to its page;
// - passes ?lang= on as the x-lang header to what renders without the page's search parameters
//   (the root layout: <html lang>, the loading and error texts; see app/locale.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { missingUnit } from '@/app/provinces/missing-unit';
import { NOT_FOUND_HEADER, NOT_FOUND_PATH } from '@/app/not-found-kind';
import { SESSION_COOKIE } from '@/app/session';
import { getStore } from '@/db/store/client';
import { userForSession } from '@/db/users';
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
  // What the not-found page is told comes from this proxy only: its first pass over the page
  // asked for, which Next runs again over the path it was sent to (NOT_FOUND_PATH).
  if (request.nextUrl.pathname !== NOT_FOUND_PATH) {
    headers.delete(NOT_FOUND_HEADER);
    headers.delete('x-requested-path');
  }
  if (request.nextUrl.pathname.startsWith('/provinces/')) {
    headers.set('x-requested-path', request.nextUrl.pathname + request.nextUrl.search);
    const missing = pageAskedDirectly(request) ? missingUnit(getStore(), request.nextUrl) : null;
    if (missing) {
      headers.set(NOT_FOUND_HEADER, missing);
      // A path no route matches: Next answers it with app/not-found.tsx and status 404.
      const response = NextResponse.rewrite(new URL(NOT_FOUND_PATH + request.nextUrl.search, request.url), { request: { headers } });
      response.headers.set('Content-Security-Policy', policy);
      return response;
    }
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * A page requested as a document (a browser's address bar, a link without script, curl), not the
 * router's script fetching it (a client navigation, a prefetch: the page's own notFound() answers
 * those). When reading needs an account, only for a signed-in reader: the others are sent to sign in.
 */
function pageAskedDirectly(request: NextRequest): boolean {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers.has('rsc') || request.headers.has('next-router-prefetch')) return false;
  return process.env.READ_REQUIRES_LOGIN !== 'true' || userForSession(getStore(), request.cookies.get(SESSION_COOKIE)?.value) !== null;
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
