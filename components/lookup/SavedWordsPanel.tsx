'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { toAnkiTsv, toCsv } from '@/lib/lookup/export';
import { readSaved, removeSaved, type SavedItem, type SavedProblem } from '@/lib/lookup/saved';
import { BUTTON, DIALOG, LABEL } from './styles';
import type { LookupLabels } from './types';

/** Hands a text file to the browser's downloads. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function readAll(): { items: SavedItem[]; problems: SavedProblem[] } {
  try {
    return readSaved(localStorage);
  } catch (error) {
    return { items: [], problems: [{ key: 'localStorage', detail: error instanceof Error ? error.message : String(error) }] };
  }
}

/** The "Saved words" dialog: every saved word and sentence pair, with delete and two downloads. */
export default function SavedWordsPanel({ labels, onClosed }: { labels: LookupLabels; onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [{ items, problems }, setState] = useState(readAll);

  useLayoutEffect(() => {
    opener.current = document.activeElement;
    dialog.current?.showModal();
  }, []);

  const remove = (item: SavedItem) => setState({ items: removeSaved(localStorage, item), problems });

  return (
    <dialog
      ref={dialog}
      aria-labelledby="saved-words-title"
      onClose={() => {
        if (opener.current instanceof HTMLElement) opener.current.focus();
        onClosed();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) dialog.current?.close();
      }}
      className={`${DIALOG} m-auto max-h-[calc(100dvh-2rem)] w-[40rem] max-w-[calc(100vw-1rem)]`}
    >
      <div className="p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 id="saved-words-title" className="text-lg font-semibold">
            {labels.savedWords}
          </h2>
          <button type="button" className={BUTTON} onClick={() => dialog.current?.close()}>
            {labels.close}
          </button>
        </div>
        {problems.length > 0 ? (
          <div
            role="alert"
            className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            <p>{labels.corrupt}</p>
            <ul className="mt-1 list-disc pl-5 font-mono text-xs">
              {problems.map((p, i) => (
                <li key={i}>
                  {p.key}: {p.detail}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {items.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">{labels.emptyList}</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-700">
            {items.map((item) => (
              <li key={`${item.kind}|${item.lang}|${item.pair}|${item.text}`} className="flex items-start justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-semibold">
                    {item.kind === 'sentence' ? <span className={`${LABEL} mr-2`}>{labels.sentencePair}</span> : null}
                    <span lang={item.lang}>{item.kind === 'word' ? item.text : null}</span>
                    {item.pinyin ? <span className="ml-2 font-sans text-sm font-normal">{item.pinyin}</span> : null}
                  </p>
                  {item.glosses && item.glosses.length > 0 ? (
                    <p lang="en" className="text-sm">
                      {item.glosses.join('; ')}
                    </p>
                  ) : null}
                  <p lang={item.lang} className="mt-1 text-sm">
                    {item.context}
                  </p>
                  <p lang={item.counterpartLang} className="text-sm text-stone-600 dark:text-stone-400">
                    {item.counterpart}
                  </p>
                </div>
                <button
                  type="button"
                  className={BUTTON}
                  aria-label={`${labels.delete}: ${item.kind === 'word' ? item.text : item.context}`}
                  onClick={() => remove(item)}
                >
                  {labels.delete}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4 flex flex-wrap gap-2 border-t border-stone-200 pt-4 dark:border-stone-700">
          <button
            type="button"
            className={BUTTON}
            disabled={items.length === 0}
            // The byte-order mark makes spreadsheet programs read the file as UTF-8.
            onClick={() => download('saved-words.csv', 'text/csv;charset=utf-8', `\uFEFF${toCsv(items)}`)}
          >
            {labels.downloadCsv}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={items.length === 0}
            onClick={() => download('saved-words-anki.tsv', 'text/tab-separated-values;charset=utf-8', toAnkiTsv(items))}
          >
            {labels.downloadAnki}
          </button>
        </div>
      </div>
    </dialog>
  );
}
