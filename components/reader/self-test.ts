/**
 * Self-test: the second column blurred ("Hide translation") until the reader reveals a block,
 * or all of them. Which blocks are revealed lasts for the page; whether to hide persists.
 */
import { isFlagOn, setFlag } from './reader-flags';

const BLOCKS = '[data-column="target"]';
const REVEALED = 'data-revealed';

/** Hides the whole translation again, or shows it. */
export function setHidden(on: boolean): void {
  for (const block of document.querySelectorAll(`${BLOCKS}[${REVEALED}]`)) block.removeAttribute(REVEALED);
  setFlag('hide', on);
}

export function revealAll(): void {
  for (const block of document.querySelectorAll(BLOCKS)) block.setAttribute(REVEALED, '');
}

/** True for a translation block the self-test hides now (hiding on, the block not revealed). */
export function isHiddenBlock(block: Element | null | undefined): block is Element {
  return isFlagOn('hide') && !!block?.matches(BLOCKS) && !block.hasAttribute(REVEALED);
}

/** Reveals the hidden block `target` is in, if any; true when it did. */
export function revealBlockOf(target: EventTarget | null): boolean {
  const block = target instanceof Element ? target.closest(BLOCKS) : null;
  if (!isHiddenBlock(block)) return false;
  block.setAttribute(REVEALED, '');
  return true;
}
