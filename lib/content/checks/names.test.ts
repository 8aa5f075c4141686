import { describe, expect, it } from 'vitest';
import { missingNames, namesIn, type NameRules } from './names';

const WORDS = new Set(['la', 'les', 'après', 'selon', 'chine', 'université', 'face', 'capital', 'boîte', 'qi', 'tian']);
const known = (w: string) => WORDS.has(w.toLowerCase());
const rules: NameRules = { corrections: { McCropolo: ['MacroPolo'] }, notNames: { IA: 'French acronym' } };

describe('namesIn', () => {
  it('finds acronyms, model names and unknown capitalised words, joining adjacent ones', () => {
    const text =
      'Selon Qin Tian, OpenAI La boîte, GPT-4 et le H-1B de Waymo, en Chine, à l’Université Carnegie Mellon et chez Hugging Face. Aujourd’hui, l’IA.';
    expect(namesIn(text, known, rules)).toEqual([
      'Qin Tian',
      'OpenAI La',
      'GPT-4',
      'H-1B',
      'Waymo',
      'Université Carnegie Mellon',
      'Hugging Face',
    ]);
  });
});

describe('missingNames', () => {
  it('accepts the name kept, a correction, a rendering, or each name word of a run', () => {
    const fr = 'Selon McCropolo, Nvidia et OpenAI La boîte de Qin Tian.';
    expect(missingNames(fr, 'MacroPolo says Nvidia and OpenAI … Qin Tian', known, rules, {})).toEqual([]);
    expect(missingNames(fr, 'MacroPolo：英伟达、OpenAI、Qin Tian', known, rules, { Nvidia: ['英伟达'] })).toEqual([]);
  });

  it('names each missing name', () => {
    expect(missingNames('Waymo et Sora, H-1B.', 'Waymo and the visa.', known, rules, {})).toEqual(['Sora', 'H-1B']);
    expect(missingNames('Selon Qin Tian.', 'По словам Цинь Тяня.', known, rules, {})).toEqual(['Qin Tian']);
    expect(missingNames('Selon Qin Tian.', 'По словам Цинь Тяня.', known, rules, { 'Qin Tian': ['Цинь Тян'] })).toEqual([]);
  });
});
