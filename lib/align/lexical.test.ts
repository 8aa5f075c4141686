import { describe, expect, it } from 'vitest';
import { createLexicon } from './lexicon';
import { chineseWords, englishStems, isTranslatedIn, stem } from './lexical';

const lexicon = createLexicon(
  (word) =>
    ({
      硅谷: ['Silicon Valley'],
      工程师: ['engineer'],
      工程: ['engineering; project'],
      的: ['of'],
      中国: ['China'],
      中: ['within'],
      国: ['country'],
      很多: ['many'],
    })[word],
);

describe('stem', () => {
  it('brings inflected English words together', () => {
    expect(stem('engineers')).toBe(stem('engineer'));
    expect(stem('engineering')).toBe(stem('engineer'));
    expect(stem('companies')).toBe(stem('company'));
    expect(stem("China's")).toBe('china');
  });
});

describe('chineseWords', () => {
  it('cuts by longest match and keeps content words only', () => {
    expect(chineseWords('硅谷的很多中国工程师', lexicon).map((w) => w.word)).toEqual(['硅谷', '很多', '中国', '工程师']);
  });

  it('skips characters the dictionary does not know', () => {
    expect(chineseWords('Zhao Ming是硅谷x', lexicon).map((w) => w.word)).toEqual(['硅谷']);
  });
});

describe('isTranslatedIn', () => {
  it('finds a word whose translation occurs in the English text', () => {
    const english = englishStems('Many Chinese engineers work in Silicon Valley.');
    const words = chineseWords('中国工程师', lexicon);
    expect(words.map((w) => isTranslatedIn(w, english))).toEqual([false, true]);
  });
});
