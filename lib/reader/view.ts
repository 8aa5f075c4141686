/**
 * Decides what a reader page shows: the source beside which translation, and whether the
 * requested language had to fall back (never an empty column).
 */
import type { Locale } from '@/i18n/routing';
import { pairsOf, SOURCE_LANGUAGE } from '../content/load';
import type { AlignedPair, Article, ArticleText, TranslationFrontMatter } from '../content/schema';
import { SECOND_LANGUAGES } from './routes';

export const FALLBACK_LANGUAGE = 'en' satisfies Locale;

export interface ReaderView {
  article: Article;
  /** The language the page asked for as second column. */
  requested: Locale;
  /** The language actually shown beside the source. */
  target: Locale;
  translation: ArticleText<TranslationFrontMatter>;
  /** True when `requested` has no translation and `target` stands in for it. */
  fallback: boolean;
  pairs: AlignedPair[];
}

/** The second column a locale's reader page shows by default: its own language (English for French). */
export function defaultSecondLanguage(locale: Locale): Locale {
  return locale === SOURCE_LANGUAGE ? FALLBACK_LANGUAGE : locale;
}

export { SECOND_LANGUAGES };

/** Translations the article has, in switcher order. */
export function availableTranslations(article: Article): Locale[] {
  return SECOND_LANGUAGES.filter((l) => article.translations[l]);
}

/**
 * The reader view for a requested second language.
 * @returns null when the article has no translation at all
 */
export function readerView(article: Article, requested: Locale): ReaderView | null {
  const available = availableTranslations(article);
  const target = article.translations[requested] ? requested : available.includes(FALLBACK_LANGUAGE) ? FALLBACK_LANGUAGE : available[0];
  if (!target) return null;
  const translation = article.translations[target];
  if (!translation) return null;
  return { article, requested, target, translation, fallback: target !== requested, pairs: pairsOf(article, target) };
}

/** The title an interface locale shows: its own translation's, else the source's. */
export function titleIn(article: Article, locale: Locale): { text: string; lang: Locale } {
  const own = article.translations[locale];
  if (own) return { text: own.frontMatter.title, lang: locale };
  return { text: article.source.frontMatter.title, lang: SOURCE_LANGUAGE };
}
