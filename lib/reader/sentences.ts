/**
 * Sentence alignment for the reader: each block pair is cut into sentences and aligned with
 * `lib/align` (a length model estimated over the whole article for that language pair), so
 * that each sentence carries the id of its bead, the same in both columns.
 */
// The modules themselves, not lib/align's index: the reader never needs the zh–en dictionary.
import { alignSentences } from '../align/align';
import { estimateLengthModel } from '../align/length-model';
import { segmentSentences } from '../align/segment';
import type { Bead } from '../align/types';
import { SOURCE_LANGUAGE } from '../content/load';
import type { Article, LocaleCode } from '../content/schema';

/** One sentence as the reader shows it. */
export interface Sentence {
  text: string;
  /** What separates it from the previous sentence in the block's text (a space, or nothing in CJK). */
  gap: string;
  /** Index of the sentence in its block. */
  index: number;
  /** Bead id, unique in the article: `<block>.<bead>` (e.g. "7.2"). */
  bead: string;
  /** True when the bead has no sentence on the other side. */
  unmatched: boolean;
}

export interface BlockSentences {
  source: Sentence[];
  target: Sentence[];
  beads: Pick<Bead, 'src' | 'tgt'>[];
}

/** Cuts a block into sentences and keeps the text between them, so nothing of the block is lost. */
export function sentencesOf(text: string, lang: string): { text: string; gap: string }[] {
  const parts = segmentSentences(text, lang);
  let cursor = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, cursor);
    if (at < 0) throw new Error(`segmentation changed the text of a block near "${part.slice(0, 30)}"`);
    const gap = text.slice(cursor, at);
    cursor = at + part.length;
    return { text: part, gap };
  });
}

function decorate(
  parts: { text: string; gap: string }[],
  side: 'src' | 'tgt',
  beads: Pick<Bead, 'src' | 'tgt'>[],
  block: number,
): Sentence[] {
  const beadOf = new Map<number, number>();
  beads.forEach((bead, b) => bead[side].forEach((i) => beadOf.set(i, b)));
  const other = side === 'src' ? 'tgt' : 'src';
  return parts.map((part, index) => {
    const b = beadOf.get(index) ?? -1;
    return { ...part, index, bead: `${block}.${b + 1}`, unmatched: (beads[b]?.[other].length ?? 0) === 0 };
  });
}

const cache = new Map<string, BlockSentences[]>();

/**
 * The sentence alignment of every block pair of an article's source and one translation.
 * Computed once per article and language (at build time, when pages are rendered).
 */
export function sentenceAlignment(article: Article, lang: LocaleCode): BlockSentences[] {
  const key = `${article.slug}/${lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const translation = article.translations[lang];
  if (!translation) throw new Error(`${article.slug} has no ${lang} translation`);
  const source = article.source.blocks;
  const lengthModel = estimateLengthModel(
    source.map((b) => b.text),
    translation.blocks.map((b) => b.text),
  );
  const result = source.map((block, i) => {
    const target = translation.blocks[i];
    if (!target) throw new Error(`${translation.file}: block ${i + 1} is missing`);
    const src = sentencesOf(block.text, SOURCE_LANGUAGE);
    const tgt = sentencesOf(target.text, lang);
    const beads = alignSentences(
      src.map((s) => s.text),
      tgt.map((s) => s.text),
      { srcLang: SOURCE_LANGUAGE, tgtLang: lang, lengthModel },
    ).map(({ src, tgt }) => ({ src, tgt }));
    return { source: decorate(src, 'src', beads, block.index), target: decorate(tgt, 'tgt', beads, block.index), beads };
  });
  cache.set(key, result);
  return result;
}
