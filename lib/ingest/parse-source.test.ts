import { describe, expect, it } from 'vitest';
import { IngestError, parseSource } from './parse-source';

const known = (w: string) => ['du', 'travail'].includes(w);

const ARTICLE = `nouvelles

Un titre : avec deux parties

2024-07-23

한어Русский языкEnglishFrançais日本語Latina

Source de l'image : Visuel Chine

Auteur collaborateur | Zhou Zihao

Editeur | Wang Weikai

Note de l'éditeur:

depuisOpenAI La boîte a été ouverte.

Premier paragraphe du corps.

"Allez dans la Silicon Valley, allez où est la productivité."

Deuxième paragraphe, avec dutravail.

Licenciements, entrepreneuriat et retour en Chine : le trio

Dernier paragraphe.

(Zhao Ming et Qin Tian sont des pseudonymes)
`;

describe('parseSource', () => {
  const parsed = parseSource(ARTICLE, known);

  it('reads every header field', () => {
    expect(parsed.section).toBe('nouvelles');
    expect(parsed.title).toBe('Un titre : avec deux parties');
    expect(parsed.date).toBe('2024-07-23');
    expect(parsed.imageCredit).toBe('Visuel Chine');
    expect(parsed.author).toEqual({ role: 'Auteur collaborateur', name: 'Zhou Zihao' });
    expect(parsed.editor).toEqual({ role: 'Editeur', name: 'Wang Weikai' });
  });

  it('reads the glued language switcher into codes, in page order', () => {
    expect(parsed.sourceLanguages.map((l) => l.code)).toEqual(['ko', 'ru', 'en', 'fr', 'ja', 'la']);
    expect(parsed.sourceLanguages[1]).toEqual({ code: 'ru', label: 'Русский язык' });
  });

  it('marks the editor note, the headings, the paragraphs and the closing note', () => {
    expect(parsed.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['editor-note', 17],
      ['paragraph', 19],
      ['heading', 21],
      ['paragraph', 23],
      ['heading', 25],
      ['paragraph', 27],
      ['note', 29],
    ]);
    expect(parsed.blocks[0]?.text).toBe('Depuis OpenAI La boîte a été ouverte.');
    expect(parsed.blocks[3]?.text).toBe('Deuxième paragraphe, avec du travail.');
  });

  it('reports every repair with its line', () => {
    expect(parsed.repairs.map((r) => [r.line, r.rule])).toEqual([
      [17, 'glued-camel-case'],
      [17, 'lowercase-paragraph-start'],
      [23, 'glued-words'],
    ]);
  });

  it('does not treat header lines as body text', () => {
    const bodyText = parsed.blocks.map((b) => b.text).join('\n');
    for (const header of ['Visuel Chine', 'Zhou Zihao', 'Wang Weikai', 'English', '2024-07-23', "Note de l'éditeur"]) {
      expect(bodyText).not.toContain(header);
    }
  });
});

describe('parseSource errors', () => {
  const fails = (text: string, message: RegExp, line?: number) => {
    let error: unknown;
    try {
      parseSource(text, known);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(message);
    if (line !== undefined) expect((error as IngestError).line).toBe(line);
  };

  it('rejects an empty file', () => fails('\n\n', /empty/));
  it('rejects a file without a title', () => fails('nouvelles\n\n2024-07-23\n\nUn paragraphe.\n', /no title/, 1));
  it('rejects a file without a date', () => fails('nouvelles\n\nTitre\n\nUn paragraphe.\n', /no date/, 3));
  it('rejects an impossible date', () => fails('nouvelles\n\nTitre\n\n2024-02-31\n\nUn paragraphe.\n', /not a valid date/, 5));
  it('rejects a file with no body', () => fails('nouvelles\n\nTitre\n\n2024-07-23\n\nEditeur | X\n', /empty body/));
});
