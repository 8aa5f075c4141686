/**
 * Chinese word segmentation for lookup: a segmenter's words (jieba at build), each word the
 * dictionary lacks cut again by longest match into dictionary words or single characters, so
 * that every Chinese character of the text can be looked up.
 */

const HAN = /\p{Script=Han}/u;

/** Whether a text holds at least one Chinese character. */
export const hasHan = (text: string): boolean => HAN.test(text);

/**
 * Cuts a word into dictionary words by longest match from the left; characters that start no
 * dictionary word stand alone.
 */
export function longestMatch(word: string, inDictionary: (word: string) => boolean, maxLength = 8): string[] {
  const chars = [...word];
  const words: string[] = [];
  let at = 0;
  while (at < chars.length) {
    let length = Math.min(maxLength, chars.length - at);
    while (length > 1 && !inDictionary(chars.slice(at, at + length).join(''))) length--;
    words.push(chars.slice(at, at + length).join(''));
    at += length;
  }
  return words;
}

/**
 * The words of a Chinese text: `cut` proposes them, words with Chinese characters that the
 * dictionary lacks are cut by longest match, and neighbouring runs without Chinese (punctuation,
 * Latin names, numbers) are joined into one. The words put together give the text back.
 * @throws when `cut` changed the text (it must only cut it)
 */
export function segmentChinese(text: string, cut: (text: string) => string[], inDictionary: (word: string) => boolean): string[] {
  const proposed = cut(text);
  if (proposed.join('') !== text) throw new Error(`the segmenter changed the text "${text.slice(0, 40)}"`);
  const words: string[] = [];
  for (const word of proposed) {
    if (!hasHan(word)) {
      const last = words.length - 1;
      if (last >= 0 && !hasHan(words[last] as string)) words[last] += word;
      else words.push(word);
    } else if (inDictionary(word)) words.push(word);
    else words.push(...longestMatch(word, inDictionary));
  }
  return words;
}

const BASE = 36;

/**
 * Word lengths as a compact string, one base-36 digit per word (UTF-16 code units, as the
 * browser counts offsets); a run longer than 35 becomes several digits, which still cover it.
 */
export function encodeLengths(words: string[]): string {
  let out = '';
  for (const word of words) {
    let rest = word.length;
    while (rest > 0) {
      const piece = Math.min(rest, BASE - 1);
      out += piece.toString(BASE);
      rest -= piece;
    }
  }
  return out;
}

/** The [start, end) offsets of the word of `encoded` that covers `offset`, or null past the end. */
export function segmentAt(encoded: string, offset: number): { start: number; end: number } | null {
  let start = 0;
  for (const digit of encoded) {
    const end = start + Number.parseInt(digit, BASE);
    if (offset >= start && offset < end) return { start, end };
    start = end;
  }
  return null;
}

/** Every [start, end) word span of an encoded sentence, in order. */
export function segmentSpans(encoded: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const digit of encoded) {
    const end = start + Number.parseInt(digit, BASE);
    spans.push({ start, end });
    start = end;
  }
  return spans;
}
