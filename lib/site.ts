import { routing, type Locale } from '@/i18n/routing';

/** The site's public origin, for canonical and hreflang URLs. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';

/** `alternates` metadata: this page in every locale, plus x-default. */
export function alternatesFor(locale: Locale, pathFor: (l: Locale) => string) {
  return {
    canonical: pathFor(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [l === 'zh' ? 'zh-Hans' : l, pathFor(l)])),
      'x-default': pathFor(routing.defaultLocale),
    },
  };
}
