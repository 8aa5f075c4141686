/**
 * A sentence of the page as read: its text without pinyin (`<rt>`, `<rp>`) and without the hidden
 * other script of Chinese (`.hant`, so Simplified). Shared by the lookup and read aloud.
 */

/** Text inside these is not part of the sentence as read. */
const NOT_TEXT = 'rt, rp, .hant';

/** The text nodes of a sentence as read, in order. */
export function textNodes(sentence: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NOT_TEXT)) nodes.push(node as Text);
  }
  return nodes;
}

/** The sentence's text as read. */
export function sentenceText(sentence: Element): string {
  return textNodes(sentence)
    .map((n) => n.data)
    .join('');
}
