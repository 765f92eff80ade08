// Passes the requested path to the province pages' not-found page (which Next renders without
// the route's params), so that it can point a merged province's code to its new province.
// Scoped to /provinces/ only: no other request pays for it.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-requested-path', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: '/provinces/:path*' };
