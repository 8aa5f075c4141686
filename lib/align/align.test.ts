import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, alignSentences } from './align';
import { formatBead, parseBeads } from './bead-format';
import { isValidAlignment } from './beads';
import type { Bead } from './types';

const gold = (name: string) => readFileSync(new URL(`../../bench/align/gold/${name}`, import.meta.url), 'utf8');
const goldLines = (name: string) => gold(name).replace(/\n$/u, '').split('\n');
const shapes = (beads: Bead[]) => beads.map(formatBead);

describe('alignSentences: bead shapes', () => {
  const fr = [
    'Zhao Ming est né à Pékin en 1990, dans une famille d’ingénieurs des chemins de fer.',
    'Il a ensuite étudié l’informatique pendant six ans à l’Université Stanford.',
    'Depuis 2019, il travaille chez Google comme chercheur en apprentissage automatique, après deux stages chez Microsoft.',
    'Il gagne aujourd’hui 450 000 dollars par an, soit trois fois plus qu’en 2020.',
    'Son équipe compte 40 ingénieurs, dont la moitié viennent de Chine.',
    'Il pense rester aux États-Unis jusqu’en 2030.',
  ];
  const options = { srcLang: 'fr', tgtLang: 'en' };

  it('pairs one to one', () => {
    const en = [
      'Zhao Ming was born in Beijing in 1990 into a family of railway engineers.',
      'He then studied computer science for six years at Stanford University.',
      'Since 2019 he has worked at Google as a machine learning researcher, after two internships at Microsoft.',
      'Today he earns $450,000 a year, three times more than in 2020.',
      'His team has 40 engineers, half of them from China.',
      'He plans to stay in the United States until 2030.',
    ];
    expect(shapes(alignSentences(fr, en, options))).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]', '[4]:[4]', '[5]:[5]']);
  });

  it('finds a merge (2-1) and a split (1-2)', () => {
    const en = [
      'Zhao Ming was born in Beijing in 1990 into a family of railway engineers and went on to study computer science at Stanford University for six years.',
      'He has worked at Google as a machine learning researcher since 2019.',
      'Before that, he did two internships at Microsoft.',
      'Today he earns $450,000 a year, three times more than in 2020.',
      'His team has 40 engineers, half of them from China.',
      'He plans to stay in the United States until 2030.',
    ];
    expect(shapes(alignSentences(fr, en, options))).toEqual(['[0,1]:[0]', '[2]:[1,2]', '[3]:[3]', '[4]:[4]', '[5]:[5]']);
  });

  it('finds a sentence left out (1-0) and one added (0-1)', () => {
    const en = [
      'Zhao Ming was born in Beijing in 1990 into a family of railway engineers.',
      'Since 2019 he has worked at Google as a machine learning researcher, after two internships at Microsoft.',
      'Today he earns $450,000 a year, three times more than in 2020.',
      'Waymo, OpenAI and Nvidia all tried to hire him in 2023 and 2024.',
      'His team has 40 engineers, half of them from China.',
      'He plans to stay in the United States until 2030.',
    ];
    expect(shapes(alignSentences(fr, en, options))).toEqual(['[0]:[0]', '[1]:[]', '[2]:[1]', '[3]:[2]', '[]:[3]', '[4]:[4]', '[5]:[5]']);
  });

  it('handles empty sides', () => {
    expect(alignSentences([], ['a'], options)).toEqual([{ src: [], tgt: [0], cost: 0 }]);
    expect(alignSentences([], [], options)).toEqual([]);
  });
});

describe('alignSentences on the gold (fr–zh)', () => {
  const fr = goldLines('fr-zh.fr.txt');
  const zh = goldLines('fr-zh.zh.txt');
  const expected = parseBeads(gold('fr-zh.beads.txt'));

  it('finds the gold beads', () => {
    const beads = alignSentences(fr, zh, { srcLang: 'fr', tgtLang: 'zh' });
    expect(shapes(beads)).toEqual(shapes(expected));
  });

  it('handles the text repeated 10 times in a narrow band, as it does once', () => {
    const times = 10;
    const repeat = (lines: string[]) => Array.from({ length: times }, () => lines).flat();
    const beads = alignSentences(repeat(fr), repeat(zh), { srcLang: 'fr', tgtLang: 'zh', bandWidth: 8 });
    const repeated = Array.from({ length: times }, (_, k) =>
      expected.map((b) => ({ ...b, src: b.src.map((i) => i + k * fr.length), tgt: b.tgt.map((j) => j + k * zh.length) })),
    ).flat();
    expect(isValidAlignment(beads, fr.length * times, zh.length * times)).toBe(true);
    expect(shapes(beads)).toEqual(shapes(repeated));
  });

  it('widens the band when a passage is missing from the translation, and finds the omission', () => {
    const missing = { from: 10, count: 5 };
    const kept = zh.filter((_, j) => j < missing.from || j >= missing.from + missing.count);
    const narrow = alignSentences(fr, kept, { srcLang: 'fr', tgtLang: 'zh', bandWidth: 2 });
    const whole = alignSentences(fr, kept, { srcLang: 'fr', tgtLang: 'zh', bandWidth: 1000 });
    expect(isValidAlignment(narrow, fr.length, kept.length)).toBe(true);
    expect(shapes(narrow)).toEqual(shapes(whole));
    // The five target sentences translated source sentences 11–16, which are now deletions.
    expect(shapes(narrow)).toEqual(
      expect.arrayContaining(['[10]:[9]', '[11]:[]', '[12]:[]', '[13]:[]', '[14]:[]', '[15]:[]', '[16]:[]', '[17]:[10]']),
    );
  });
});

describe('alignParagraphs', () => {
  it('finds a translation that merged two paragraphs', () => {
    const fr = ['Qin Tian est arrivé en 2019.', 'Il travaille chez Google. Il gagne 450 000 dollars.', 'Shi Qi est parti en 2023.'];
    const en = ['Qin Tian arrived in 2019.', 'He works at Google. He earns $450,000. Shi Qi left in 2023.'];
    expect(shapes(alignParagraphs(fr, en, { srcLang: 'fr', tgtLang: 'en' }))).toEqual(['[0]:[0]', '[1,2]:[1]']);
  });
});
