/**
 * Corrections to the sentence breaks of `Intl.Segmenter`. A break ("cut") is the index where
 * a sentence starts; each rule moves or drops cuts, never touching the text itself.
 */
import { isAbbreviation } from './abbreviations';
import type { QuoteMark, QuoteSpan } from './quotes';

const SPACE = /\s/u;
const BRACKET_CLOSERS = /[)\]）】]/u;
const CJK_TERMINALS = /[。！？!?…]/u;
// What may follow a quotation for the words after it to be its attribution ("», a déclaré X").
const CONTINUATION = /[\p{Ll},，;；:：、)）]/u;

function skipSpaces(text: string, from: number): number {
  let k = from;
  while (k < text.length && SPACE.test(text[k] as string)) k++;
  return k;
}

/** Moves a cut that falls before closing quotes (`pays. »`) to after them. */
export function moveAfterClosers(text: string, cut: number, roles: ReadonlyMap<number, QuoteMark['role']>): number {
  let k = skipSpaces(text, cut);
  let moved = false;
  while (k < text.length && (roles.get(k) === 'close' || BRACKET_CLOSERS.test(text[k] as string))) {
    k = skipSpaces(text, k + 1);
    moved = true;
  }
  return moved ? k : cut;
}

/** Moves a cut that falls after an opening quote (`邀请。“`) to before it. */
export function moveBeforeOpeners(text: string, cut: number, roles: ReadonlyMap<number, QuoteMark['role']>): number {
  let k = cut - 1;
  while (k >= 0 && SPACE.test(text[k] as string)) k--;
  let result = cut;
  while (k >= 0 && roles.get(k) === 'open') {
    result = k;
    k--;
  }
  return result;
}

/** Whether a cut is a sentence end: not before a lowercase word or a comma, not after an abbreviation. */
export function isSentenceEnd(text: string, cut: number, lang: string): boolean {
  const next = text[skipSpaces(text, cut)];
  if (next === undefined) return false;
  if (CONTINUATION.test(next)) return false;
  let end = cut;
  while (end > 0 && SPACE.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
  const lastWord = text.slice(start, end);
  return !(lastWord.endsWith('.') && isAbbreviation(lastWord, lang));
}

/**
 * The region of a quotation that is followed by its attribution (`"…", a déclaré X`,
 * `“…。”他说`): no sentence ends inside it or right after it.
 * @returns [first index, last index] in which cuts are dropped, or undefined
 */
export function attributedRegion(
  text: string,
  span: QuoteSpan,
  roles: ReadonlyMap<number, QuoteMark['role']>,
): [number, number] | undefined {
  const after = skipSpaces(text, span.close + 1);
  const next = text[after];
  if (next === undefined) return undefined;
  const last = text[span.close - 1] ?? '';
  const attributed =
    CONTINUATION.test(next) ||
    last === ',' ||
    (CJK_TERMINALS.test(last) && after === span.close + 1 && roles.get(after) !== 'open' && !CJK_TERMINALS.test(next));
  return attributed ? [span.open + 1, after] : undefined;
}

/** Cuts after a Devanagari danda (।, ॥) and, in Greek, after the question mark `;`. */
export function extraCuts(text: string, lang: string): number[] {
  const greek = lang.toLowerCase().startsWith('el');
  const pattern = greek ? /[।॥;\u037e]\s+/gu : /[।॥]\s+/gu;
  return [...text.matchAll(pattern)].map((m) => (m.index ?? 0) + m[0].length);
}

/** Cuts at paragraph breaks (a blank line), which always end a sentence. */
export function paragraphCuts(text: string): number[] {
  return [...text.matchAll(/\n[^\S\n]*\n\s*/gu)].map((m) => (m.index ?? 0) + m[0].length);
}
