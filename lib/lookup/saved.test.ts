import { describe, expect, it } from 'vitest';
import { addSaved, readSaved, removeSaved, SAVED_KEY, savedItemError, type SavedItem } from './saved';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};
const now = () => new Date('2026-01-02T03:04:05.000Z');

const word: SavedItem = {
  kind: 'word',
  text: '工程师',
  lang: 'zh-Hans',
  pinyin: 'gōng chéng shī',
  glosses: ['engineer'],
  context: '硅谷的中国工程师越来越少。',
  counterpart: 'Les ingénieurs chinois se font rares.',
  counterpartLang: 'fr',
  slug: 'article',
  pair: 'p-3',
  savedAt: '2026-01-01T00:00:00.000Z',
};

describe('saved words store', () => {
  it('adds once, reads back and removes', () => {
    const storage = memory();
    expect(readSaved(storage)).toEqual({ items: [], problems: [] });
    addSaved(storage, word);
    addSaved(storage, { ...word, savedAt: '2026-01-03T00:00:00.000Z' });
    expect(readSaved(storage).items).toEqual([word]);
    const sentence = { ...word, kind: 'sentence' as const, text: word.context, pinyin: undefined, glosses: undefined };
    addSaved(storage, sentence);
    expect(readSaved(storage).items).toHaveLength(2);
    expect(removeSaved(storage, word)).toHaveLength(1);
    expect(readSaved(storage).items[0]?.kind).toBe('sentence');
  });

  it('sets unreadable data aside as it was and reports it', () => {
    const storage = memory({ [SAVED_KEY]: '{not json' });
    const { items, problems } = readSaved(storage, now);
    expect(items).toEqual([]);
    expect(problems).toEqual([
      { key: 'lookup.saved.corrupt.2026-01-02T03:04:05.000Z', detail: 'lookup.saved: expected a JSON list of saved words' },
    ]);
    expect(storage.data.get('lookup.saved.corrupt.2026-01-02T03:04:05.000Z')).toBe('{not json');
    expect(readSaved(storage).problems).toEqual([]);
  });

  it('keeps the good entries, and sets each bad one aside naming its index and field', () => {
    const bad = { ...word, glosses: [1] };
    const storage = memory({ [SAVED_KEY]: JSON.stringify([word, bad, 'x']) });
    const { items, problems } = readSaved(storage, now);
    expect(items).toEqual([word]);
    expect(problems.map((p) => p.detail)).toEqual([
      'lookup.saved[1]: field "glosses": expected a list of strings',
      'lookup.saved[2]: not an object',
    ]);
    expect(JSON.parse(storage.data.get('lookup.saved.rejected.2026-01-02T03:04:05.000Z') ?? '')).toEqual([bad, 'x']);
    expect(JSON.parse(storage.data.get(SAVED_KEY) ?? '')).toEqual([word]);
  });

  it('names the first wrong field', () => {
    expect(savedItemError({ ...word, kind: 'phrase' })).toBe('field "kind": expected "word" or "sentence"');
    expect(savedItemError({ ...word, pair: 3 })).toBe('field "pair": expected a string');
    expect(savedItemError({ ...word, text: '' })).toBe('field "text": expected a non-empty string');
    expect(savedItemError({ ...word, savedAt: 'yesterday' })).toBe('field "savedAt": expected an ISO date');
    expect(savedItemError(word)).toBeNull();
  });
});
