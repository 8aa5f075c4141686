/**
 * Saved words, kept in the browser (localStorage). What is read back is checked entry by entry:
 * an entry that does not fit is set aside under its own key and reported, never silently lost.
 */

/** A saved word, or a saved sentence pair, with where it came from. */
export interface SavedItem {
  kind: 'word' | 'sentence';
  /** The word, or the sentence. */
  text: string;
  /** BCP 47 tag of `text` (as the page marks it: "zh-Hans", "fr"). */
  lang: string;
  /** Chinese only: tone-marked pinyin and CC-CEDICT glosses. */
  pinyin?: string;
  glosses?: string[];
  /** The sentence the word was found in (for a sentence pair: the sentence itself). */
  context: string;
  /** The other column's sentence(s) of the same bead, and their language. */
  counterpart: string;
  counterpartLang: string;
  slug: string;
  /** The row of the pair (`p-12`). */
  pair: string;
  /** ISO 8601. */
  savedAt: string;
}

export const SAVED_KEY = 'lookup.saved';

/** What could not be read, and the key it was set aside under. */
export interface SavedProblem {
  key: string;
  detail: string;
}

/** The minimal part of `Storage` the store uses, so that tests can pass a stand-in. */
export type SavedStorage = Pick<Storage, 'getItem' | 'setItem'>;

const STRINGS = ['text', 'lang', 'context', 'counterpart', 'counterpartLang', 'slug', 'pair', 'savedAt'] as const;

/** Why a value is not a saved item (the first field that is wrong), or null when it is one. */
export function savedItemError(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const item = value as Record<string, unknown>;
  if (item.kind !== 'word' && item.kind !== 'sentence') return 'field "kind": expected "word" or "sentence"';
  for (const field of STRINGS) if (typeof item[field] !== 'string') return `field "${field}": expected a string`;
  if (item.text === '') return 'field "text": expected a non-empty string';
  if (Number.isNaN(Date.parse(item.savedAt as string))) return 'field "savedAt": expected an ISO date';
  if (item.pinyin !== undefined && typeof item.pinyin !== 'string') return 'field "pinyin": expected a string';
  if (item.glosses !== undefined && !(Array.isArray(item.glosses) && item.glosses.every((g) => typeof g === 'string')))
    return 'field "glosses": expected a list of strings';
  return null;
}

/** Two items are the same when they save the same text from the same pair of the same article. */
export const sameItem = (a: SavedItem, b: SavedItem) =>
  a.kind === b.kind && a.text === b.text && a.lang === b.lang && a.slug === b.slug && a.pair === b.pair;

/**
 * Reads the saved items. Unreadable data (not JSON, not a list) is moved as it was to
 * `lookup.saved.corrupt.<time>`; entries that do not fit go to `lookup.saved.rejected.<time>`,
 * the others stay. Each problem is returned for the panel to show.
 */
export function readSaved(storage: SavedStorage, now = () => new Date()): { items: SavedItem[]; problems: SavedProblem[] } {
  const raw = storage.getItem(SAVED_KEY);
  if (raw === null) return { items: [], problems: [] };
  const stamp = now().toISOString();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) {
    const key = `${SAVED_KEY}.corrupt.${stamp}`;
    storage.setItem(key, raw);
    storage.setItem(SAVED_KEY, '[]');
    return { items: [], problems: [{ key, detail: `${SAVED_KEY}: expected a JSON list of saved words` }] };
  }
  const items: SavedItem[] = [];
  const rejected: unknown[] = [];
  const details: string[] = [];
  parsed.forEach((value, i) => {
    const error = savedItemError(value);
    if (error === null) items.push(value as SavedItem);
    else {
      rejected.push(value);
      details.push(`${SAVED_KEY}[${i}]: ${error}`);
    }
  });
  if (rejected.length === 0) return { items, problems: [] };
  const key = `${SAVED_KEY}.rejected.${stamp}`;
  storage.setItem(key, JSON.stringify(rejected));
  storage.setItem(SAVED_KEY, JSON.stringify(items));
  return { items, problems: details.map((detail) => ({ key, detail })) };
}

/** Adds an item (once: saving the same thing again changes nothing); returns the new list. */
export function addSaved(storage: SavedStorage, item: SavedItem): SavedItem[] {
  const { items } = readSaved(storage);
  const next = items.some((i) => sameItem(i, item)) ? items : [...items, item];
  storage.setItem(SAVED_KEY, JSON.stringify(next));
  return next;
}

/** Removes an item; returns the new list. */
export function removeSaved(storage: SavedStorage, item: SavedItem): SavedItem[] {
  const next = readSaved(storage).items.filter((i) => !sameItem(i, item));
  storage.setItem(SAVED_KEY, JSON.stringify(next));
  return next;
}
