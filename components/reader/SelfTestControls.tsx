'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { isFlagOn, subscribeFlags } from './reader-flags';
import { revealAll, revealBlockOf, setHidden } from './self-test';

const button =
  'rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 aria-pressed:border-amber-600 aria-pressed:bg-amber-100 dark:border-stone-600 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900';

/**
 * "Hide translation" and "Reveal all". A click on a hidden block, or Enter on one of its
 * sentences, reveals that block: one pair of listeners on the document handles every block.
 */
export default function SelfTestControls({ hideLabel, revealAllLabel }: { hideLabel: string; revealAllLabel: string }) {
  const hidden = useSyncExternalStore(
    subscribeFlags,
    () => isFlagOn('hide'),
    () => false,
  );

  useEffect(() => {
    const click = (event: MouseEvent) => revealBlockOf(event.target);
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && revealBlockOf(event.target)) event.preventDefault();
    };
    document.addEventListener('click', click);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('click', click);
      document.removeEventListener('keydown', key);
    };
  }, []);

  return (
    <>
      <button type="button" aria-pressed={hidden} aria-keyshortcuts="t" onClick={() => setHidden(!hidden)} className={button}>
        {hideLabel}
      </button>
      {/* Kept in the layout while the translation shows, so that turning hiding on shifts nothing. */}
      <button type="button" onClick={revealAll} className={`reveal-all ${button}`}>
        {revealAllLabel}
      </button>
    </>
  );
}
