import { defineRouting } from 'next-intl/routing';

/**
 * The single source of the interface locales: Chinese (the article's original language),
 * then the source page's switcher in its order.
 */
export const routing = defineRouting({
  locales: ['zh', 'ko', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la'],
  defaultLocale: 'fr',
  localePrefix: 'always',
  // A cookie would make every static page vary per visitor; `/` negotiates from Accept-Language instead.
  localeCookie: false,
  // The pages carry their own hreflang alternates (x-default: French); next-intl's Link header would contradict them.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** Each locale under its own name, in its own language, as the switcher shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  zh: '中文',
  ko: '한국어',
  ru: 'Русский',
  en: 'English',
  fr: 'Français',
  id: 'Bahasa Indonesia',
  sa: 'संस्कृतम्',
  ja: '日本語',
  de: 'Deutsch',
  pt: 'Português',
  el: 'Ελληνικά',
  es: 'Español',
  it: 'Italiano',
  fi: 'Suomi',
  la: 'Latina',
};

/** BCP 47 tags for `lang` attributes and `hreflang`: Chinese here is Simplified. */
export const LANG_TAGS: Readonly<Record<Locale, string>> = {
  ...Object.fromEntries(routing.locales.map((l) => [l, l])),
  zh: 'zh-Hans',
} as Record<Locale, string>;

/** Tells whether a string is one of the locales (and narrows it). */
export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
