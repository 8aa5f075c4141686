'use client';

import type { AnchorHTMLAttributes } from 'react';

const PAIR = /^#p-\d+$/u;

/**
 * The pair the reader is at: the URL's #p-N while that pair is on screen, else the first pair
 * reaching below the sticky header; null above the first pair, so the top stays the top.
 */
function currentPair(): string | null {
  const header = document.querySelector('[role="banner"], body > header')?.getBoundingClientRect().bottom ?? 0;
  const hashed = PAIR.test(window.location.hash) ? document.getElementById(window.location.hash.slice(1)) : null;
  if (hashed) {
    const box = hashed.getBoundingClientRect();
    if (box.bottom > header && box.top < window.innerHeight) return window.location.hash;
  }
  const rows = [...document.querySelectorAll<HTMLElement>('[data-pair]')];
  if (!rows[0] || rows[0].getBoundingClientRect().top >= header) return null;
  const row = rows.find((r) => r.getBoundingClientRect().bottom > header + 24);
  return row ? `#${row.id}` : null;
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
