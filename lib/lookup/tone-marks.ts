/**
 * CC-CEDICT writes pinyin with tone numbers ("gong1 cheng2 shi1"); readers expect tone marks
 * ("gōng chéng shī"). The mark goes on a, else e, else the o of "ou", else the last vowel.
 */

const MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ',
  E: 'ĒÉĚÈ',
  I: 'ĪÍǏÌ',
  O: 'ŌÓǑÒ',
  U: 'ŪÚǓÙ',
  Ü: 'ǕǗǙǛ',
};

/** Where the tone mark goes in one syllable (an index into it), or -1 when it has no vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  for (const vowel of ['a', 'e']) {
    const at = lower.indexOf(vowel);
    if (at >= 0) return at;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) if ('aeiouü'.includes(lower[i] as string)) return i;
  return -1;
}

/** One numbered syllable ("lu:4", "shi1", "r5") with its tone mark ("lǜ", "shī", "r"). */
export function markSyllable(numbered: string): string {
  const match = /^([a-zü:]+)([1-5])$/iu.exec(numbered);
  if (!match) return numbered.replace(/u:/gu, 'ü').replace(/U:/gu, 'Ü');
  const letters = (match[1] as string).replace(/u:/gu, 'ü').replace(/U:/gu, 'Ü');
  const tone = Number(match[2]);
  const at = markIndex(letters);
  if (tone === 5 || at < 0) return letters;
  const vowel = letters[at] as string;
  const marked = MARKS[vowel]?.[tone - 1] ?? vowel;
  return letters.slice(0, at) + marked + letters.slice(at + 1);
}

/** A CC-CEDICT pinyin field with tone marks: syllables keep their spaces; other tokens (",", "·") stay. */
export function toneMarks(numbered: string): string {
  return numbered
    .split(' ')
    .map((token) => markSyllable(token))
    .join(' ');
}
