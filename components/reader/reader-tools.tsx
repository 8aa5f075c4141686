/**
 * The learner tools' controls: fetched by reader-start.ts on the first use of a tool (or at once
 * when a saved setting differs from the defaults), then listening for themselves. Each tool's
 * heavier code (the lookup popup, the speech player) is fetched in turn only when that tool is used.
 */
import { READER_FLAGS, type ReaderFlag } from '@/lib/reader/settings';
import { nextPairIndex } from '@/lib/reader/next-pair';
import { shortcutFor } from '@/lib/reader/shortcuts';
import type { LookupRequest } from '@/components/lookup/types';
import { applyChoice, showChoices } from './layout-form-sync';
import { loadPlayer } from './read-aloud/load';
import { isFlagOn, setFlag, showFlags } from './reader-flags';
import type { ReaderPage } from './reader-start';
import { revealAll, revealBlockOf, setHidden } from './self-test';
import { SHORTCUTS_DIALOG } from './shortcuts-id';

const READ_ALOUD = '[data-read-aloud-open],[data-play],[data-play-sentence]';
const SENTENCE = '[data-column] .sentence';

let page: ReaderPage | null = null;

// The lookup's dialogs, shown in the page's React tree (ReaderScript) from the first use.
const lookup: { request: LookupRequest | null; panel: boolean } = { request: null, panel: false };
let lookupId = 0;

/** Opens a word lookup (a request) or the saved-words panel, or closes one (null / false). */
async function showLookup(change: Partial<typeof lookup>): Promise<void> {
  const { default: LookupLayer } = await import('@/components/lookup/LookupLayer');
  if (!page) return;
  Object.assign(lookup, change);
  page.show(
    <LookupLayer
      slug={page.slug}
      labels={page.lookup}
      request={lookup.request}
      onRequestClosed={() => void showLookup({ request: null })}
      panel={lookup.panel}
      onPanelClosed={() => void showLookup({ panel: false })}
    />,
  );
}

const lookUpIn = (sentence: HTMLElement, point?: { x: number; y: number }) =>
  void showLookup({ request: { id: ++lookupId, sentence, point } });

const isFlag = (name: string | null): name is ReaderFlag => READER_FLAGS.includes(name as ReaderFlag);

/**
 * A click on a tool's control, a read-aloud button, or the text: a click in a hidden block
 * reveals it; a click on a sentence looks up the word under the pointer, unless the reader is
 * selecting text.
 */
function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const flag = target.closest('[data-flag]')?.getAttribute('data-flag') ?? null;
  const readAloud = target.closest(READ_ALOUD);
  if (flag === 'hide') setHidden(!isFlagOn('hide'));
  else if (isFlag(flag)) setFlag(flag, !isFlagOn(flag));
  else if (target.closest('[data-reveal-all]')) revealAll();
  else if (target.closest('[data-saved-words]')) void showLookup({ panel: true });
  else if (target.closest('[data-shortcuts]')) showShortcuts();
  else if (readAloud) void loadPlayer().then((player) => player.handleClick(readAloud));
  else if (!revealBlockOf(target)) {
    const sentence = target.closest<HTMLElement>(SENTENCE);
    if (sentence && document.getSelection()?.isCollapsed !== false) lookUpIn(sentence, { x: event.clientX, y: event.clientY });
  }
}

const showShortcuts = () => (document.getElementById(SHORTCUTS_DIALOG) as HTMLDialogElement | null)?.showModal();

/** The pair rows, the one holding the focus, and the first one on screen. */
function pairsAround() {
  const pairs = [...document.querySelectorAll<HTMLElement>('[data-pair]')];
  const focused = pairs.findIndex((p) => p.contains(document.activeElement));
  const visible = pairs.findIndex((p) => p.getBoundingClientRect().bottom > 0);
  return { pairs, focused, visible };
}

/** Focuses the first sentence of the next or previous pair and scrolls the pair into view. */
function movePair(direction: 1 | -1): void {
  // Nothing focused yet: start from the first pair on screen.
  const { pairs, focused, visible } = pairsAround();
  const index =
    focused >= 0 ? nextPairIndex(focused, pairs.length, direction) : visible < 0 ? nextPairIndex(-1, pairs.length, direction) : visible;
  const pair = pairs[index];
  if (!pair) return;
  // The first sentence shown: a layout may hide one column.
  [...pair.querySelectorAll<HTMLElement>('.sentence')].find((s) => s.checkVisibility())?.focus({ preventScroll: true });
  pair.scrollIntoView({ block: 'start' });
}

/** Reads aloud the pair holding the focus (where j/k moved to), or else the first one on screen. */
function readCurrentPair(): void {
  const { pairs, focused, visible } = pairsAround();
  const pair = pairs[focused >= 0 ? focused : visible];
  if (pair) void loadPlayer().then((player) => player.readPair(pair));
}

/**
 * Enter on a sentence (reveals its block if hidden, else lists the sentence's words) and the
 * shortcuts: never while typing in a field, nor while a dialog is open (the keys belong to it),
 * nor `p` where there is no pinyin.
 */
function onKey(event: KeyboardEvent): void {
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (event.key === 'Enter' && target?.matches(SENTENCE)) {
    event.preventDefault();
    // A sentence the self-test still hides is revealed, and looks nothing up.
    if (!revealBlockOf(target)) lookUpIn(target);
    return;
  }
  const { key, ctrlKey, altKey, metaKey } = event;
  const action = shortcutFor({ key, ctrlKey, altKey, metaKey, targetTag: target?.tagName, targetEditable: target?.isContentEditable });
  const pinyin = document.querySelector('[data-flag="pinyin"]') !== null;
  if (action === null || (action === 'pinyin' && !pinyin) || document.querySelector('dialog[open]')) return;
  event.preventDefault();
  if (action === 'next' || action === 'previous') movePair(action === 'next' ? 1 : -1);
  else if (action === 'hide') setHidden(!isFlagOn('hide'));
  else if (action === 'pinyin') setFlag('pinyin', !isFlagOn('pinyin'));
  else if (action === 'read') readCurrentPair();
  else showShortcuts();
}

/** A change in the layout form: saved and shown. */
function onChange(event: Event): void {
  if (event.target instanceof HTMLInputElement && event.target.closest('[data-layout-form]')) applyChoice(event.target);
}

/** Handles an event the page caught before the tools were loaded (the first use of a tool). */
export function handle(event: Event): void {
  if (event.type === 'click') onClick(event as MouseEvent);
  else if (event.type === 'keydown') onKey(event as KeyboardEvent);
  else if (event.type === 'change') onChange(event);
}

/** Shows the saved settings on their controls (pressed buttons, the layout form) and listens from now on; once per page. */
export function startTools(reader: ReaderPage): void {
  if (page) return;
  page = reader;
  showFlags();
  const form = document.querySelector<HTMLFormElement>('[data-layout-form]');
  if (form) showChoices(form);
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  document.addEventListener('change', onChange);
}
