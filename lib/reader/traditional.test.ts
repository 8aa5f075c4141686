import { describe, expect, it } from 'vitest';
import { pinyinRuns } from './pinyin';
import { toTraditional, withTraditional } from './traditional';

describe('toTraditional', () => {
  it('converts to Taiwan-standard Traditional characters, character for character', () => {
    expect(toTraditional('投资软件的发展')).toBe('投資軟件的發展');
    expect(toTraditional('OpenAI，2022年')).toBe('OpenAI，2022年');
  });
});

describe('withTraditional', () => {
  it('gives each run that changes its Traditional form, and keeps its reading', () => {
    const runs = withTraditional(pinyinRuns('投资，AI发展'));
    expect(runs).toEqual([
      { text: '投', reading: 'tóu' },
      { text: '资', reading: 'zī', traditional: '資' },
      { text: '，AI' },
      { text: '发', reading: 'fā', traditional: '發' },
      { text: '展', reading: 'zhǎn' },
    ]);
  });

  it('converts run by run when the conversion changes the length', () => {
    const convert = (text: string) => text.replace('资', '资讯').replace('发', '發');
    const runs = withTraditional([{ text: '资', reading: 'zī' }, { text: '发' }], convert);
    expect(runs).toEqual([
      { text: '资', reading: 'zī', traditional: '资讯' },
      { text: '发', traditional: '發' },
    ]);
  });
});
