'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { LookupLabels, LookupRequest } from './types';

// The popup, the saved-words panel and their logic: fetched on first use only.
const LookupLayer = lazy(() => import('./LookupLayer'));

/** A sentence the self-test still hides: a click or Enter there reveals it, and looks nothing up. */
function hidden(sentence: Element): boolean {
  const block = sentence.closest('[data-column="target"]');
  return document.documentElement.dataset.hide === 'on' && block !== null && !block.hasAttribute('data-revealed');
}

const sentenceOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-column] .sentence') : null;

/**
 * Word lookup and the "Saved words" button. A click on a word of the text, or Enter on a
 * focused sentence, opens the lookup popup; listeners on the document serve every sentence.
 */
export default function LookupTools({ slug, labels }: { slug: string; labels: LookupLabels }) {
  const [loaded, setLoaded] = useState(false);
  const [request, setRequest] = useState<LookupRequest | null>(null);
  const [panel, setPanel] = useState(false);

  useEffect(() => {
    let id = 0;
    const open = (sentence: HTMLElement, point?: { x: number; y: number }) => {
      setLoaded(true);
      setRequest({ id: ++id, sentence, point });
    };
    // Capture: runs before the self-test's listener reveals the block this click is for.
    const click = (event: MouseEvent) => {
      const sentence = sentenceOf(event.target);
      if (sentence && !hidden(sentence) && document.getSelection()?.isCollapsed !== false)
        open(sentence, { x: event.clientX, y: event.clientY });
    };
    const key = (event: KeyboardEvent) => {
      const sentence = sentenceOf(event.target);
      if (event.key !== 'Enter' || !sentence || sentence !== event.target || hidden(sentence)) return;
      event.preventDefault();
      open(sentence);
    };
    document.addEventListener('click', click, true);
    document.addEventListener('keydown', key, true);
    return () => {
      document.removeEventListener('click', click, true);
      document.removeEventListener('keydown', key, true);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setPanel(true);
        }}
        className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {labels.savedWords}
      </button>
      {loaded ? (
        <Suspense fallback={null}>
          <LookupLayer
            slug={slug}
            labels={labels}
            request={request}
            onRequestClosed={() => setRequest(null)}
            panel={panel}
            onPanelClosed={() => setPanel(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
