/**
 * The per-language data the browser fetches to put another language in the left column:
 * a translation's title and sentences with their alignment to the French source.
 */
import { LANG_TAGS, LOCALE_NAMES, type Locale } from '@/i18n/routing';
import type { Article } from '../content/schema';
import { sentenceAlignment } from './sentences';

export interface ColumnData {
  lang: Locale;
  tag: string;
  name: string;
  title: string;
  /** One entry per block: its sentences (with the text between them) and beads from French. */
  blocks: { sentences: { text: string; gap: string }[]; beads: { src: number[]; tgt: number[] }[] }[];
}

/** The column data of one translation of an article. */
export function columnData(article: Article, lang: Locale): ColumnData {
  const translation = article.translations[lang];
  if (!translation) throw new Error(`${article.slug} has no ${lang} translation`);
  return {
    lang,
    tag: LANG_TAGS[lang],
    name: LOCALE_NAMES[lang],
    title: translation.frontMatter.title,
    blocks: sentenceAlignment(article, lang).map((block) => ({
      sentences: block.target.map(({ text, gap }) => ({ text, gap })),
      beads: block.beads,
    })),
  };
}
