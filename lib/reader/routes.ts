/**
 * Which paths are pages, decided from the locale list and the article slugs alone: the reader
 * routes check their parameters with it, and the proxy answers everything else with the 404 page.
 */
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { SOURCE_LANGUAGE } from '../content/paths';

/** Languages that can be the second column: every locale but the source's. */
export const SECOND_LANGUAGES: readonly Locale[] = routing.locales.filter((l) => l !== SOURCE_LANGUAGE);

/** The segment of each locale's prerendered 404 page (`/{locale}/404`). */
export const NOT_FOUND_SEGMENT = '404';

/** Tells whether a string can be a reader page's second language (and narrows it). */
export function isSecondLanguage(value: string): value is Locale {
  return isLocale(value) && SECOND_LANGUAGES.includes(value);
}

/** What a path is: a locale's article list, a reader page, or not a page. */
export type PathKind = { kind: 'index' | 'reader'; locale: Locale } | { kind: 'missing'; locale: Locale } | { kind: 'other' };

/**
 * Classifies a URL path (still percent-encoded, as slugs and locales are plain ASCII).
 * `other` covers what this check does not own: `/`, unknown locales (next-intl redirects them to a
 * known one first) and trailing slashes (Next redirects them).
 */
export function classifyPath(pathname: string, slugs: ReadonlySet<string>): PathKind {
  if (pathname.length > 1 && pathname.endsWith('/')) return { kind: 'other' };
  const [, first, slug, lang, ...more] = pathname.split('/');
  if (first === undefined || !isLocale(first)) return { kind: 'other' };
  const locale = first;
  if (slug === undefined) return { kind: 'index', locale };
  const known = slugs.has(slug) && (lang === undefined || isSecondLanguage(lang)) && more.length === 0;
  return { kind: known ? 'reader' : 'missing', locale };
}
