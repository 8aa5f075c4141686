import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../bench/align/article';
import { segmentSentences } from './segment';

describe('segmentSentences: what ICU already does', () => {
  it('splits plain sentences', () => {
    expect(segmentSentences('Il est venu. Elle est partie! Et toi?', 'fr')).toEqual(['Il est venu.', 'Elle est partie!', 'Et toi?']);
  });

  it('splits Chinese and Japanese at 。！？', () => {
    expect(segmentSentences('他来了。她走了！真的吗？', 'zh')).toEqual(['他来了。', '她走了！', '真的吗？']);
    expect(segmentSentences('彼は来た。彼女は行った！本当？', 'ja')).toEqual(['彼は来た。', '彼女は行った！', '本当？']);
  });

  it('splits Korean and Russian', () => {
    expect(segmentSentences('이것은 맞다. 그는 말했다! 정말?', 'ko')).toEqual(['이것은 맞다.', '그는 말했다!', '정말?']);
    expect(segmentSentences('Это правда. Он ушёл.', 'ru')).toEqual(['Это правда.', 'Он ушёл.']);
  });
});

describe('segmentSentences: quotes', () => {
  it('keeps a closing guillemet or quote after . ! ? with its sentence', () => {
    expect(segmentSentences('« Les autres sont originaires de Roumanie. » Puis il part.', 'fr')).toEqual([
      '« Les autres sont originaires de Roumanie. »',
      'Puis il part.',
    ]);
    expect(segmentSentences('Il a dit : « GPT est devenu populaire. "', 'fr')).toEqual(['Il a dit : « GPT est devenu populaire. "']);
  });

  it('does not break inside a quotation followed by ", a déclaré X"', () => {
    const straight = '"Une telle scène se produit chaque semaine dans la Silicon Valley", a déclaré Zhao Ming.';
    expect(segmentSentences(straight, 'fr')).toEqual([straight]);
    const twoSentences = "« Les autres sont d’Inde. Et certains de Roumanie. », a déclaré Qin Tian à l'auteur. Ensuite il part.";
    expect(segmentSentences(twoSentences, 'fr')).toEqual([
      "« Les autres sont d’Inde. Et certains de Roumanie. », a déclaré Qin Tian à l'auteur.",
      'Ensuite il part.',
    ]);
    expect(segmentSentences('"Ça se produit. Chaque semaine," Zhao Ming told us. Then.', 'en')).toEqual([
      '"Ça se produit. Chaque semaine," Zhao Ming told us.',
      'Then.',
    ]);
  });

  it('keeps a quotation with the lowercase words that follow it', () => {
    expect(segmentSentences('"C\'est différent." soupira Shi Qi. Il rit.', 'fr')).toEqual([
      '"C\'est différent." soupira Shi Qi.',
      'Il rit.',
    ]);
    expect(segmentSentences('Il a dit « non ! » et il est parti.', 'fr')).toEqual(['Il a dit « non ! » et il est parti.']);
  });

  it('keeps Chinese 。” and 。" with the attribution that follows', () => {
    expect(segmentSentences('“这是对的。”他说。', 'zh')).toEqual(['“这是对的。”他说。']);
    expect(segmentSentences('"这是对的。"他说。', 'zh')).toEqual(['"这是对的。"他说。']);
    expect(segmentSentences('他走了。“这是对的。”他说。然后呢？', 'zh')).toEqual(['他走了。', '“这是对的。”他说。', '然后呢？']);
    expect(segmentSentences('「これは正しい。」と彼は言った。彼は行った。', 'ja')).toEqual([
      '「これは正しい。」と彼は言った。',
      '彼は行った。',
    ]);
  });

  it('puts an opening quote at the start of the next sentence', () => {
    expect(segmentSentences('他收到了邀请。“去硅谷。”他说。', 'zh')).toEqual(['他收到了邀请。', '“去硅谷。”他说。']);
  });

  it('keeps two quotations apart', () => {
    expect(segmentSentences('“你好。”“你好。”', 'zh')).toEqual(['“你好。”', '“你好。”']);
  });

  it('reads German „…“ quotes', () => {
    expect(segmentSentences('Er sagte: „Das ist gut.“ Dann ging er.', 'de')).toEqual(['Er sagte: „Das ist gut.“', 'Dann ging er.']);
  });
});

describe('segmentSentences: periods that do not end a sentence', () => {
  it('keeps abbreviations and titles', () => {
    expect(segmentSentences('M. Dupont est venu. Le Dr. Martin aussi.', 'fr')).toEqual(['M. Dupont est venu.', 'Le Dr. Martin aussi.']);
    expect(segmentSentences('Mr. Smith went to the U.S. Government office.', 'en')).toEqual([
      'Mr. Smith went to the U.S. Government office.',
    ]);
  });

  it('keeps initials', () => {
    expect(segmentSentences('J. K. Rowling wrote it. Then she left.', 'en')).toEqual(['J. K. Rowling wrote it.', 'Then she left.']);
  });

  it('keeps etc. before a lowercase word, and splits before a capital', () => {
    expect(segmentSentences('Google, Microsoft, etc. certains Chinois.', 'fr')).toEqual(['Google, Microsoft, etc. certains Chinois.']);
    expect(segmentSentences('Google, Microsoft, etc. Puis vint la suite.', 'fr')).toHaveLength(2);
  });

  it('keeps decimal numbers', () => {
    expect(segmentSentences('GPT-3.5 est sorti fin 2022. Le taux est de 2.5 %.', 'fr')).toEqual([
      'GPT-3.5 est sorti fin 2022.',
      'Le taux est de 2.5 %.',
    ]);
  });

  it('does not end a sentence at ! or ? followed by a lowercase word', () => {
    expect(segmentSentences('Quoi ? dit-il. Ah ! non, pas ça.', 'fr')).toEqual(['Quoi ? dit-il.', 'Ah ! non, pas ça.']);
    expect(segmentSentences('Τι κάνεις; είπε η Μαρία.', 'el')).toEqual(['Τι κάνεις; είπε η Μαρία.']);
  });

  it('does not end a sentence at a period followed by a lowercase word', () => {
    expect(segmentSentences('Lancés après 2-3. années. Fin.', 'fr')).toEqual(['Lancés après 2-3. années.', 'Fin.']);
    expect(segmentSentences("Expulsés vers leur pays d'origine. pays. Ensuite.", 'fr')).toEqual([
      "Expulsés vers leur pays d'origine. pays.",
      'Ensuite.',
    ]);
  });
});

describe('segmentSentences: other scripts', () => {
  it('reads the Greek ; as a question mark', () => {
    expect(segmentSentences('Τι κάνεις; Καλά είμαι.', 'el')).toEqual(['Τι κάνεις;', 'Καλά είμαι.']);
  });

  it('ends sentences at the Devanagari danda and double danda', () => {
    expect(segmentSentences('रामः वनं गच्छति। सीता अपि गच्छति॥ लक्ष्मणः अपि।', 'sa')).toEqual([
      'रामः वनं गच्छति।',
      'सीता अपि गच्छति॥',
      'लक्ष्मणः अपि।',
    ]);
  });
});

describe('segmentSentences: whitespace', () => {
  it('reads a single newline as a space and a blank line as a sentence end', () => {
    expect(segmentSentences('Une phrase\ncoupée en deux.\n\nUn titre\n\nUn texte.', 'fr')).toEqual([
      'Une phrase coupée en deux.',
      'Un titre',
      'Un texte.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences('  \n ', 'fr')).toEqual([]);
  });
});

const nonSpace = (text: string) => text.replace(/\s+/gu, '');
const articleDir = new URL('../../content/articles/jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley/', import.meta.url);

describe('segmentSentences: segments are trimmed, never empty, and lose nothing', () => {
  const files = readdirSync(articleDir).filter((file) => file.endsWith('.md'));

  it.each(files)('holds every non-space character of %s', (file) => {
    const lang = file.replace(/\.md$/u, '');
    for (const block of articleBlocks(readFileSync(new URL(file, articleDir), 'utf8'))) {
      const sentences = segmentSentences(block, lang);
      for (const sentence of sentences) {
        expect(sentence).toBe(sentence.trim());
        expect(sentence).not.toBe('');
      }
      expect(nonSpace(sentences.join(''))).toBe(nonSpace(block));
    }
  });

  it('holds on random text made of sentence punctuation, quotes and words', () => {
    const pieces = [
      'Il',
      'a',
      'dit',
      '.',
      '!',
      '?',
      '。',
      '”',
      '“',
      '"',
      '«',
      '»',
      ' ',
      ' ',
      '\n',
      'M.',
      'U.S.',
      '2.5',
      'etc.',
      '他',
      'a',
      '।',
      ';',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 5 + (next() % 40) }, () => pieces[next() % pieces.length]).join('');
      for (const lang of ['fr', 'zh', 'el', 'de']) {
        const sentences = segmentSentences(text, lang);
        expect(sentences.every((s) => s.length > 0 && s === s.trim())).toBe(true);
        expect(nonSpace(sentences.join(''))).toBe(nonSpace(text));
      }
    }
  });
});
