/** The page as read aloud: which sentences a pair holds, and the words of each as spoken. */
import { sentenceText } from '../sentence-text';

/** One sentence of the page, ready to be spoken. */
export interface Line {
  bead: string;
  text: string;
  /** The `lang` of its block (the left column's may change when another language is put there). */
  lang: string;
  element: HTMLElement;
}

/** The sentences of one column of a pair, in reading order. */
export function columnLines(pair: Element, column: 'source' | 'target'): Line[] {
  const block = pair.querySelector(`[data-column="${column}"]`);
  if (!block) return [];
  const lang = block.closest('[lang]')?.getAttribute('lang') ?? '';
  return [...block.querySelectorAll<HTMLElement>('.sentence')]
    .map((element) => ({ bead: element.dataset.bead ?? '', text: sentenceText(element).trim(), lang, element }))
    .filter((line) => line.text !== '');
}

/** The column ('source' or 'target') an element of a pair is in, if any. */
export function columnOf(element: Element): 'source' | 'target' | null {
  const column = element.closest('[data-column]')?.getAttribute('data-column');
  return column === 'source' || column === 'target' ? column : null;
}
