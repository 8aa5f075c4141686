import { describe, expect, it } from 'vitest';
import type { Block } from '../content/schema';
import { alignBlocks, firstWords } from './align-blocks';

const block = (index: number, kind: Block['kind'], text: string): Block => ({ id: `p-${index}`, index, kind, text, line: index * 2 + 5 });

const source = [
  block(1, 'paragraph', 'Parcourant près de 40 miles de Sunnyvale au centre-ville de San Francisco'),
  block(2, 'heading', 'Modèle de volume pour les grandes entreprises'),
  block(3, 'paragraph', 'Depuis que l’entreprise s’est mise à fond sur l’IA.'),
];

describe('alignBlocks', () => {
  it('pairs blocks one to one when number and kinds agree', () => {
    const target = [block(1, 'paragraph', 'a'), block(2, 'heading', 'b'), block(3, 'paragraph', 'c')];
    const { pairs, problems } = alignBlocks(source, target, 'en.md');
    expect(problems).toEqual([]);
    expect(pairs.map((p) => [p.id, p.source.text.slice(0, 10), p.target.text])).toEqual([
      ['p-1', 'Parcourant', 'a'],
      ['p-2', 'Modèle de ', 'b'],
      ['p-3', 'Depuis que', 'c'],
    ]);
  });

  it('names the file, the block and the first words of both when kinds differ', () => {
    const target = [
      block(1, 'paragraph', 'a'),
      block(2, 'paragraph', '大厂卷模型，创业公司抢B端，这是一个很长的标题'),
      block(3, 'paragraph', 'c'),
    ];
    expect(alignBlocks(source, target, 'zh.md').problems).toEqual([
      {
        file: 'zh.md',
        line: 9,
        message:
          'block 2 does not match the source: source has heading "Modèle de volume pour les grandes entreprises", translation has paragraph "大厂卷模型，创业公司抢B端，这是一个很长的标题"',
      },
    ]);
  });

  it('reports a missing block and the counts', () => {
    const target = [
      block(1, 'paragraph', 'Traveling nearly 40 miles from Sunnyvale to downtown San Francisco, Zhao Ming'),
      block(2, 'heading', 'b'),
    ];
    expect(alignBlocks(source, target, 'en.md').problems.map((p) => p.message)).toEqual([
      'block 3 does not match the source: source has paragraph "Depuis que l’entreprise s’est mise à fond sur…", translation has (no block)',
      '2 blocks where the source has 3',
    ]);
  });

  it('reports an extra block', () => {
    const target = [...source, block(4, 'paragraph', 'Un bloc en trop')];
    expect(alignBlocks(source, target, 'de.md').problems.map((p) => p.message)).toEqual([
      'block 4 does not match the source: source has (no block), translation has paragraph "Un bloc en trop"',
      '4 blocks where the source has 3',
    ]);
  });
});

describe('firstWords', () => {
  it('cuts long text at eight words, or CJK text at 40 characters', () => {
    expect(firstWords('un deux trois quatre cinq six sept huit neuf dix')).toBe('un deux trois quatre cinq six sept huit…');
    expect(firstWords('短句')).toBe('短句');
    expect(firstWords('硅'.repeat(50))).toBe(`${'硅'.repeat(40)}…`);
  });
});
