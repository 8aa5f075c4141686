/**
 * Shared logic of the two reader routes (`/{locale}/{slug}` and `/{locale}/{slug}/{lang}`):
 * static params, metadata and the view, with every parameter checked before any file is read.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/i18n/routing';
import { findArticle, loadArticles } from '../content/load';
import { alternatesFor } from '../site';
import { readerView, SECOND_LANGUAGES, titleIn, type ReaderView } from './view';

export interface ReaderParams {
  locale: string;
  slug: string;
  lang?: string;
}

/** The view for these route parameters, or a 404. */
export function resolveReader(params: ReaderParams, secondLanguage: (locale: Locale) => Locale): { locale: Locale; view: ReaderView } {
  const { locale, slug, lang } = params;
  if (!isLocale(locale)) notFound();
  if (lang !== undefined && !(isLocale(lang) && SECOND_LANGUAGES.includes(lang))) notFound();
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

/** Title, description and hreflang alternates of a reader page. */
export async function readerMetadata(locale: Locale, view: ReaderView, path: (l: Locale) => string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Languages' });
  const title = titleIn(view.article, locale).text;
  const firstParagraph = view.pairs.find((p) => p.source.kind === 'paragraph');
  const own = locale === view.target ? firstParagraph?.target.text : firstParagraph?.source.text;
  return {
    title: `${title} (${t('fr')} · ${t(view.target)})`,
    description: own?.slice(0, 200),
    alternates: alternatesFor(locale, path),
  };
}
