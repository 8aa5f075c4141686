'use client';

import { useEffect, useState } from 'react';

export interface LeftChoice {
  lang: string;
  name: string;
}

const PARAM = 'left';

/**
 * Chooses the language of the left column (French by default) among the translations, so that
 * any two languages can be read side by side. The choice lives in the URL (`?left=ko`) so the view
 * can be shared and reloaded. Hidden without JavaScript, where it could not work.
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
  const [left, setLeft] = useState<string | null>(null);

  useEffect(() => {
    const requested = new URL(window.location.href).searchParams.get(PARAM);
    setLeft(requested && choices.some((c) => c.lang === requested) ? requested : 'fr');
  }, [choices]);

  useEffect(() => {
    if (left === null) return;
    let cancelled = false;
    const url = new URL(window.location.href);
    if (left === 'fr') url.searchParams.delete(PARAM);
    else url.searchParams.set(PARAM, left);
    window.history.replaceState(window.history.state, '', url);
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

  if (left === null) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{label}</span>
      <select
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
        value={left}
        onChange={(event) => setLeft(event.target.value)}
      >
        {choices.map((c) => (
          <option key={c.lang} value={c.lang}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
