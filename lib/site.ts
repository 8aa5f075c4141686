import type { Metadata } from 'next';
import { LANG_TAGS, routing, type Locale } from '@/i18n/routing';

/** The site's public origin, for canonical and hreflang URLs. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';

/** `alternates` metadata: this page in every locale, plus x-default. */
export function alternatesFor(locale: Locale, pathFor: (l: Locale) => string) {
  return {
    canonical: pathFor(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [LANG_TAGS[l], pathFor(l)])),
      'x-default': pathFor(routing.defaultLocale),
    },
  };
}

/** Open Graph locales (`language_TERRITORY`), one per interface locale. */
export const OG_LOCALES: Readonly<Record<Locale, string>> = {
  zh: 'zh_CN',
  ko: 'ko_KR',
  ru: 'ru_RU',
  en: 'en_US',
  fr: 'fr_FR',
  id: 'id_ID',
  sa: 'sa_IN',
  ja: 'ja_JP',
  de: 'de_DE',
  pt: 'pt_PT',
  el: 'el_GR',
  es: 'es_ES',
  it: 'it_IT',
  fi: 'fi_FI',
  la: 'la_VA',
};

/** The longest start of `text` of at most `max` characters, cut after a word where words are spaced. */
export function excerpt(text: string, max = 200): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Open Graph and Twitter card metadata for a page of the site, in its interface locale. */
export function sharingMetadata(options: {
  locale: Locale;
  siteName: string;
  title: string;
  description: string;
  path: string;
  type: 'website' | 'article';
  publishedTime?: string;
}): Pick<Metadata, 'openGraph' | 'twitter'> {
  const { locale, siteName, title, description, path, type, publishedTime } = options;
  const common = {
    siteName,
    title,
    description,
    url: path,
    locale: OG_LOCALES[locale],
    alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
  };
  return {
    openGraph: type === 'article' ? { ...common, type, publishedTime } : { ...common, type },
    twitter: { card: 'summary', title, description },
  };
}
