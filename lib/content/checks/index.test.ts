import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../load';
import { frenchLexicon, loadNameRules, loadRenderings } from '../names-data';
import type { Article } from '../schema';
import { checkTranslations } from './index';

const root = path.resolve(import.meta.dirname, '../../..');
const context = {
  known: frenchLexicon(),
  rules: loadNameRules(root),
  renderingsFor: (l: Parameters<typeof loadRenderings>[0]) => loadRenderings(l, root),
};
const [article] = loadArticles(root);

/** A copy of the article whose `lang` block `index` (1-based) has new text. */
function withBlock(lang: 'de' | 'zh' | 'en' | 'ja', index: number, edit: (text: string) => string): Article {
  const copy = structuredClone(article!);
  const text = copy.translations[lang]!;
  text.blocks = text.blocks.map((b) => (b.index === index ? { ...b, text: edit(b.text) } : b));
  copy.translations = { [lang]: text };
  return copy;
}

describe('checkTranslations', () => {
  it('passes on the committed translations', () => {
    expect(checkTranslations(article!, context)).toEqual([]);
  });

  it('fails on a block left in French, with file, line and block', () => {
    const broken = withBlock('de', 3, () => article!.source.blocks[2]!.text);
    const problems = checkTranslations(broken, context);
    expect(problems[0]).toEqual({
      file: broken.translations.de!.file,
      line: broken.translations.de!.blocks[2]!.line,
      message: 'block 3: it reads as French, not de',
    });
  });

  it('fails on a missing number', () => {
    const broken = withBlock('zh', 7, (t) => t.replace('38%', '三成多'));
    expect(checkTranslations(broken, context).map((p) => p.message)).toEqual(['block 7: the number 38 of the French block is missing']);
  });

  it('fails on a missing name', () => {
    const broken = withBlock('en', 62, (t) => t.replaceAll('ASML', 'a Dutch firm'));
    expect(checkTranslations(broken, context).map((p) => p.message)).toEqual([
      'block 62: the name "ASML" of the French block is missing (or add its rendering to content/renderings/en.json)',
    ]);
  });

  it('fails on Chinese text in the Japanese file', () => {
    const broken = withBlock('ja', 5, () => article!.translations.zh!.blocks[4]!.text);
    expect(checkTranslations(broken, context).map((p) => p.message)).toContain(
      'block 5: Japanese text without any kana: it reads as Chinese',
    );
  });
});
