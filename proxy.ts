import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const negotiate = createMiddleware(routing);

/** Methods a static site answers; the pages are read-only. */
const ALLOWED = 'GET, HEAD, OPTIONS';

/** True when every percent escape of the path is valid UTF-8 (next-intl would throw, a 500, otherwise). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Locale negotiation (next-intl), after turning away requests it cannot route with a proper 4xx. */
export default function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse('Bad Request: malformed percent-encoding in the path\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (request.method === 'OPTIONS') return new NextResponse(null, { status: 204, headers: { Allow: ALLOWED } });
  return negotiate(request);
}

export const config = {
  // Everything but Next's internals and files with an extension (icon.svg, robots.txt…).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
