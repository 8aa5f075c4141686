import { describe, expect, it } from 'vitest';
import { repairParagraph, splitGluedWord } from './repairs';

const FRENCH = new Set([
  'du',
  'travail',
  'automatique',
  'entreprise',
  'plate',
  'formes',
  'plateformes',
  'ciblera',
  'cible',
  'ra',
  'lu',
  'ma',
]);
const known = (w: string) => FRENCH.has(w);

describe('repairParagraph', () => {
  it('separates a lowercase word glued to a name', () => {
    const r = repairParagraph('depuisOpenAI La boîte', 17, known);
    expect(r.text).toBe('Depuis OpenAI La boîte');
    expect(r.repairs.map((x) => x.rule)).toEqual(['glued-camel-case', 'lowercase-paragraph-start']);
    expect(r.repairs[0]).toEqual({ line: 17, rule: 'glued-camel-case', before: 'depuisOpenAI La boîte', after: 'depuis OpenAI La boîte' });
  });

  it('separates an acronym glued to the next word and adds the space after a comma', () => {
    const r = repairParagraph('Mais début 2022,OpenAIAprès la sortie', 41, known);
    expect(r.text).toBe('Mais début 2022, OpenAI Après la sortie');
    expect(r.repairs.map((x) => x.rule)).toEqual(['glued-acronym', 'missing-space-after-punctuation']);
  });

  it('repairs the Waymo sentence: period, glued words and glued name', () => {
    const r = repairParagraph('la société mère de Google.Pilote automatiqueentrepriseWaymo Work, responsable', 47, known);
    expect(r.text).toBe('La société mère de Google. Pilote automatique entreprise Waymo Work, responsable');
  });

  it('splits two glued lowercase words found in the lexicon', () => {
    expect(repairParagraph('l’idée dutravail à temps', 61, known).text).toBe('L’idée du travail à temps');
  });

  it('removes a period repeated after a space', () => {
    const r = repairParagraph('Évite d’être sur la plage. .', 81, known);
    expect(r.text).toBe('Évite d’être sur la plage.');
    expect(r.repairs).toEqual([{ line: 81, rule: 'doubled-period', before: '… sur la plage. .', after: '… sur la plage.' }]);
  });

  it('leaves ordinary text, names, decimals and domains alone', () => {
    const text = 'McCropolo, iPhone, GPT-3.5, 3,5 %, Layoffs.fyi et H-1B. DALL-E 2 et MLLM (RLHF).';
    expect(repairParagraph(text, 1, known)).toEqual({ text, repairs: [] });
  });
});

describe('splitGluedWord', () => {
  it('splits only unknown words whose two halves are known', () => {
    expect(splitGluedWord('dutravail', known)).toBe('du travail');
    expect(splitGluedWord('ciblera', known)).toBeNull();
    expect(splitGluedWord('plateformes', known)).toBeNull();
  });

  it('leaves short words alone even when they split', () => {
    expect(splitGluedWord('luma', known)).toBeNull();
  });
});
