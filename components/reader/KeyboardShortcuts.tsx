'use client';

import { useEffect, useRef } from 'react';
import { nextPairIndex, SHORTCUT_KEYS, shortcutFor, type ShortcutAction } from '@/lib/reader/shortcuts';
import { loadPlayer } from './read-aloud/load';
import { isFlagOn, setFlag } from './reader-flags';
import { setHidden } from './self-test';

/** The pair rows, the one holding the focus, and the first one on screen. */
function pairsAround() {
  const pairs = [...document.querySelectorAll<HTMLElement>('[data-pair]')];
  const focused = pairs.findIndex((p) => p.contains(document.activeElement));
  const visible = pairs.findIndex((p) => p.getBoundingClientRect().bottom > 0);
  return { pairs, focused, visible };
}

/** Reads aloud the pair holding the focus (where j/k moved to), or else the first one on screen. */
function readCurrentPair() {
  const { pairs, focused, visible } = pairsAround();
  const pair = pairs[focused >= 0 ? focused : visible];
  if (pair) void loadPlayer().then((player) => player.readPair(pair));
}

/** Focuses the first sentence of the next or previous pair and scrolls the pair into view. */
function movePair(direction: 1 | -1) {
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

/**
 * The reader's keyboard shortcuts (j/k, t, p, s, ?) and the dialog that lists them, opened by `?`
 * or by its button. `labels` names each action in the interface language; `pinyin` is false
 * where there is no Chinese column, which turns `p` off.
 */
export default function KeyboardShortcuts({
  title,
  close,
  labels,
  pinyin,
}: {
  title: string;
  close: string;
  labels: Record<ShortcutAction, string>;
  pinyin: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const { key, ctrlKey, altKey, metaKey } = event;
      const action = shortcutFor({ key, ctrlKey, altKey, metaKey, targetTag: target?.tagName, targetEditable: target?.isContentEditable });
      // Not while any dialog is open (this list, a word's lookup, Saved words): keys belong to it.
      if (action === null || (action === 'pinyin' && !pinyin) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (action === 'next' || action === 'previous') movePair(action === 'next' ? 1 : -1);
      else if (action === 'hide') setHidden(!isFlagOn('hide'));
      else if (action === 'pinyin') setFlag('pinyin', !isFlagOn('pinyin'));
      else if (action === 'read') readCurrentPair();
      else dialog.current?.showModal();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [pinyin]);

  const shortcuts = Object.entries(SHORTCUT_KEYS).filter(([, action]) => pinyin || action !== 'pinyin');
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {title}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        className="m-auto w-80 max-w-[90vw] rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/40 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          {title}
        </h2>
        <ul className="mt-3 space-y-2 text-sm">
          {shortcuts.map(([key, action]) => (
            <li key={key} className="flex items-baseline gap-3">
              <kbd className="w-7 rounded border border-stone-300 text-center font-mono dark:border-stone-600">{key}</kbd>
              <span>{labels[action]}</span>
            </li>
          ))}
        </ul>
        <form method="dialog" className="mt-4 text-right">
          <button
            type="submit"
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {close}
          </button>
        </form>
      </dialog>
    </>
  );
}
