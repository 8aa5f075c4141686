'use client';

import { useEffect, useSyncExternalStore } from 'react';

export interface LeftChoice {
  lang: string;
  /** The BCP 47 tag of the language `name` is written in. */
  tag: string;
  name: string;
}

const PARAM = 'left';

// The URL is the store: `?left=` is read with useSyncExternalStore and written with replaceState.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
const readLeft = () => new URL(window.location.href).searchParams.get(PARAM) ?? 'fr';
function writeLeft(lang: string) {
  const url = new URL(window.location.href);
  if (lang === 'fr') url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, lang);
  window.history.replaceState(window.history.state, '', url);
  for (const listener of listeners) listener();
}

/**
 * Chooses the language of the left column (French by default) among the translations, so that
 * any two languages can be read side by side. The choice lives in the URL (`?left=ko`) so the view
 * can be shared and reloaded. Hidden without JavaScript (`.js-only`), where it could not work.
 */
export default function LeftColumnPicker({
  slug,
  choices,
  label,
  noCounterpart,
  translationNotice,
}: {
  slug: string;
  choices: LeftChoice[];
  label: string;
  noCounterpart: string;
  translationNotice: string;
}) {
  // Null while rendering on the server and hydrating: the column is swapped once the URL can be read.
  const requested = useSyncExternalStore(subscribe, readLeft, () => null);
  const left = requested === null ? null : choices.some((c) => c.lang === requested) ? requested : 'fr';

  useEffect(() => {
    if (left === null) return;
    let cancelled = false;
    void import('./swap-left').then(async (swap) => {
      if (left === 'fr') swap.showFrench();
      else {
        const response = await fetch(`/data/${slug}/${left}.json`);
        if (!response.ok || cancelled) return;
        swap.showLeft(await response.json(), { noCounterpart, translationNotice });
      }
      document.documentElement.dataset.left = left;
    });
    return () => {
      cancelled = true;
    };
  }, [left, slug, noCounterpart, translationNotice]);

  // Rendered on the server too (French chosen), so that nothing moves when the page hydrates.
  return (
    <label className="js-only flex items-center gap-2 text-sm">
      <span>{label}</span>
      <select
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
        value={left ?? 'fr'}
        onChange={(event) => writeLeft(event.target.value)}
      >
        {choices.map((c) => (
          <option key={c.lang} value={c.lang} lang={c.tag}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
