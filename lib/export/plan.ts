/**
 * Which prerendered outputs of `next build` (.next/server/app) become which files of the static
 * export, with clean URLs as Next's own static export writes them (trailingSlash false):
 * `en/<slug>.html` answers `/en/<slug>`, a route handler's `sitemap.xml.body` becomes `sitemap.xml`.
 */

/** One file to copy, both paths relative (POSIX separators): from .next/server/app, to out/. */
export interface CopyStep {
  from: string;
  to: string;
}

/**
 * The copy steps for the files of .next/server/app: every page (`.html`) and every static route
 * handler's body (`.body`). The RSC payloads (`.rsc`, `.segments/`) are left out, the reader's
 * links being plain links, and so are Next's internal pages (`_not-found`, `_global-error`) and compiled routes (`[locale]/…`).
 */
export function planCopies(files: readonly string[]): CopyStep[] {
  const steps: CopyStep[] = [];
  for (const from of files) {
    const segments = from.split('/');
    if (segments.some((s) => s.startsWith('_') || s.startsWith('[') || s.endsWith('.segments'))) continue;
    if (from.endsWith('.html')) steps.push({ from, to: from });
    else if (from.endsWith('.body')) steps.push({ from, to: from.slice(0, -'.body'.length) });
  }
  return steps.sort((a, b) => a.to.localeCompare(b.to));
}

export interface ExpectedContent {
  locales: readonly string[];
  secondLanguages: readonly string[];
  /** Each article's slug with the languages it is translated into. */
  articles: readonly { slug: string; translations: readonly string[] }[];
}

/**
 * The files the export must hold: per locale its article list, its 404 page and every reader page
 * (`/{locale}/{slug}` and `/{locale}/{slug}/{lang}` for each second language), each translation's
 * data file, the sitemap, robots.txt and the icon.
 */
export function expectedFiles({ locales, secondLanguages, articles }: ExpectedContent): string[] {
  return [
    ...locales.flatMap((l) => [
      `${l}.html`,
      `${l}/404.html`,
      ...articles.flatMap((a) => [`${l}/${a.slug}.html`, ...secondLanguages.map((lang) => `${l}/${a.slug}/${lang}.html`)]),
    ]),
    ...articles.flatMap((a) => a.translations.map((lang) => `data/${a.slug}/${lang}.json`)),
    'sitemap.xml',
    'robots.txt',
    'icon.svg',
  ];
}

/**
 * Checks a plan against what the export must hold.
 * @throws naming every missing file (and how many pages were found) when one is missing
 */
export function assertComplete(steps: readonly CopyStep[], expected: readonly string[]): void {
  const planned = new Set(steps.map((s) => s.to));
  const missing = expected.filter((f) => !planned.has(f));
  if (missing.length === 0) return;
  const pages = steps.filter((s) => s.to.endsWith('.html')).length;
  throw new Error(
    `export: ${missing.length} expected file(s) missing from .next/server/app (found ${pages} pages): ` +
      `${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}. Is the build complete and current? Try npm run export -- --build`,
  );
}
