import { describe, expect, it, vi } from 'vitest';
import { createLexicon, glossWords, isChineseEnglish, loadLexicon } from './lexicon';

describe('glossWords', () => {
  it('keeps the translating words of CC-CEDICT glosses', () => {
    expect(glossWords(['(of a person) tall', 'to develop; to exploit'])).toEqual(['tall', 'develop', 'exploit']);
  });

  it('drops measure words, cross-references, variants and surnames', () => {
    expect(glossWords(['CL:個|个[ge4]', 'variant of 裏|里[li3]', 'surname Wang', 'see 工程[gong1 cheng2]'])).toEqual([]);
  });
});

describe('createLexicon', () => {
  it('looks each word up once', () => {
    const lookup = vi.fn((word: string) => (word === '硅谷' ? ['Silicon Valley'] : undefined));
    const lexicon = createLexicon(lookup);
    expect(lexicon.glosses('硅谷')).toEqual(['silicon', 'valley']);
    expect(lexicon.glosses('硅谷')).toEqual(['silicon', 'valley']);
    expect(lexicon.glosses('谷硅')).toBeUndefined();
    expect(lookup).toHaveBeenCalledTimes(2);
  });
});

describe('loadLexicon', () => {
  it('is only for Chinese and English', async () => {
    expect(isChineseEnglish('zh', 'en')).toBe(true);
    expect(isChineseEnglish('en-US', 'zh')).toBe(true);
    expect(isChineseEnglish('fr', 'zh')).toBe(false);
    await expect(loadLexicon('fr', 'zh')).resolves.toBeUndefined();
  });

  it('loads CC-CEDICT for zh↔en', { timeout: 60_000 }, async () => {
    const lexicon = await loadLexicon('zh', 'en');
    expect(lexicon?.glosses('工程师')).toEqual(['engineer']);
    expect(lexicon?.glosses('不是一个词语')).toBeUndefined();
    expect(await loadLexicon('en', 'zh')).toBe(lexicon);
  });
});
