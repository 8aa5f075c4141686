import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/routing';
import { findArticle, loadArticles } from '@/lib/content/load';
import { articleChineseWords } from '@/lib/lookup/word-data';
import { columnData } from '@/lib/reader/column-data';

/** The Chinese text's word boundaries and dictionary entries, for word lookup. */
const CHINESE_WORDS = 'words-zh.json';

// Static JSON files, written at build: /data/<slug>/<lang>.json and /data/<slug>/words-zh.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return loadArticles().flatMap((a) => [
    ...Object.keys(a.translations).map((lang) => ({ slug: a.slug, file: `${lang}.json` })),
    ...(a.translations.zh ? [{ slug: a.slug, file: CHINESE_WORDS }] : []),
  ]);
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const article = findArticle(slug);
  if (file === CHINESE_WORDS) {
    if (!article?.translations.zh) notFound();
    return Response.json(await articleChineseWords(article));
  }
  const lang = file.replace(/\.json$/u, '');
  if (!article || !file.endsWith('.json') || !isLocale(lang) || !article.translations[lang]) notFound();
  return Response.json(columnData(article, lang));
}
