import { describe, expect, it } from 'vitest';
import { extractAnchors } from './anchors';

const keys = (text: string, lang: string) => extractAnchors(text, lang).anchors.map((a) => a.key);

describe('extractAnchors', () => {
  it('takes numbers, names and acronyms from Latin-script text', () => {
    expect(keys('Zhang Yu travaille chez Waymo depuis 2022, après ChatGPT-4.', 'fr')).toEqual([
      '#2022',
      '#4',
      'zhang',
      'yu',
      'waymo',
      'chatgpt4',
    ]);
  });

  it('skips a capitalised first word unless a name follows it', () => {
    expect(keys('Les partenaires de Google.', 'fr')).toEqual(['google']);
    expect(keys('Shi Qi est parti.', 'fr')).toEqual(['shi', 'qi']);
    expect(keys('OpenAI a gagné.', 'fr')).toEqual(['openai']);
  });

  it('takes every Latin word of a Chinese text', () => {
    expect(keys('微软也推出了类似的应用“Copilot”，H-1B签证。', 'zh')).toEqual(['#1', 'copilot', 'h1b', '"']);
  });

  it('marks quotations and questions', () => {
    expect(keys('« Où sont les talents ? »', 'fr')).toEqual(['"', '?']);
    expect(keys('Τι κάνεις;', 'el')).toEqual(['?']);
    expect(keys('人才在哪里？', 'zh')).toEqual(['?']);
  });

  it('offers every word, lowercased, to the other side', () => {
    const { vocabulary } = extractAnchors('The internet and GPT-3.5 in 2022', 'en');
    expect([...vocabulary]).toEqual(expect.arrayContaining(['internet', 'gpt35', '#2022', '#3.5']));
  });

  it('counts a name said twice once', () => {
    expect(keys('Qin Tian et Qin Tian.', 'fr')).toEqual(['qin', 'tian']);
  });
});
