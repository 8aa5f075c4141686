import { describe, expect, it } from 'vitest';
import { parseArticleFile } from './parse';

const FRONT = '---\ntitle: Titre\nlanguage: fr\n---\n';

describe('parseArticleFile', () => {
  it('reads headings, paragraphs and notes into numbered blocks with their lines', () => {
    const text = `${FRONT}\n:::editor-note\nLa note de l'éditeur.\n:::\n\nUn paragraphe\nsur deux lignes.\n\n## Un intertitre\n\nDernier paragraphe.\n\n:::note\n(Des pseudonymes)\n:::\n`;
    const { blocks, problems, frontMatter } = parseArticleFile(text, 'fr.md');
    expect(problems).toEqual([]);
    expect(frontMatter).toEqual({ title: 'Titre', language: 'fr' });
    expect(blocks).toEqual([
      { id: 'p-1', index: 1, kind: 'note', role: 'editor', text: "La note de l'éditeur.", line: 6 },
      { id: 'p-2', index: 2, kind: 'paragraph', text: 'Un paragraphe sur deux lignes.', line: 10 },
      { id: 'p-3', index: 3, kind: 'heading', text: 'Un intertitre', line: 13 },
      { id: 'p-4', index: 4, kind: 'paragraph', text: 'Dernier paragraphe.', line: 15 },
      { id: 'p-5', index: 5, kind: 'note', role: 'closing', text: '(Des pseudonymes)', line: 17 },
    ]);
  });

  it('keeps colons in prose as text (times, ratios), not directives', () => {
    const { blocks, problems } = parseArticleFile(`${FRONT}\nDe 10:00 à 18:00, un ratio 3:1 et Note:ceci.\n`, 'en.md');
    expect(problems).toEqual([]);
    expect(blocks[0]?.text).toBe('De 10:00 à 18:00, un ratio 3:1 et Note:ceci.');
  });

  it('reports raw HTML, links, images and emphasis with their line instead of rendering them', () => {
    const text = `${FRONT}\nA <img src=x onerror=alert(1)> b.\n\n[lien](javascript:alert(1))\n\n![i](x.png) et *emphase*\n\n<script>alert(1)</script>\n`;
    const { problems } = parseArticleFile(text, 'zh.md');
    expect(problems).toEqual([
      { file: 'zh.md', line: 6, message: 'unsupported markup in a block: html (only plain text is allowed)' },
      { file: 'zh.md', line: 8, message: 'unsupported markup in a block: link (only plain text is allowed)' },
      { file: 'zh.md', line: 10, message: 'unsupported markup in a block: image (only plain text is allowed)' },
      { file: 'zh.md', line: 10, message: 'unsupported markup in a block: emphasis (only plain text is allowed)' },
      { file: 'zh.md', line: 12, message: 'unsupported block: html' },
    ]);
  });

  it('reports lists, code, unknown directives and notes that are not one paragraph', () => {
    const text = `${FRONT}\n- a\n- b\n\n\`\`\`\ncode\n\`\`\`\n\n:::aside\nx\n:::\n\n:::note\nun\n\ndeux\n:::\n`;
    const messages = parseArticleFile(text, 'en.md').problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual([
      '6: unsupported block: list',
      '9: unsupported block: code',
      '13: unsupported block: :::aside',
      '17: a :::note note must hold exactly one paragraph',
    ]);
  });

  it('reports a missing or broken front matter', () => {
    expect(parseArticleFile('Un paragraphe.\n', 'x.md').problems).toEqual([
      { file: 'x.md', line: 1, message: 'no front matter: the file must start with a --- YAML block ---' },
    ]);
    const broken = parseArticleFile('---\ntitle: [unclosed\n---\n\nTexte.\n', 'y.md').problems;
    expect(broken).toHaveLength(1);
    expect(broken[0]?.message).toMatch(/^front matter is not valid YAML/);
  });
});
