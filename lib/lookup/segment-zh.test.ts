import { describe, expect, it } from 'vitest';
import { encodeLengths, hasHan, longestMatch, segmentAt, segmentChinese, segmentSpans } from './segment-zh';

const DICTIONARY = new Set(['硅谷', '中国', '工程师', '工程', '越来越', '发布']);
const inDictionary = (word: string) => DICTIONARY.has(word);

describe('longestMatch', () => {
  it('cuts an unknown word into the longest dictionary words, else characters', () => {
    expect(longestMatch('中国工程师们', inDictionary)).toEqual(['中国', '工程师', '们']);
    expect(longestMatch('越来越少', inDictionary)).toEqual(['越来越', '少']);
    expect(longestMatch('赵明', inDictionary)).toEqual(['赵', '明']);
  });
});

describe('segmentChinese', () => {
  const cut = (text: string) => ['硅谷', '的', '中国工程师', '越来越少', '，', 'OpenAI', '发布', '。'].filter(() => text.length > 0);
  it('keeps dictionary words, re-cuts unknown ones and joins runs without Chinese', () => {
    const text = '硅谷的中国工程师越来越少，OpenAI发布。';
    expect(segmentChinese(text, cut, inDictionary)).toEqual(['硅谷', '的', '中国', '工程师', '越来越', '少', '，OpenAI', '发布', '。']);
  });
  it('refuses a segmenter that changes the text, naming it', () => {
    expect(() => segmentChinese('硅谷 的', () => ['硅谷', '的'], inDictionary)).toThrow('the segmenter changed the text "硅谷 的"');
  });
  it('detects Chinese characters', () => {
    expect(hasHan('，OpenAI')).toBe(false);
    expect(hasHan('GPT的')).toBe(true);
  });
});

describe('encodeLengths and segmentAt', () => {
  it('encodes one base-36 digit per word and finds the word under an offset', () => {
    const encoded = encodeLengths(['硅谷', '的', '工程师', '，OpenAI']);
    expect(encoded).toBe('2137');
    expect(segmentAt(encoded, 0)).toEqual({ start: 0, end: 2 });
    expect(segmentAt(encoded, 4)).toEqual({ start: 3, end: 6 });
    expect(segmentAt(encoded, 13)).toBeNull();
    expect(segmentSpans(encoded).map((s) => s.end)).toEqual([2, 3, 6, 13]);
  });
  it('splits a run longer than 35 into several digits that still cover it', () => {
    const long = 'x'.repeat(40);
    expect(encodeLengths([long, '的'])).toBe('z51');
    expect(segmentAt('z51', 39)).toEqual({ start: 35, end: 40 });
  });
});
