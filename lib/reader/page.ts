/**
 * Shared logic of the two reader routes (`/{locale}/{slug}` and `/{locale}/{slug}/{lang}`):
 * static params, metadata and the view, with every parameter checked before any file is read.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/i18n/routing';
import { findArticle, loadArticles } from '../content/load';
import type { Article } from '../content/schema';
import { alternatesFor, excerpt, sharingMetadata } from '../site';
import { isSecondLanguage, SECOND_LANGUAGES } from './routes';
import { defaultSecondLanguage, readerView, titleIn, type ReaderView } from './view';

export interface ReaderParams {
  locale: string;
  slug: string;
  lang?: string;
}

/** The view for these route parameters, or a 404. */
export function resolveReader(params: ReaderParams, secondLanguage: (locale: Locale) => Locale): { locale: Locale; view: ReaderView } {
  const { locale, slug, lang } = params;
  if (!isLocale(locale)) notFound();
  if (lang !== undefined && !isSecondLanguage(lang)) notFound();
  const article = findArticle(slug);
  if (!article) notFound();
  const view = readerView(article, lang ?? secondLanguage(locale));
  if (!view) notFound();
  return { locale, view };
}

/** Static params of `/{locale}/{slug}`. */
export function slugParams(): { slug: string }[] {
  return loadArticles().map((a) => ({ slug: a.slug }));
}

/** Static params of `/{locale}/{slug}/{lang}`: every second language, translated or not. */
export function langParams(): { slug: string; lang: string }[] {
  return loadArticles().flatMap((a) => SECOND_LANGUAGES.map((lang) => ({ slug: a.slug, lang })));
}

/**
 * The canonical path of a reader page: `/{locale}/{slug}/{lang}` is the same page as
 * `/{locale}/{slug}` when `lang` is the locale's default second language.
 */
export function canonicalReaderPath(path: string): string {
  const [, locale = '', slug, lang] = path.split('/');
  return lang !== undefined && isLocale(locale) && lang === defaultSecondLanguage(locale) ? `/${locale}/${slug}` : path;
}

/** The first paragraph of the article in the interface language when it is translated, else in French. */
export function firstParagraphIn(article: Article, locale: Locale): string | undefined {
  const text = article.translations[locale] ?? article.source;
  return text.blocks.find((b) => b.kind === 'paragraph')?.text;
}

/** Title, description, canonical URL, hreflang alternates and sharing cards of a reader page. */
export async function readerMetadata(locale: Locale, view: ReaderView, path: (l: Locale) => string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Languages' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const title = `${titleIn(view.article, locale).text} (${t('fr')} · ${t(view.target)})`;
  const description = excerpt(firstParagraphIn(view.article, locale) ?? '');
  const canonical = (l: Locale) => canonicalReaderPath(path(l));
  return {
    title,
    description,
    alternates: alternatesFor(locale, canonical),
    ...sharingMetadata({
      locale,
      siteName: site('siteName'),
      title,
      description,
      path: canonical(locale),
      type: 'article',
      publishedTime: view.article.source.frontMatter.date,
    }),
  };
}
