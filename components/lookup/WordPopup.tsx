'use client';

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { addSaved, type SavedItem } from '@/lib/lookup/saved';
import type { WordSpan } from '@/lib/lookup/words';
import { sentenceText } from '../reader/sentence-text';
import { offsetAtPoint, placeOf, counterpartOf, type SentencePlace } from './dom';
import { placePopup } from '@/lib/lookup/place-popup';
import { lookUp, sentenceWords, type WordLookup } from './resolve';
import { BUTTON, DIALOG, LABEL } from './styles';
import type { LookupLabels, LookupRequest } from './types';

type View =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'words'; words: WordSpan[] }
  | { kind: 'word'; lookup: WordLookup; fromList: WordSpan[] | null };

/** The word under the point of a click, else null (a click on a space or punctuation). */
const wordUnder = (words: WordSpan[], offset: number | null) =>
  offset === null ? null : (words.find((w) => offset >= w.start && offset < w.end) ?? null);

function save(item: SavedItem) {
  try {
    addSaved(localStorage, item);
    return true;
  } catch {
    return false;
  }
}

/** The popup of one lookup: a word (after a click) or the words of a sentence (after Enter). */
export default function WordPopup({
  slug,
  labels,
  request,
  onClosed,
}: {
  slug: string;
  labels: LookupLabels;
  request: LookupRequest;
  onClosed: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const restoreFocus = useRef(true);
  // The offset of the character clicked in the sentence's text (null: none), read once.
  const offset = useRef<number | null | undefined>(undefined);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const { sentence, point } = request;
  const place = placeOf(sentence) as SentencePlace;

  useEffect(() => {
    let cancelled = false;
    const show = (next: View) => {
      if (!cancelled) setView(next);
    };
    sentenceWords(sentence, place, slug)
      .then(async (words) => {
        const word = wordUnder(words, offset.current ?? null);
        show(word ? { kind: 'word', lookup: await lookUp(word, sentence, place, slug), fromList: null } : { kind: 'words', words });
      })
      .catch((error: unknown) => show({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
    // One lookup per request: the popup is keyed by it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Open as a modal dialog by the word, kept on screen, focus on its heading whenever the view changes.
  useLayoutEffect(() => {
    const box = dialog.current;
    if (!box) return;
    // Hit-test before the modal dialog covers the text.
    if (offset.current === undefined) offset.current = point ? offsetAtPoint(sentence, point.x, point.y) : null;
    if (!box.open) box.showModal();
    const rect = sentence.getBoundingClientRect();
    const anchor = point
      ? { x: point.x, top: point.y - 10, bottom: point.y + 10 }
      : { x: rect.left + rect.width / 2, top: rect.top, bottom: rect.bottom };
    const { left, top } = placePopup(anchor, box.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight });
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    heading.current?.focus();
  }, [view, sentence, point]);

  const close = (restore = true) => {
    restoreFocus.current = restore;
    dialog.current?.close();
  };
  const onClose = () => {
    if (restoreFocus.current) sentence.focus({ preventScroll: true });
    onClosed();
  };

  const itemBase = () => {
    const counterpart = counterpartOf(sentence, place);
    return {
      lang: place.lang,
      context: sentenceText(sentence),
      counterpart: counterpart.text,
      counterpartLang: counterpart.lang,
      slug,
      pair: place.pair,
      savedAt: new Date().toISOString(),
    };
  };
  const saveButton = (key: string, label: string, item: () => SavedItem) => (
    <button
      type="button"
      className={BUTTON}
      disabled={saved.has(key)}
      onClick={() => {
        if (save(item())) setSaved(new Set(saved).add(key));
      }}
    >
      {saved.has(key) ? labels.saved : label}
    </button>
  );
  const saveSentence = saveButton('sentence', labels.saveSentence, () => ({
    ...itemBase(),
    kind: 'sentence',
    text: sentenceText(sentence),
  }));

  const lookUpWord = (word: WordSpan, list: WordSpan[]) => {
    setView({ kind: 'loading' });
    lookUp(word, sentence, place, slug)
      .then((lookup) => setView({ kind: 'word', lookup, fromList: list }))
      .catch((error: unknown) => setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
  };

  let title: string;
  let body: ReactNode;
  if (view.kind === 'loading') {
    title = labels.loading;
    body = null;
  } else if (view.kind === 'error') {
    title = labels.loadError;
    body = <p className="text-sm text-stone-600 dark:text-stone-400">{view.message}</p>;
  } else if (view.kind === 'words') {
    title = labels.sentenceWords;
    body = (
      <>
        <p className="text-sm text-stone-600 dark:text-stone-400">{labels.chooseWord}</p>
        <ul lang={place.lang} className="mt-2 flex flex-wrap gap-1.5">
          {view.words.map((w) => (
            <li key={w.start}>
              <button type="button" className={BUTTON} onClick={() => lookUpWord(w, view.words)}>
                {w.text}
              </button>
            </li>
          ))}
        </ul>
        <div className="mt-3">{saveSentence}</div>
      </>
    );
  } else {
    const { lookup, fromList } = view;
    title = lookup.word.text;
    const chinese = lookup.chinese;
    body = (
      <>
        {chinese ? (
          <section aria-label={labels.dictionary}>
            <p className="font-sans text-sm">{chinese.reading}</p>
            {chinese.entries.length === 0 ? (
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{labels.notInDictionary}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {chinese.entries.map((e, i) => (
                  <li key={i}>
                    <span className="font-sans text-stone-600 dark:text-stone-400">{e.pinyin}</span>
                    {e.traditional !== lookup.word.text ? (
                      <span lang="zh-Hant" className="ml-1.5">
                        {labels.traditional} {e.traditional}
                      </span>
                    ) : null}
                    <span lang="en" className="block">
                      {e.glosses.join('; ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <section className="mt-3">
          <h3 className={LABEL}>{labels.counterpart}</h3>
          <p className="mt-1 text-sm" lang={lookup.counterpart.text && !lookup.counterpart.hidden ? lookup.counterpart.lang : undefined}>
            {lookup.counterpart.hidden ? labels.counterpartHidden : lookup.counterpart.text || labels.noCounterpartSentence}
          </p>
        </section>
        <section className="mt-3">
          <h3 className={LABEL}>{labels.elsewhere}</h3>
          {lookup.occurrences.length === 0 ? (
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{labels.nowhereElse}</p>
          ) : (
            <ul className="mt-1 max-h-40 space-y-1 overflow-y-auto text-sm">
              {lookup.occurrences.map((o, i) => (
                <li key={i}>
                  <a
                    href={`#${o.pair}`}
                    onClick={() => close(false)}
                    className="block rounded px-1 hover:bg-stone-100 dark:hover:bg-stone-800"
                  >
                    <span className="mr-1.5 font-sans text-xs text-stone-500 tabular-nums">{o.pair.slice(2)}</span>
                    <span lang={lookup.lang}>{o.excerpt}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="mt-4 flex flex-wrap gap-2">
          {saveButton(`word:${lookup.word.start}`, labels.saveWord, () => ({
            ...itemBase(),
            kind: 'word',
            text: lookup.word.text,
            ...(chinese ? { pinyin: chinese.reading, glosses: chinese.entries.flatMap((e) => e.glosses) } : {}),
          }))}
          {saveSentence}
          {fromList ? (
            <button type="button" className={BUTTON} onClick={() => setView({ kind: 'words', words: fromList })}>
              {labels.allWords}
            </button>
          ) : null}
        </div>
      </>
    );
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="lookup-title"
      onClose={onClose}
      // A click on the backdrop lands on the dialog itself (its content fills a wrapper): close.
      onClick={(event) => {
        if (event.target === event.currentTarget) close();
      }}
      className={`${DIALOG} fixed right-auto bottom-auto m-0 max-h-[calc(100dvh-1rem)] w-[22rem] max-w-[calc(100vw-1rem)] overflow-y-auto`}
    >
      <div className="p-4">
        <div className="flex items-start justify-between gap-3">
          <h2
            id="lookup-title"
            ref={heading}
            tabIndex={-1}
            lang={view.kind === 'word' ? view.lookup.lang : undefined}
            className="text-2xl font-semibold outline-none"
          >
            {title}
          </h2>
          <button type="button" className={BUTTON} onClick={() => close()}>
            {labels.close}
          </button>
        </div>
        <div className="mt-2">{body}</div>
      </div>
    </dialog>
  );
}
