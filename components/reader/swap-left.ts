/**
 * Puts another language in the reader's left column, in the browser, from the static column
 * data (/data/<slug>/<lang>.json). The two translations are aligned through the French pivot:
 * sentences joined by French sentences they both translate share a bead. The choice lives in the
 * URL (`?left=ko`), so the view can be shared and reloaded. Loaded on first use.
 */
import type { ColumnData } from '@/lib/reader/column-data';
import { SENTENCE_CLASS } from './sentence-class';

interface Original {
  lang: string;
  nodes: Node[];
}

const originals = new WeakMap<Element, Original>();
const originalBeads = new WeakMap<Element, { bead: string; unmatched: string | null }>();

/** Union–find over sentence keys ("F3", "L0", "R1"). */
function components(edges: [string, string][]): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  for (const [a, b] of edges) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  return find;
}

function sentenceContainer(column: Element): Element | null {
  return column.querySelector('.sentence')?.parentElement?.parentElement ?? null;
}

function sentenceNode(text: string, gap: string, bead: string, unmatched: string | null, index: number): Node {
  const wrapper = document.createElement('span');
  wrapper.append(gap);
  const span = document.createElement('span');
  span.className = SENTENCE_CLASS;
  span.tabIndex = 0;
  span.dataset.bead = bead;
  span.dataset.i = String(index);
  if (unmatched) {
    span.dataset.unmatched = 'true';
    span.title = unmatched;
  }
  span.textContent = text;
  wrapper.append(span);
  return wrapper;
}

/** Puts French back in the left column, as the static page had it. */
export function showFrench(): void {
  for (const column of document.querySelectorAll('[data-column="source"], [data-left-text]')) {
    const original = originals.get(column);
    const container = column.hasAttribute('data-left-text') ? column : sentenceContainer(column);
    if (!original || !container) continue;
    container.replaceChildren(...original.nodes);
    column.setAttribute('lang', original.lang);
  }
  for (const span of document.querySelectorAll('[data-column="target"] [data-bead]')) {
    const original = originalBeads.get(span);
    if (!original) continue;
    span.setAttribute('data-bead', original.bead);
    if (original.unmatched === null) span.removeAttribute('data-unmatched');
    else span.setAttribute('data-unmatched', original.unmatched);
  }
}

/**
 * Shows `data` (a translation) in the left column, realigned with the right column through French.
 * @param labels the interface's words for a sentence with no counterpart, and for a translation
 */
export function showLeft(data: ColumnData, labels: { noCounterpart: string; translationNotice: string }): void {
  const { noCounterpart } = labels;
  showFrench();
  for (const row of document.querySelectorAll<HTMLElement>('[data-pair]')) {
    const block = data.blocks[Number(row.id.slice(2)) - 1];
    const left = row.querySelector('[data-column="source"]');
    const right = row.querySelector('[data-column="target"]');
    const container = left && sentenceContainer(left);
    if (!block || !left || !right || !container) continue;

    // French sentence i belongs to bead b of the right column (from the static page).
    const edges: [string, string][] = [];
    const frenchBead = new Map<string, string[]>();
    for (const span of left.querySelectorAll('[data-bead]')) {
      const bead = span.getAttribute('data-bead') as string;
      frenchBead.set(bead, [...(frenchBead.get(bead) ?? []), `F${span.getAttribute('data-i')}`]);
    }
    const rightSpans = [...right.querySelectorAll('[data-bead]')];
    rightSpans.forEach((span, j) => {
      const original = originalBeads.get(span) ?? {
        bead: span.getAttribute('data-bead') as string,
        unmatched: span.getAttribute('data-unmatched'),
      };
      originalBeads.set(span, original);
      const bead = original.bead;
      edges.push([`R${j}`, `R${j}`], ...(frenchBead.get(bead) ?? []).map((f): [string, string] => [`R${j}`, f]));
    });
    for (const bead of block.beads) for (const f of bead.src) for (const l of bead.tgt) edges.push([`F${f}`, `L${l}`]);
    block.sentences.forEach((_, l) => edges.push([`L${l}`, `L${l}`]));
    const find = components(edges);

    const prefix = row.id.slice(2);
    const rightRoots = new Set(rightSpans.map((_, j) => find(`R${j}`)));
    const leftRoots = new Set(block.sentences.map((_, l) => find(`L${l}`)));
    const id = (root: string) => `${prefix}.${root}`;

    originals.set(left, { lang: left.getAttribute('lang') ?? 'fr', nodes: [...container.childNodes] });
    container.replaceChildren(
      ...block.sentences.map((s, l) =>
        sentenceNode(s.text, s.gap, id(find(`L${l}`)), rightRoots.has(find(`L${l}`)) ? null : noCounterpart, l),
      ),
    );
    left.setAttribute('lang', data.tag);
    rightSpans.forEach((span, j) => {
      const root = find(`R${j}`);
      span.setAttribute('data-bead', id(root));
      if (!leftRoots.has(root)) span.setAttribute('data-unmatched', 'true');
      else span.removeAttribute('data-unmatched');
    });
  }
  for (const el of document.querySelectorAll('[data-left-text]')) {
    originals.set(el, { lang: el.getAttribute('lang') ?? 'fr', nodes: [...el.childNodes] });
    const what = el.getAttribute('data-left-text');
    el.replaceChildren(what === 'title' ? data.title : what === 'name' ? data.name : labels.translationNotice);
    if (what !== 'notice') el.setAttribute('lang', data.tag);
  }
}

type Labels = Parameters<typeof showLeft>[1];

let requests = 0;

/**
 * Shows in the left column the language `?left=` names (French when it names none the picker
 * offers), then marks it on <html data-left>. A later call wins over one still fetching.
 */
export async function showAskedLeft(slug: string, labels: Labels): Promise<void> {
  const picker = document.querySelector<HTMLSelectElement>('[data-left-picker]');
  const asked = new URL(window.location.href).searchParams.get('left');
  const left = picker && [...picker.options].some((o) => o.value === asked) ? (asked as string) : 'fr';
  if (picker) picker.value = left;
  const request = ++requests;
  if (left === 'fr') showFrench();
  else {
    const response = await fetch(`/data/${slug}/${left}.json`);
    if (!response.ok || request !== requests) return;
    showLeft(await response.json(), labels);
  }
  if (picker) namePlayButtons(picker, left);
  document.documentElement.dataset.left = left;
}

/**
 * Makes the left blocks' play buttons name the left column's language: their labels, made on the
 * server, end with French's name in the interface language, which the picker's options give
 * (`data-ui-name`) with the other languages'.
 */
function namePlayButtons(picker: HTMLSelectElement, left: string): void {
  const name = (lang: string) => picker.querySelector<HTMLOptionElement>(`option[value="${lang}"]`)?.dataset.uiName;
  const [french, shown] = [name('fr'), name(left)];
  if (!french || !shown) return;
  for (const button of document.querySelectorAll<HTMLElement>('[data-play="source"]')) {
    const label = (button.dataset.label ??= button.getAttribute('aria-label') ?? '');
    const at = label.lastIndexOf(french);
    if (at >= 0) button.setAttribute('aria-label', label.slice(0, at) + shown + label.slice(at + french.length));
  }
}

/** The picker's choice: written to the URL (French is the default, left out), then shown. */
export function chooseLeft(picker: HTMLSelectElement, slug: string, labels: Labels): Promise<void> {
  const url = new URL(window.location.href);
  if (picker.value === 'fr') url.searchParams.delete('left');
  else url.searchParams.set('left', picker.value);
  window.history.replaceState(window.history.state, '', url);
  return showAskedLeft(slug, labels);
}
