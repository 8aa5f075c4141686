/**
 * The reader's whole first-load JavaScript, started once the page is hydrated. It does what must
 * work at once (the bead highlight, the left column from `?left=`, links that keep the place) and
 * waits for the first use of a learner tool: then it fetches the tools (reader-tools.tsx), which
 * take that first event and listen for themselves from then on. With every tool off, no tool
 * code is loaded.
 */
import type { ReactNode } from 'react';
import type { LookupLabels } from '@/components/lookup/types';

export interface ReaderOptions {
  slug: string;
  /** The localStorage key of the article's reading place (lib/reader/reading-place.ts). */
  placeKey: string;
  /** The lookup's strings, in the interface language. */
  lookup: LookupLabels;
  /** The strings the left column shows when it holds a translation. */
  left: { noCounterpart: string; translationNotice: string };
}

/** The page as the tools see it: the options, and a way to show React content in the page's tree. */
export interface ReaderPage extends ReaderOptions {
  show: (node: ReactNode) => void;
}

type Tools = typeof import('./reader-tools');

const ACTIVE = 'sentence-active';

// For the page's life: the tools' code once fetched, and whether they listen for themselves yet.
let tools: Promise<Tools> | null = null;
let started = false;

/** Runs `use` with the reading place's code ("Continue where you left off"), fetched when first needed. */
function withPlace(use: (place: typeof import('./reading-place-recorder')) => void): void {
  void import('./reading-place-recorder').then(use);
}

/**
 * The pair the reader is at: the URL's #p-N while that pair is on screen, else the first pair
 * reaching below the sticky header; null above the first pair, so the top stays the top.
 */
function currentPair(): string | null {
  const header = document.querySelector('body > header')?.getBoundingClientRect().bottom ?? 0;
  const hash = window.location.hash;
  const box = /^#p-\d+$/u.test(hash) ? document.getElementById(hash.slice(1))?.getBoundingClientRect() : undefined;
  if (box && box.bottom > header && box.top < window.innerHeight) return hash;
  const rows = [...document.querySelectorAll('[data-pair]')];
  if (!rows[0] || rows[0].getBoundingClientRect().top >= header) return null;
  const row = rows.find((r) => r.getBoundingClientRect().bottom > header + 24);
  return row ? `#${row.id}` : null;
}

/** Lights up one bead (all its sentences, in both columns), or none. */
function light(bead: string | null): void {
  for (const el of document.querySelectorAll(`.${ACTIVE}`)) el.classList.remove(ACTIVE);
  if (bead) for (const el of document.querySelectorAll(`[data-bead="${CSS.escape(bead)}"]`)) el.classList.add(ACTIVE);
}

const beadOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest('[data-bead]')?.getAttribute('data-bead') ?? null) : null;

/** Starts the reader's page behaviour; returns a function that stops what it started. */
export function startReader(page: ReaderPage): () => void {
  const root = document.documentElement;
  let pinned: string | null = null;
  let stopRecording: (() => void) | undefined;

  /** Fetches and starts the tools, then hands them `event` (the first use); a failed fetch (offline) is retried on the next use. */
  const loadTools = (event?: Event) => {
    if (started) return;
    tools ??= import('./reader-tools').catch((error: unknown) => {
      tools = null;
      throw error;
    });
    void tools.then((t) => {
      if (!started) t.startTools(page);
      started = true;
      if (event) t.handle(event);
    });
  };

  // The left column: French, as in the server's HTML, unless `?left=` names another language or
  // it was changed (swap-left.ts).
  const withSwap = (use: (swap: typeof import('./swap-left')) => Promise<void>) => void import('./swap-left').then(use);
  const showLeft = () => {
    if (root.dataset.left || new URL(window.location.href).searchParams.has('left')) withSwap((s) => s.showAskedLeft(page.slug, page.left));
    else root.dataset.left = 'fr';
  };

  // Every listener below ends with the page (abort).
  const stop = new AbortController();
  const on = <E extends Event>(target: EventTarget, type: string, listener: (event: E) => void, once?: boolean) =>
    target.addEventListener(type, listener as EventListener, { passive: true, once, signal: stop.signal });

  on(window, 'popstate', showLeft);
  // The bead under the pointer or the focus is lit; a tap keeps it lit until the next tap.
  for (const type of ['pointerover', 'focusin', 'pointerout', 'focusout'])
    on(document, type, (e) => beadOf(e.target) && light(/over|in/u.test(type) ? beadOf(e.target) : pinned));
  on(document, 'change', (e) => {
    const target = e.target as Element;
    if (target.matches('[data-left-picker]')) withSwap((s) => s.chooseLeft(target as HTMLSelectElement, page.slug, page.left));
    else loadTools(e);
  });
  on(document, 'click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const bead = beadOf(target);
    pinned = bead && bead !== pinned ? bead : null;
    light(pinned);
    // Links to this article elsewhere (another locale, another second language) keep the pair.
    const link = target?.closest<HTMLAnchorElement>('a[data-keep-place]');
    if (link) link.href = link.href.replace(/#.*/u, '') + (currentPair() ?? '');
    // A tool's control, a block's play button, or the text (a word to look up, a hidden block).
    if (target?.closest('[data-tool],[data-play],[data-column]')) loadTools(e);
  });
  on(document, 'keydown', (e: KeyboardEvent) => {
    // A key that may be a shortcut, or Enter in the text; never typing in a field. Passive: the
    // tools, once loaded, listen for themselves and may prevent a key's default.
    const target = e.target as Element;
    const key = e.key === 'Enter' ? target.closest('[data-column]') : e.key.length === 1 && e.key !== ' ';
    if (key && !target.matches('input,select,textarea') && !e.ctrlKey && !e.altKey && !e.metaKey) loadTools(e);
  });
  // Scrolling is reading: from the first scroll, the pair being read is recorded for the next visit.
  on(window, 'scroll', () => withPlace((p) => (stopRecording = p.recordPlace(page.slug))), true);

  showLeft();
  try {
    // A place saved on an earlier visit: offered.
    if (localStorage.getItem(page.placeKey) !== null) withPlace((p) => p.offerPlace(page.slug));
  } catch {
    // Storage disabled: nothing was saved.
  }
  // A setting other than the defaults (on <html> since before first paint), or a layout input
  // changed before this ran: the tools show them on their controls.
  const inputs = [...document.querySelectorAll<HTMLInputElement>('[data-layout-form] input')];
  if (Object.keys(root.dataset).some((key) => key !== 'js' && key !== 'left') || inputs.some((i) => i.checked !== i.defaultChecked))
    loadTools();

  return () => {
    stopRecording?.();
    stop.abort();
  };
}
