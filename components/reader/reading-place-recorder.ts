/**
 * The browser side of "Continue where you left off": reads the saved place and records the pair
 * being read while the reader scrolls. Loaded when first needed (a saved place, the first scroll),
 * outside the first-load JavaScript.
 */
import { placeKey, placeToOffer, topmostPair } from '@/lib/reader/reading-place';
import { readStored, store } from './stored';

/** Pixels from the top of the viewport where reading starts: below the sticky site header. */
const READING_LINE = 80;
/** At most one look at the page per this many milliseconds of scrolling. */
const THROTTLE_MS = 250;

/** The pair to offer to return to on this page, if any. */
function savedPlaceToOffer(slug: string): string | null {
  return placeToOffer(
    readStored(placeKey(slug)),
    window.location.hash,
    (id) => document.getElementById(id)?.hasAttribute('data-pair') ?? false,
  );
}

/** Saves the pair being read after each bit of scrolling, from now on; returns a function that stops it. */
export function recordPlace(slug: string): () => void {
  let timer: number | undefined;
  let last: string | null = null;
  const save = () => {
    timer = undefined;
    const rows = [...document.querySelectorAll<HTMLElement>('[data-pair]')].map((row) => ({
      id: row.id,
      bottom: row.getBoundingClientRect().bottom,
    }));
    const place = topmostPair(rows, READING_LINE);
    if (place === null || place === last) return;
    last = place;
    store(placeKey(slug), place);
  };
  const onScroll = () => {
    timer ??= window.setTimeout(save, THROTTLE_MS);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  // Called on the first scroll, which this listener missed.
  onScroll();
  return () => {
    window.removeEventListener('scroll', onScroll);
    window.clearTimeout(timer);
  };
}

/** Focuses the first sentence the reader can see in a pair (the other column may be hidden). */
function focusPair(id: string): void {
  const sentences = document.getElementById(id)?.querySelectorAll<HTMLElement>('.sentence') ?? [];
  [...sentences].find((s) => s.checkVisibility())?.focus({ preventScroll: true });
}

/** Shows the notice of ContinueReading when there is a place to return to, and wires its two controls. */
export function offerPlace(slug: string): void {
  const notice = document.querySelector<HTMLElement>('[data-continue]');
  const link = notice?.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const place = savedPlaceToOffer(slug);
  if (!notice || !link || place === null) return;
  link.href = `#${place}`;
  link.onclick = (event) => {
    event.preventDefault();
    notice.hidden = true;
    window.location.hash = place;
    focusPair(place);
  };
  const dismiss = notice.querySelector<HTMLButtonElement>('[data-continue-dismiss]');
  if (dismiss) dismiss.onclick = () => (notice.hidden = true);
  notice.hidden = false;
}
