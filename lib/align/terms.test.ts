import { describe, expect, it } from 'vitest';
import { createBand } from './band';
import { createLexicon } from './lexicon';
import { anchorTerm, dictionaryTerm, remember } from './terms';

const band = (n: number, m: number) => createBand(Array(n).fill(10), Array(m).fill(10), 10);

describe('anchorTerm', () => {
  const src = ['Qin Tian est parti en 2019.', 'Nvidia a gagné 450 000 dollars.'];
  const tgt = ['Qin Tian left in 2019.', 'Nvidia earned $450,000.'];
  const term = anchorTerm(src, tgt, { srcLang: 'fr', tgtLang: 'en' }, band(2, 2));

  it('weighs the anchors found on the other side, both ways', () => {
    // qin, tian (1 each) and 2019 (1.5), counted from each side.
    expect(term(0, 1, 0, 1)).toBeCloseTo(7);
    expect(term(0, 1, 1, 1)).toBe(0);
  });

  it('counts a match among two segments for less than a match in one', () => {
    const merged = term(0, 2, 0, 2);
    expect(merged).toBeLessThan(term(0, 1, 0, 1) + term(1, 1, 1, 1));
    expect(merged).toBeGreaterThan(0.7 * (term(0, 1, 0, 1) + term(1, 1, 1, 1)));
  });
});

describe('dictionaryTerm', () => {
  const lexicon = createLexicon((word) => ({ 工程师: ['engineer'], 硅谷: ['Silicon Valley'] })[word]);

  it('counts the Chinese words translated on the English side, whichever side is Chinese', () => {
    const zhEn = dictionaryTerm(['硅谷工程师'], ['An engineer in Silicon Valley.'], { srcLang: 'zh', tgtLang: 'en' }, band(1, 1), lexicon);
    const enZh = dictionaryTerm(['An engineer.'], ['硅谷工程师'], { srcLang: 'en', tgtLang: 'zh' }, band(1, 1), lexicon);
    expect(zhEn(0, 1, 0, 1)).toBe(2);
    expect(enZh(0, 1, 0, 1)).toBe(1);
  });
});

describe('remember', () => {
  it('reads a list once per key', () => {
    const list = ['a'];
    let reads = 0;
    const read = () => ++reads;
    expect(remember(list, 'k', read)).toBe(1);
    expect(remember(list, 'k', read)).toBe(1);
    expect(remember(list, 'other', read)).toBe(2);
    expect(remember(['a'], 'k', read)).toBe(3);
  });
});
