import { describe, expect, it } from 'vitest';
import { excerptAround, occurrences, wordAt, wordsOf } from './words';

describe('wordAt', () => {
  it('finds the word under an offset, none on spaces or punctuation', () => {
    const text = "L'ingénieur a dit : « oui ».";
    expect(wordAt(text, 4, 'fr')).toEqual({ text: 'ingénieur', start: 2, end: 11 });
    expect(wordAt(text, 0, 'fr')).toEqual({ text: 'L', start: 0, end: 1 });
    expect(wordAt(text, 11, 'fr')).toBeNull();
    expect(wordsOf("aujourd’hui, l’uomo dell'anno", 'it').map((w) => w.text)).toEqual(['aujourd’hui', 'l', 'uomo', 'dell', 'anno']);
    expect(wordsOf("don't", 'en').map((w) => w.text)).toEqual(["don't"]);
    expect(wordAt(text, 18, 'fr')).toBeNull();
  });
  it('works in other scripts', () => {
    expect(wordAt('Инженеры уехали.', 3, 'ru')?.text).toBe('Инженеры');
    expect(wordsOf('Ingeniarii abeunt.', 'la').map((w) => w.text)).toEqual(['Ingeniarii', 'abeunt']);
  });
});

describe('occurrences', () => {
  const sentences = [
    { pair: 'p-1', text: 'La Chine forme des ingénieurs.' },
    { pair: 'p-2', text: 'En Chine, la chine est rare ; Chinese ne compte pas.' },
    { pair: 'p-3', text: 'Rien ici.' },
  ];
  it('finds whole words whatever their case, with an excerpt, skipping the sentence looked up', () => {
    expect(occurrences('chine', sentences, 'fr', sentences[0])).toEqual([
      { pair: 'p-2', excerpt: 'En Chine, la chine est rare ; Chinese…' },
      { pair: 'p-2', excerpt: 'En Chine, la chine est rare ; Chinese ne compte…' },
    ]);
    expect(occurrences('Chine', sentences, 'fr')).toHaveLength(3);
    expect(occurrences('ici', sentences, 'fr')).toEqual([{ pair: 'p-3', excerpt: 'Rien ici.' }]);
  });
  it('uses the words it is given (Chinese cut by the dictionary)', () => {
    const zh = [
      {
        pair: 'p-4',
        text: '工程师和工程',
        words: [
          { text: '工程师', start: 0, end: 3 },
          { text: '和', start: 3, end: 4 },
          { text: '工程', start: 4, end: 6 },
        ],
      },
    ];
    expect(occurrences('工程', zh, 'zh')).toEqual([{ pair: 'p-4', excerpt: '工程师和工程' }]);
  });
});

describe('excerptAround', () => {
  it('cuts at spaces and marks the cuts', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(excerptAround(text, 24, 27, 10)).toBe('…four five six seven…');
    expect(excerptAround('short', 0, 5)).toBe('short');
  });
});
