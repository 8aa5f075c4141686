/**
 * What the lookup reads from the page (a sentence's text as read is in sentence-text.ts): the
 * character under a point, its pinyin, the counterpart sentence(s) and the
 * other sentences of a column. The page's markup is the source of truth, so a left column put
 * in by the language picker works the same.
 */

import { isHiddenBlock } from '../reader/self-test';
import { sentenceText, textNodes } from '../reader/sentence-text';

/** A text node and offset under a point, from whichever API the browser has. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const caret = document.caretPositionFromPoint(x, y);
    return caret ? { node: caret.offsetNode, offset: caret.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function boxHas(node: Text, offset: number, x: number, y: number): boolean {
  if (offset < 0 || offset >= node.length) return false;
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

/**
 * The offset, in `sentenceText`, of the character under a point, or null when the point is not
 * on the sentence's text. A point on pinyin counts as its character, one on a Traditional
 * character as the Simplified one.
 */
export function offsetAtPoint(sentence: Element, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE || !sentence.contains(caret.node)) return null;
  let node = caret.node as Text;
  // The caret falls between characters: take the one whose box holds the point.
  let offset = boxHas(node, caret.offset, x, y) || !boxHas(node, caret.offset - 1, x, y) ? caret.offset : caret.offset - 1;
  const parent = node.parentElement;
  const ruby = parent?.closest('rt') ? parent.closest('ruby') : null;
  const hant = parent?.closest('.hant');
  const base = ruby ? textNodes(ruby)[0] : hant ? hant.previousElementSibling?.firstChild : node;
  if (!(base instanceof Text)) return null;
  if (base !== node) {
    offset = ruby ? 0 : Math.min(offset, base.length - 1);
    node = base;
  }
  let before = 0;
  for (const n of textNodes(sentence)) {
    if (n === node) return before + Math.min(offset, Math.max(0, n.length - 1));
    before += n.length;
  }
  return null;
}

/** The pinyin shown over the characters [start, end) of a Chinese sentence, or '' without pinyin. */
export function readingsOf(sentence: Element, start: number, end: number): string {
  const readings: string[] = [];
  let at = 0;
  for (const n of textNodes(sentence)) {
    const rt = n.parentElement?.closest('ruby')?.querySelector('rt')?.textContent;
    if (rt && at < end && at + n.length > start) readings.push(rt);
    at += n.length;
  }
  return readings.join(' ');
}

/** Where a sentence is: its column, language, row and bead. */
export interface SentencePlace {
  column: 'source' | 'target';
  lang: string;
  /** The row id (`p-12`) and the block index (11). */
  pair: string;
  block: number;
  /** The sentence's index in its block. */
  index: number;
  bead: string;
}

/** The place of a sentence element of the reader, or null outside the reader's columns. */
export function placeOf(sentence: Element): SentencePlace | null {
  const column = sentence.closest('[data-column]');
  const row = sentence.closest('[data-pair]');
  const bead = sentence.getAttribute('data-bead');
  if (!column || !row || bead === null) return null;
  return {
    column: column.getAttribute('data-column') === 'source' ? 'source' : 'target',
    lang: column.getAttribute('lang') ?? '',
    pair: row.id,
    block: Number(row.id.slice(2)) - 1,
    index: Number(sentence.getAttribute('data-i')),
    bead,
  };
}

/** The other column's sentence(s) of the same bead, joined, with their language; '' when there are none. */
export function counterpartOf(sentence: Element, place: SentencePlace): { text: string; lang: string; hidden: boolean } {
  const other = place.column === 'source' ? 'target' : 'source';
  const column = sentence.closest('[data-pair]')?.querySelector(`[data-column="${other}"]`);
  const lang = column?.getAttribute('lang') ?? '';
  const spans = column ? [...column.querySelectorAll(`[data-bead="${CSS.escape(place.bead)}"]`)] : [];
  const separator = /^(?:zh|ja)/u.test(lang) ? '' : ' ';
  return { text: spans.map(sentenceText).join(separator), lang, hidden: isHiddenBlock(column) };
}

/** Every sentence of a column, in reading order, with its place. */
export function columnSentences(column: 'source' | 'target'): { element: Element; place: SentencePlace; text: string }[] {
  return [...document.querySelectorAll(`[data-column="${column}"] .sentence`)].flatMap((element) => {
    const place = placeOf(element);
    return place ? [{ element, place, text: sentenceText(element) }] : [];
  });
}
