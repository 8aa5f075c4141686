/**
 * Anchors: what survives translation unchanged and so shows which segments translate which.
 * Numbers (read by numbers.ts), names and acronyms in Latin script (OpenAI, GPT-4, Waymo,
 * H-1B), quotations and questions. Each segment also gets a vocabulary, the keys an anchor
 * of the other side is looked up in.
 */
import { extractNumbers } from './numbers';

/** One anchor of a segment: its comparison key and how much a match counts. */
export interface Anchor {
  key: string;
  weight: number;
}

/** A segment's anchors, and the keys it offers to the other side's anchors. */
export interface SegmentAnchors {
  anchors: Anchor[];
  vocabulary: ReadonlySet<string>;
}

const LATIN_WORD = /[\p{Script=Latin}\d]+(?:[-.'’][\p{Script=Latin}\d]+)*/gu;
const QUOTES = /[«»“”„"「」『』]/u;
const QUESTION = /[?？\u037e]/u;
// How telling a match is: a figure such as 450000 is rarely shared by chance, a year or a
// two-digit number more often, a single digit or a quotation mark often.
const WEIGHT = { figure: 3, number: 1.5, shortNumber: 0.5, acronym: 1.5, name: 1, quote: 0.3, question: 0.8 };

function numberWeight(value: string): number {
  const digits = value.replace(/\D/gu, '').replace(/^0+/u, '');
  const year = /^(19|20)\d\d$/u.test(value);
  if (digits.length >= 3 && !year) return WEIGHT.figure;
  return digits.length >= 2 ? WEIGHT.number : WEIGHT.shortNumber;
}

/** "GPT-4" → "gpt4": the key under which a Latin word is compared. */
function wordKey(word: string): string {
  return word.toLowerCase().replace(/[-.'’]/gu, '');
}

/** Whether a language writes in Latin script, where only capitalised words are names. */
function isLatinScript(lang: string): boolean {
  return !/^(zh|ja|ko|ru|el|sa)(-|$)/iu.test(lang);
}

function latinAnchors(text: string, lang: string): Anchor[] {
  const words = [...text.matchAll(LATIN_WORD)].map((m) => m[0]);
  const latin = isLatinScript(lang);
  const anchors: Anchor[] = [];
  words.forEach((word, k) => {
    if (/^\d+$/u.test(word)) return;
    const acronym = /\d/u.test(word) || /\p{Lu}.*\p{Lu}/u.test(word);
    const capitalised = /^\p{Lu}/u.test(word);
    // A sentence's first word is capitalised anyway: a name only if the next word is one too.
    const opening = k === 0 && capitalised && !acronym && !/^\p{Lu}/u.test(words[1] ?? '');
    if (latin && (!(acronym || capitalised) || opening)) return;
    anchors.push({ key: wordKey(word), weight: acronym ? WEIGHT.acronym : WEIGHT.name });
  });
  return anchors;
}

/**
 * The anchors and vocabulary of one segment.
 * @param lang the segment's language (in Latin-script languages only capitalised words and
 *   acronyms are anchors; in other scripts every Latin word is)
 */
export function extractAnchors(text: string, lang: string): SegmentAnchors {
  const anchors: Anchor[] = [];
  const vocabulary = new Set<string>();
  for (const value of extractNumbers(text)) {
    const key = `#${value}`;
    vocabulary.add(key);
    anchors.push({ key, weight: numberWeight(value) });
  }
  for (const m of text.matchAll(LATIN_WORD)) vocabulary.add(wordKey(m[0]));
  anchors.push(...latinAnchors(text, lang));
  if (QUOTES.test(text)) anchors.push({ key: '"', weight: WEIGHT.quote });
  if (QUESTION.test(text) || (/^el(-|$)/iu.test(lang) && /;/u.test(text))) anchors.push({ key: '?', weight: WEIGHT.question });
  for (const anchor of anchors) if (anchor.key === '"' || anchor.key === '?') vocabulary.add(anchor.key);
  // One anchor per key: a name said twice in a sentence is one piece of evidence.
  const unique = new Map<string, Anchor>();
  for (const anchor of anchors) if ((unique.get(anchor.key)?.weight ?? -1) < anchor.weight) unique.set(anchor.key, anchor);
  return { anchors: [...unique.values()], vocabulary };
}
