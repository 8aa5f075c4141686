/**
 * Names that must survive translation: the Latin-script proper names and acronyms of a French
 * block (OpenAI, GPT-4, Waymo, H-1B, Zhao Ming…). A translation keeps each one, or uses a
 * rendering listed for its language (英伟达 for Nvidia) or a correction listed for all
 * languages (MacroPolo for the garbled McCropolo).
 */

/** Tells whether a word is an ordinary French word (so "Chine" or "Selon" is not a name). */
export type FrenchLexicon = (word: string) => boolean;

/** Shared by every language: `content/names.json`. */
export interface NameRules {
  /** Garbled or misspelt names of the source and their right forms. */
  corrections: Record<string, string[]>;
  /** Capitalised words of the source that are not names, and why. */
  notNames: Record<string, string>;
}

/** A language's accepted renderings: `content/renderings/<lang>.json`. */
export type Renderings = Record<string, string[]>;

const TOKEN = /\p{Lu}[\p{L}\p{N}.-]*[\p{L}\p{N}]|\p{Lu}/gu;
const SENTENCE_START = /(?:^|[.!?:;«"“(])\s*$/u;

function isNameToken(word: string, known: FrenchLexicon): boolean {
  if (/\p{N}/u.test(word) || /^\p{Lu}{2}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return true;
  return !known(word) && !known(word.toLowerCase());
}

/**
 * The names of a French text: runs of capitalised words (not opening a sentence unless they are
 * themselves names) that hold at least one word the French lexicon does not know, or an acronym.
 */
export function namesIn(text: string, known: FrenchLexicon, rules: NameRules): string[] {
  const names: string[] = [];
  let run: { start: number; end: number; hasName: boolean } | null = null;
  let previousEnd = -1;
  const close = () => {
    if (run?.hasName) names.push(text.slice(run.start, run.end));
    run = null;
  };
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const elided = /^['’]/u.test(text.slice(end)); // Aujourd’hui, C’est, L’IA: French words
    const name = !elided && !(word in rules.notNames) && isNameToken(word, known);
    const adjacent = previousEnd >= 0 && text.slice(previousEnd, start) === ' ';
    previousEnd = end;
    if (!adjacent) close();
    const joins = !elided && !(word in rules.notNames) && (name || !SENTENCE_START.test(text.slice(0, start)));
    if (!joins) {
      close();
      continue;
    }
    run = run ? { start: run.start, end, hasName: run.hasName || name } : { start, end, hasName: name };
  }
  close();
  return [...new Set(names)];
}

function accepted(name: string, renderings: Renderings, rules: NameRules): string[] {
  return [name, ...(rules.corrections[name] ?? []), ...(renderings[name] ?? [])];
}

/**
 * The names of a French block missing from its translation. A run of words passes when it is
 * found whole, through a rendering, or word by word.
 */
export function missingNames(
  source: string,
  translation: string,
  known: FrenchLexicon,
  rules: NameRules,
  renderings: Renderings,
): string[] {
  const found = (name: string) => accepted(name, renderings, rules).some((form) => translation.includes(form));
  return namesIn(source, known, rules).filter((name) => {
    if (found(name)) return false;
    // "OpenAI La boîte": the run's ordinary words need not survive, only its names.
    const words = name.split(' ').filter((w) => isNameToken(w, known));
    return !words.every(found);
  });
}
