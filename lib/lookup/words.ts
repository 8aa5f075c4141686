/**
 * Words of running text, as the browser finds them with Intl.Segmenter (every reader language
 * has word rules there), and the other places a word occurs in the article.
 */
import { segmenter } from '../segmenter';

/** A word of a sentence: its text and [start, end) offsets. */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

// Elided articles and prepositions that Unicode's word rules keep glued to the next word (l'ingénieur).
const ELISIONS: Record<string, RegExp> = {
  fr: /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/iu,
  it: /^(?:[cdlmnstv]|un|all|dall|dell|nell|sull|coll|quell|quest|com|dov)['’]/iu,
};

/** The words of a text (letters and numbers, not spaces or punctuation), in order. */
export function wordsOf(text: string, lang: string): WordSpan[] {
  const words: WordSpan[] = [];
  const elision = ELISIONS[lang.toLowerCase().split('-')[0] ?? ''];
  for (const s of segmenter(lang, 'word').segment(text)) {
    if (!s.isWordLike) continue;
    const start = s.index;
    const cut = elision?.exec(s.segment)?.[0].length ?? 0;
    if (cut > 0 && cut < s.segment.length) {
      words.push({ text: s.segment.slice(0, cut - 1), start, end: start + cut - 1 });
      words.push({ text: s.segment.slice(cut), start: start + cut, end: start + s.segment.length });
    } else words.push({ text: s.segment, start, end: start + s.segment.length });
  }
  return words;
}

/** The word at `offset` of a text, or null when the offset falls on a space or punctuation. */
export function wordAt(text: string, offset: number, lang: string): WordSpan | null {
  return wordsOf(text, lang).find((w) => offset >= w.start && offset < w.end) ?? null;
}

/** A sentence of the article as the occurrence search sees it. */
export interface ArticleSentence {
  /** The row it is in (`p-12`). */
  pair: string;
  text: string;
  /** Its words; by default those of `wordsOf`. */
  words?: WordSpan[];
}

export interface Occurrence {
  pair: string;
  /** A short excerpt around the word, with "…" where it was cut. */
  excerpt: string;
}

/** `radius` characters on each side of [start, end), cut at spaces when there are any. */
export function excerptAround(text: string, start: number, end: number, radius = 30): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0 && text[from - 1] !== ' ') {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length && text[to] !== ' ') {
    const space = text.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/**
 * Every place a word occurs in the sentences, as a whole word and whatever its case, except
 * `skip` (the sentence it was looked up in).
 */
export function occurrences(word: string, sentences: readonly ArticleSentence[], lang: string, skip?: ArticleSentence): Occurrence[] {
  const wanted = word.toLocaleLowerCase(lang);
  const found: Occurrence[] = [];
  for (const sentence of sentences) {
    if (sentence === skip) continue;
    for (const w of sentence.words ?? wordsOf(sentence.text, lang)) {
      if (w.text.toLocaleLowerCase(lang) === wanted)
        found.push({ pair: sentence.pair, excerpt: excerptAround(sentence.text, w.start, w.end) });
    }
  }
  return found;
}
