/**
 * Sentence segmentation: `Intl.Segmenter` (ICU's sentence rules for the locale), then the
 * corrections of segment-rules.ts for where ICU errs on news text: quotes and their
 * attribution, abbreviations and initials, a period before a lowercase word, Chinese and
 * Japanese closing quotes, Greek `;` and the Devanagari danda.
 */
import { segmenter } from '../segmenter';
import { findQuoteMarks, findQuoteSpans } from './quotes';
import { attributedRegion, extraCuts, isSentenceEnd, moveAfterClosers, moveBeforeOpeners, paragraphCuts } from './segment-rules';

/** The indexes where ICU starts a sentence (0 excluded). */
function icuCuts(text: string, lang: string): number[] {
  const cuts: number[] = [];
  for (const { index } of segmenter(lang, 'sentence').segment(text)) if (index > 0) cuts.push(index);
  return cuts;
}

/**
 * Splits a text into sentences.
 *
 * Line breaks inside a paragraph are read as spaces; a blank line always ends a sentence.
 * Segments are trimmed and never empty, and joined together they hold every non-space
 * character of `text`, in order.
 * @param text running text (one paragraph, or several separated by blank lines)
 * @param lang a BCP 47 language code such as `fr`, `zh`, `el`
 */
export function segmentSentences(text: string, lang: string): string[] {
  // Same length as `text`, so indexes carry over; ICU would break at every newline.
  const flat = text.replace(/[\r\n\u2028\u2029]/gu, ' ');
  const marks = findQuoteMarks(flat, lang);
  const roles = new Map(marks.map((mark) => [mark.index, mark.role] as const));

  const cuts = [...icuCuts(flat, lang), ...extraCuts(flat, lang)]
    .map((cut) => moveAfterClosers(flat, cut, roles))
    .map((cut) => moveBeforeOpeners(flat, cut, roles))
    .filter((cut) => isSentenceEnd(flat, cut, lang));

  const quoted = new Uint8Array(flat.length + 1);
  for (const span of findQuoteSpans(marks)) {
    const region = attributedRegion(flat, span, roles);
    if (region) quoted.fill(1, region[0], region[1] + 1);
  }

  const sorted = [...new Set([0, ...cuts.filter((cut) => quoted[cut] === 0), ...paragraphCuts(text), text.length])].sort((a, b) => a - b);
  const sentences: string[] = [];
  for (let k = 1; k < sorted.length; k++) {
    const sentence = flat.slice(sorted[k - 1], sorted[k]).trim();
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}
