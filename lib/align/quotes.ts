/**
 * Quotation marks: which ones open, which close, and the spans they enclose. Straight quotes
 * (and Finnish ” ”) look the same on both sides, so their role is read from the characters
 * around them, and from their parity when the context does not tell.
 */

/** A quotation mark's position and role. */
export interface QuoteMark {
  index: number;
  char: string;
  role: 'open' | 'close';
}

/** An opening mark and the closing mark that ends it (indexes into the text). */
export interface QuoteSpan {
  open: number;
  close: number;
}

const OPENERS = new Set(['«', '„', '“', '「', '『', '‹']);
const CLOSERS = new Set(['»', '”', '」', '』', '›']);
const SYMMETRIC = new Set(['"']);
const ANY_MARK = /["«»“”„「」『』‹›]/gu;
const PAIRS: Readonly<Record<string, string>> = {
  '«': '»',
  '„': '“”',
  '“': '”',
  '「': '」',
  '『': '』',
  '‹': '›',
  '"': '"',
  '”': '”',
  '»': '»',
};
// A neighbour of this kind says "outside the quotation" (space, bracket, punctuation).
const OUTSIDE_BEFORE = /[\s([{—–-]/u;
const OUTSIDE_AFTER = /[\s)\]}.,;:!?…，。、；：！？]/u;

/** The role a mark plays in a language: German closes with “, Finnish uses ” and » on both sides. */
function kindOf(char: string, lang: string): 'open' | 'close' | 'symmetric' | undefined {
  const base = lang.toLowerCase().split('-')[0];
  if (base === 'de' && char === '“') return 'close';
  if (base === 'fi' && (char === '”' || char === '»')) return 'symmetric';
  if (SYMMETRIC.has(char)) return 'symmetric';
  if (OPENERS.has(char)) return 'open';
  if (CLOSERS.has(char)) return 'close';
  return undefined;
}

/** Every quotation mark of `text` with its role. */
export function findQuoteMarks(text: string, lang: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const seen = new Map<string, number>();
  for (const match of text.matchAll(ANY_MARK)) {
    const i = match.index ?? 0;
    const char = match[0];
    const kind = kindOf(char, lang);
    if (!kind) continue;
    if (kind !== 'symmetric') {
      marks.push({ index: i, char, role: kind });
      continue;
    }
    const count = seen.get(char) ?? 0;
    seen.set(char, count + 1);
    const before = i === 0 || OUTSIDE_BEFORE.test(text[i - 1] as string);
    const after = i === text.length - 1 || OUTSIDE_AFTER.test(text[i + 1] as string);
    let role: 'open' | 'close';
    if (i === text.length - 1) role = 'close';
    else if (i === 0) role = 'open';
    else if (before && !after) role = 'open';
    else if (after && !before) role = 'close';
    else role = count % 2 === 0 ? 'open' : 'close';
    marks.push({ index: i, char, role });
  }
  return marks;
}

/** Pairs opening and closing marks (nesting allowed; a closer with no matching opener is ignored). */
export function findQuoteSpans(marks: readonly QuoteMark[]): QuoteSpan[] {
  const stack: QuoteMark[] = [];
  const spans: QuoteSpan[] = [];
  for (const mark of marks) {
    if (mark.role === 'open') {
      stack.push(mark);
      continue;
    }
    for (let k = stack.length - 1; k >= 0; k--) {
      const opener = stack[k] as QuoteMark;
      if ((PAIRS[opener.char] ?? '').includes(mark.char)) {
        spans.push({ open: opener.index, close: mark.index });
        stack.length = k;
        break;
      }
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}
