import { describe, expect, it } from 'vitest';
import { parsePlace, placeKey, placeToOffer, topmostPair } from './reading-place';

const has = (ids: string[]) => (id: string) => ids.includes(id);

describe('parsePlace', () => {
  it('keeps pair ids and ignores anything else', () => {
    expect(parsePlace('p-12')).toBe('p-12');
    expect(parsePlace('p-1')).toBe('p-1');
    for (const bad of [null, '', 'p-0', 'p-', 'p-01', '12', 'p-12 ', '#p-12', 'p-1x', 'p-1234567', '<img>']) {
      expect(parsePlace(bad)).toBeNull();
    }
  });
});

describe('placeToOffer', () => {
  it('offers a saved pair the page has, on arrival without a hash', () => {
    expect(placeToOffer('p-7', '', has(['p-1', 'p-7']))).toBe('p-7');
  });

  it('offers nothing for the first pair, a hash, a missing pair or a malformed value', () => {
    expect(placeToOffer('p-1', '', has(['p-1']))).toBeNull();
    expect(placeToOffer('p-7', '#p-3', has(['p-7']))).toBeNull();
    expect(placeToOffer('p-99', '', has(['p-7']))).toBeNull();
    expect(placeToOffer('seven', '', () => true)).toBeNull();
    expect(placeToOffer(null, '', () => true)).toBeNull();
  });
});

describe('topmostPair', () => {
  const rows = [
    { id: 'p-1', bottom: -300 },
    { id: 'p-2', bottom: 60 },
    { id: 'p-3', bottom: 250 },
    { id: 'p-4', bottom: 700 },
  ];

  it('is the first pair reaching below the reading line', () => {
    expect(topmostPair(rows, 80)).toBe('p-3');
    expect(topmostPair(rows, 0)).toBe('p-2');
    expect(topmostPair(rows, -1000)).toBe('p-1');
  });

  it('is null when every pair is above the line or there are none', () => {
    expect(topmostPair(rows, 800)).toBeNull();
    expect(topmostPair([], 80)).toBeNull();
  });
});

describe('placeKey', () => {
  it('is per article', () => {
    expect(placeKey('un-article')).toBe('reader.place.un-article');
  });
});
