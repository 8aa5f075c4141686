/** One `Intl.Segmenter` per language and granularity, made on first use and kept: they are costly to build. */
const segmenters = new Map<string, Intl.Segmenter>();

/** The segmenter cutting `lang` text into words or sentences (ICU's rules for that locale). */
export function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity} ${lang}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity });
    segmenters.set(key, found);
  }
  return found;
}
