import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/routing';
import { findArticle, loadArticles } from '@/lib/content/load';
import { columnData } from '@/lib/reader/column-data';

// Static JSON files, written at build: /data/<slug>/<lang>.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return loadArticles().flatMap((a) => Object.keys(a.translations).map((lang) => ({ slug: a.slug, file: `${lang}.json` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const lang = file.replace(/\.json$/u, '');
  const article = findArticle(slug);
  if (!article || !file.endsWith('.json') || !isLocale(lang) || !article.translations[lang]) notFound();
  return Response.json(columnData(article, lang));
}
