import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { articleSlugs } from './lib/content/paths';
import { classifyPath, NOT_FOUND_SEGMENT } from './lib/reader/routes';

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

/** Paths left to Next as they are once their escapes are checked: its internals and files with an extension. */
function isFilePath(pathname: string): boolean {
  return /^\/(?:api|_next|_vercel)(?:\/|$)/u.test(pathname) || /\.[^/]*$/u.test(pathname);
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
  if (isFilePath(request.nextUrl.pathname)) return NextResponse.next();
  const path = classifyPath(request.nextUrl.pathname, articleSlugs());
  if (path.kind === 'missing') {
    // The prerendered, complete 404 page of the locale (it works without JavaScript), with a 404 status.
    // request.url, not nextUrl (which renames 127.0.0.1 localhost): same origin as the server, so the rewrite stays internal.
    return NextResponse.rewrite(new URL(`/${path.locale}/${NOT_FOUND_SEGMENT}`, request.url), { status: 404 });
  }
  return negotiate(request);
}

export const config = {
  matcher: [
    // Everything but Next's internals and files with an extension (icon.svg, robots.txt…),
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // and those too when they hold a percent escape, so that a broken one is a 400 (Next answers 500).
    '/(.*%.*)',
  ],
};
