import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../content/load';
import { sentenceAlignment } from '../reader/sentences';
import { segmentSpans } from './segment-zh';
import { articleChineseWords, chineseWordData, type ChineseTools } from './word-data';

const [article] = loadArticles(path.resolve(import.meta.dirname, '../..'));

describe('chineseWordData', () => {
  it('keeps the entries of the text’s words only, and an empty list for a word CC-CEDICT lacks', () => {
    const tools: ChineseTools = {
      cut: () => ['工程师', '说', '嘿'],
      lookup: (word) =>
        ({
          工程师: [{ pinyin: 'gōng chéng shī', traditional: '工程師', glosses: ['engineer'] }],
          说: [{ pinyin: 'shuō', traditional: '說', glosses: ['to speak'] }],
        })[word],
    };
    expect(chineseWordData([['工程师说嘿']], tools)).toEqual({
      segments: [['311']],
      words: {
        工程师: [{ pinyin: 'gōng chéng shī', traditional: '工程師', glosses: ['engineer'] }],
        说: [{ pinyin: 'shuō', traditional: '說', glosses: ['to speak'] }],
        嘿: [],
      },
    });
  });
});

describe('articleChineseWords (jieba and CC-CEDICT)', () => {
  it('covers every sentence of the article and finds 工程师 → engineer', { timeout: 120_000 }, async () => {
    const data = await articleChineseWords(article!);
    expect(data.words['工程师']?.[0]).toMatchObject({ pinyin: 'gōng chéng shī', traditional: '工程師' });
    expect(data.words['工程师']?.[0]?.glosses).toContain('engineer');
    expect(data.segments).toHaveLength(article!.source.blocks.length);
    // The word lengths of each sentence add up to the sentence, as the reader cuts it.
    const sentences = sentenceAlignment(article!, 'zh');
    data.segments.forEach((block, i) => {
      expect(block).toHaveLength(sentences[i]!.target.length);
      block.forEach((encoded, j) => expect(segmentSpans(encoded).at(-1)?.end).toBe(sentences[i]!.target[j]!.text.length));
    });
    // A word CC-CEDICT lacks is a single character: longer ones were cut into dictionary words.
    for (const [word, entries] of Object.entries(data.words)) {
      if (entries.length === 0) expect([...word]).toHaveLength(1);
    }
    const spans = data.segments.flat().flatMap(segmentSpans);
    expect(spans.length).toBeGreaterThan(500);
  });
});
