import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../content/load';
import { sentenceAlignment, sentencesOf } from './sentences';

const [article] = loadArticles(path.resolve(import.meta.dirname, '../..'));

describe('sentencesOf', () => {
  it('keeps every character of the block: sentences and the gaps between them', () => {
    const text = '« Une telle scène », a déclaré Zhao Ming. Il a obtenu un ticket ! Et ensuite ?';
    const parts = sentencesOf(text, 'fr');
    expect(parts.map((p) => p.text)).toEqual(['« Une telle scène », a déclaré Zhao Ming.', 'Il a obtenu un ticket !', 'Et ensuite ?']);
    expect(parts.map((p) => p.gap + p.text).join('')).toBe(text);
    expect(sentencesOf('“这是对的。”他说。然后走了。', 'zh').map((p) => p.gap)).toEqual(['', '']);
  });
});

describe('sentenceAlignment', () => {
  for (const lang of ['en', 'zh', 'ja', 'ru'] as const) {
    it(`${lang}: covers every sentence of both sides once, with bead ids shared across columns`, () => {
      const blocks = sentenceAlignment(article!, lang);
      expect(blocks).toHaveLength(article!.source.blocks.length);
      blocks.forEach((block, i) => {
        const sourceText = block.source.map((s) => s.gap + s.text).join('');
        const targetText = block.target.map((s) => s.gap + s.text).join('');
        expect(sourceText).toBe(article!.source.blocks[i]!.text);
        expect(targetText).toBe(article!.translations[lang]!.blocks[i]!.text);
        const sourceBeads = new Set(block.source.filter((s) => !s.unmatched).map((s) => s.bead));
        const targetBeads = new Set(block.target.filter((s) => !s.unmatched).map((s) => s.bead));
        expect([...sourceBeads].sort()).toEqual([...targetBeads].sort());
        for (const s of [...block.source, ...block.target]) expect(s.bead).toMatch(new RegExp(`^${i + 1}\\.\\d+$`));
      });
    });
  }

  it('marks a sentence with no counterpart as unmatched', () => {
    const blocks = sentenceAlignment(article!, 'zh');
    const unmatched = blocks.flatMap((b) => [...b.source, ...b.target]).filter((s) => s.unmatched);
    for (const s of unmatched) {
      const block = blocks.find((b) => b.source.includes(s) || b.target.includes(s))!;
      const other = block.source.includes(s) ? block.target : block.source;
      expect(other.some((o) => o.bead === s.bead)).toBe(false);
    }
  });
});
