/**
 * The reader's settings and places in localStorage, where storage may be refused (private mode,
 * storage disabled): then nothing was saved, and what is saved lasts for the page only.
 * (reader-start.ts reads its one key itself, to keep this out of the first-load JavaScript.)
 */

/** The value saved under `key`, or null when there is none or storage is refused. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Saves `value` under `key`; where storage is refused, it is not kept. */
export function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Refused: the choice lasts for this page only.
  }
}
