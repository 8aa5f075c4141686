import type { MetadataRoute } from 'next';
import { LANG_TAGS, routing, type Locale } from '@/i18n/routing';
import { loadArticles } from '@/lib/content/load';
import { canonicalReaderPath } from '@/lib/reader/page';
import { availableTranslations } from '@/lib/reader/view';
import { SITE_URL } from '@/lib/site';

/** One entry per locale of a page, each listing the page in every locale (hreflang) and x-default. */
function entries(pathFor: (l: Locale) => string, lastModified?: string): MetadataRoute.Sitemap {
  const languages = {
    ...Object.fromEntries(routing.locales.map((l) => [LANG_TAGS[l], `${SITE_URL}${pathFor(l)}`])),
    'x-default': `${SITE_URL}${pathFor(routing.defaultLocale)}`,
  };
  return routing.locales.map((l) => ({ url: `${SITE_URL}${pathFor(l)}`, lastModified, alternates: { languages } }));
}

/**
 * sitemap.xml: every locale's article list and reader pages (French beside each translation),
 * canonical URLs only: `/{locale}/{slug}/{lang}` is listed as `/{locale}/{slug}` where that is the same page.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = loadArticles();
  return [
    ...entries((l) => `/${l}`),
    ...articles.flatMap((article) => {
      const date = article.source.frontMatter.date;
      const byLocale = entries((l) => `/${l}/${article.slug}`, date);
      const listed = new Set(byLocale.map((entry) => entry.url));
      // `/{l}/{slug}/{lang}` where lang is l's own second language is already listed as `/{l}/{slug}`.
      const byLanguage = availableTranslations(article).flatMap((lang) =>
        entries((l) => canonicalReaderPath(`/${l}/${article.slug}/${lang}`), date).filter((entry) => !listed.has(entry.url)),
      );
      return [...byLocale, ...byLanguage];
    }),
  ];
}
