/**
 * Dictionary evidence, as hunalign uses it: a Chinese word counts for a bead when one of its
 * dictionary translations occurs in the English side. Chinese text is cut into words by
 * greedy longest match against the dictionary; English words are compared by a crude stem.
 */
import type { Lexicon } from './types';

const HAN_RUN = /\p{Script=Han}+/gu;
// Function words that are in the dictionary but say nothing about the sentence.
const CHINESE_STOP_WORDS = new Set(
  '的 了 是 在 和 与 也 都 有 这 那 就 而 对 将 被 把 让 从 等 一个 他 她 它 我 你 们 他们 我们 之 其 及 并 或 但 为 以 于 中 上 下 个 不 很 更 还 又 已 已经 会 能 要 说'.split(
    ' ',
  ),
);

/** Crude English stem: enough for "engineers"/"engineer", "developing"/"develop". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ment', 'ed', 'ly', 'al']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** The stems of the English words of a text. */
export function englishStems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/gu) ?? []).map(stem));
}

/** A Chinese content word and the stems of its dictionary translations. */
export interface GlossedWord {
  word: string;
  stems: ReadonlySet<string>;
}

/** Cuts the Chinese of a text into dictionary words (longest match first) and keeps the content words. */
export function chineseWords(text: string, lexicon: Lexicon): GlossedWord[] {
  const words: GlossedWord[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    let k = 0;
    while (k < run.length) {
      let found = 1;
      let glosses: readonly string[] | undefined;
      for (let len = Math.min(lexicon.maxWordLength, run.length - k); len >= 1; len--) {
        glosses = lexicon.glosses(run.slice(k, k + len));
        if (glosses) {
          found = len;
          break;
        }
      }
      const word = run.slice(k, k + found);
      if (glosses && glosses.length > 0 && !CHINESE_STOP_WORDS.has(word)) {
        words.push({ word, stems: new Set(glosses.map(stem)) });
      }
      k += found;
    }
  }
  return words;
}

/** Whether a Chinese word's translations occur among an English text's stems. */
export function isTranslatedIn(word: GlossedWord, englishStemSet: ReadonlySet<string>): boolean {
  for (const s of word.stems) if (englishStemSet.has(s)) return true;
  return false;
}
