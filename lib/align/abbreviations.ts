/**
 * Words ending in a period that do not end a sentence: titles (M., Dr.), initials (J. K.),
 * dotted abbreviations (U.S., e.g., z.B., т.е.) and a short list per language.
 */

// Titles and abbreviations that are followed by a capitalised word or a number, so the
// segmenter takes them for a sentence end. "etc." is not here: followed by a capital it may
// well end the sentence, and followed by a lowercase word it is already kept (see segment.ts).
const SHARED = ['Dr', 'Prof', 'St', 'Jr', 'Sr'];
const BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['Mr', 'Mrs', 'Ms', 'No', 'Nos', 'Fig', 'Vol', 'Inc', 'Ltd', 'Co', 'Corp', 'vs', 'cf', 'approx', 'pp'],
  fr: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Pr', 'Ste', 'Mgr', 'env', 'cf', 'réf', 'p', 'vol'],
  de: ['Hr', 'Fr', 'Hrn', 'Nr', 'ca', 'vgl', 'bzw', 'usw', 'Dipl', 'Ing', 'Bd', 'Abb'],
  es: ['Sr', 'Sra', 'Srta', 'Sres', 'Dra', 'Ud', 'Uds', 'núm', 'pág'],
  it: ['Sig', 'Sigg', 'Dott', 'Avv', 'Ing', 'pag'],
  pt: ['Sra', 'Dra', 'Exmo', 'Exma', 'pág', 'núm'],
  ru: ['г', 'гг', 'им', 'ул', 'св', 'тыс', 'млн', 'млрд', 'руб', 'проф', 'см'],
  el: ['κ', 'Καθ', 'σελ'],
  fi: ['esim', 'ks', 'ns', 'tri', 'prof', 'mm'],
  id: ['dr', 'dll', 'dsb', 'dkk', 'hlm', 'Bpk', 'Jl', 'Prof'],
  la: ['cf', 'Kal'],
};

const cache = new Map<string, ReadonlySet<string>>();
function abbreviationsOf(lang: string): ReadonlySet<string> {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  let set = cache.get(base);
  if (!set) {
    set = new Set([...SHARED, ...(BY_LANGUAGE[base] ?? [])].map((word) => `${word}.`));
    cache.set(base, set);
  }
  return set;
}

const INITIAL = /^\p{Lu}\.$/u;
const DOTTED = /^(?:\p{L}{1,2}\.){2,}$/u;

/**
 * Whether `word` (the last word before a candidate sentence break, with its final period)
 * is an abbreviation after which a sentence does not end.
 */
export function isAbbreviation(word: string, lang: string): boolean {
  const bare = word.replace(/^[\p{Ps}\p{Pi}"'«„]+/u, '');
  return abbreviationsOf(lang).has(bare) || INITIAL.test(bare) || DOTTED.test(bare);
}
