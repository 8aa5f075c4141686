/**
 * From a sentence of the page to what the popup shows: the words of the sentence (jieba's, from
 * the static data, for Chinese; Intl.Segmenter's otherwise), and for one word its dictionary
 * entries, counterpart sentence and other occurrences in the column.
 */
import { hasHan, segmentSpans } from '@/lib/lookup/segment-zh';
import type { DictionaryEntry } from '@/lib/lookup/word-data';
import { occurrences, wordsOf, type Occurrence, type WordSpan } from '@/lib/lookup/words';
import { chineseWordData } from './chinese-data';
import { sentenceText } from '../reader/sentence-text';
import { columnSentences, counterpartOf, readingsOf, type SentencePlace } from './dom';

const isChinese = (lang: string) => lang.toLowerCase().startsWith('zh');

/** The words of a sentence's text, in order. */
async function wordsIn(text: string, place: SentencePlace, slug: string): Promise<WordSpan[]> {
  if (!isChinese(place.lang)) return wordsOf(text, place.lang);
  const encoded = (await chineseWordData(slug)).segments[place.block]?.[place.index];
  if (encoded === undefined) throw new Error(`/data/${slug}/words-zh.json: no sentence ${place.index} in block ${place.block + 1}`);
  return segmentSpans(encoded).flatMap(({ start, end }) => {
    const piece = text.slice(start, end);
    if (hasHan(piece)) return [{ text: piece, start, end }];
    return wordsOf(piece, place.lang).map((w) => ({ text: w.text, start: w.start + start, end: w.end + start }));
  });
}

/** The words of a sentence element. */
export function sentenceWords(sentence: Element, place: SentencePlace, slug: string): Promise<WordSpan[]> {
  return wordsIn(sentenceText(sentence), place, slug);
}

/** Everything the popup shows about one word. */
export interface WordLookup {
  word: WordSpan;
  lang: string;
  /** For a Chinese word: the pinyin over it on the page, and its CC-CEDICT entries (that reading first). */
  chinese?: { reading: string; entries: DictionaryEntry[] };
  context: string;
  counterpart: { text: string; lang: string; hidden: boolean };
  occurrences: Occurrence[];
}

/** Looks a word of a sentence up. */
export async function lookUp(word: WordSpan, sentence: Element, place: SentencePlace, slug: string): Promise<WordLookup> {
  const context = sentenceText(sentence);
  const others = await Promise.all(
    columnSentences(place.column)
      .filter((s) => s.place.lang === place.lang && s.element !== sentence)
      .map(async (s) => ({ pair: s.place.pair, text: s.text, words: await wordsIn(s.text, s.place, slug) })),
  );
  const result: WordLookup = {
    word,
    lang: place.lang,
    context,
    counterpart: counterpartOf(sentence, place),
    occurrences: occurrences(word.text, others, place.lang),
  };
  if (isChinese(place.lang) && hasHan(word.text)) {
    const entries = (await chineseWordData(slug)).words[word.text] ?? [];
    const reading = readingsOf(sentence, word.start, word.end);
    const first = entries.filter((e) => e.pinyin.toLowerCase() === reading);
    result.chinese = { reading: reading || (entries[0]?.pinyin ?? ''), entries: [...first, ...entries.filter((e) => !first.includes(e))] };
  }
  return result;
}
