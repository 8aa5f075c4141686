/**
 * "Continue where you left off": the last pair read of each article, kept in localStorage as
 * `reader.place.<slug>` (a pair id such as `p-12`). Pure rules here; the browser side is in
 * components/reader/reading-place-recorder.ts.
 */

/** The localStorage key of an article's place. */
export const placeKey = (slug: string) => `reader.place.${slug}`;

const PAIR_ID = /^p-[1-9][0-9]{0,4}$/u;

/** A saved place if it is a well-formed pair id, else null (anything else in storage is ignored). */
export function parsePlace(value: string | null): string | null {
  return value !== null && PAIR_ID.test(value) ? value : null;
}

/**
 * The place to offer on arrival, or null: not when the URL already points somewhere (a hash),
 * not for the first pair (that is where the page opens), not for a pair the page does not have.
 */
export function placeToOffer(saved: string | null, hash: string, hasPair: (id: string) => boolean): string | null {
  const place = parsePlace(saved);
  if (place === null || hash !== '' || place === 'p-1' || !hasPair(place)) return null;
  return place;
}

/**
 * The pair being read: the first, in page order, whose bottom edge is below `line` (the top of
 * the reading area, under the sticky header), given each pair's bottom edge in viewport pixels.
 */
export function topmostPair(rows: readonly { id: string; bottom: number }[], line: number): string | null {
  return rows.find((row) => row.bottom > line)?.id ?? null;
}
