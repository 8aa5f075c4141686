'use client';

import type { AnchorHTMLAttributes } from 'react';

const PAIR = /^#p-\d+$/u;

/** The pair the reader is at: the URL's #p-N, else the first pair whose bottom is below the top of the window. */
function currentPair(): string | null {
  if (PAIR.test(window.location.hash)) return window.location.hash;
  for (const row of document.querySelectorAll<HTMLElement>('[data-pair]')) {
    if (row.getBoundingClientRect().bottom > 0) return `#${row.id}`;
  }
  return null;
}

/**
 * A link to the same article in another locale or language that keeps the reader's place:
 * at click time it adds the current pair (#p-N). Without JavaScript it is a plain link.
 */
export default function HashLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      {...props}
      onClick={(event) => {
        const pair = currentPair();
        if (pair) event.currentTarget.href = props.href + pair;
      }}
    />
  );
}
