'use client';

import { useSyncExternalStore } from 'react';

/** Where the setting is kept; read again before first paint by the script in the layout. */
export const PINYIN_KEY = 'reader.pinyin';

// The <html data-pinyin> attribute is the state: set before first paint, then by this toggle.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const isOn = () => document.documentElement.dataset.pinyin === 'on';

function setPinyin(on: boolean) {
  if (on) document.documentElement.dataset.pinyin = 'on';
  else delete document.documentElement.dataset.pinyin;
  try {
    localStorage.setItem(PINYIN_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode or storage disabled: the setting lasts for this page only.
  }
  for (const listener of listeners) listener();
}

/** Shows or hides the pinyin over Chinese text; the choice persists across pages and visits. */
export default function PinyinToggle({ label }: { label: string }) {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => setPinyin(!on)}
      className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 aria-pressed:border-amber-600 aria-pressed:bg-amber-100 dark:border-stone-600 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900"
    >
      {label}
    </button>
  );
}
