'use client';

import { useSyncExternalStore } from 'react';
import type { ReaderFlag } from '@/lib/reader/settings';
import { isFlagOn, setFlag, subscribeFlags } from './reader-flags';

/** A button that turns one of the reader's settings on and off; the choice persists. `shortcut`: its key, if any. */
export default function SettingToggle({ flag, label, shortcut }: { flag: ReaderFlag; label: string; shortcut?: string }) {
  const on = useSyncExternalStore(
    subscribeFlags,
    () => isFlagOn(flag),
    () => false,
  );
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-keyshortcuts={shortcut}
      onClick={() => setFlag(flag, !on)}
      className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 aria-pressed:border-amber-600 aria-pressed:bg-amber-100 dark:border-stone-600 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900"
    >
      {label}
    </button>
  );
}
