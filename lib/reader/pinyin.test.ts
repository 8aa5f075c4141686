import { describe, expect, it } from 'vitest';
import { pinyinRuns } from './pinyin';

describe('pinyinRuns', () => {
  it('reads polyphonic characters in context', () => {
    const readings = (text: string) => pinyinRuns(text).map((r) => r.reading ?? r.text);
    expect(readings('银行')).toEqual(['yín', 'háng']);
    expect(readings('行业')).toEqual(['háng', 'yè']);
    expect(readings('成长')).toEqual(['chéng', 'zhǎng']);
    expect(readings('长度')).toEqual(['cháng', 'dù']);
  });

  it('keeps other text as runs of its own, and gives the text back', () => {
    const text = '2022年，OpenAI发布了GPT-3.5。';
    const runs = pinyinRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.reading === undefined).map((r) => r.text)).toEqual(['2022', '，OpenAI', 'GPT-3.5。']);
    expect(runs.find((r) => r.text === '发')?.reading).toBe('fā');
  });
});
