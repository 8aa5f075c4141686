/**
 * Content checks beyond structure, run by `npm run check:content` and the unit tests: every
 * translated block is in its language and script, keeps the numbers and the names of its
 * French block. Each problem names the file, the line and the block.
 */
import type { ContentProblem } from '../../pipeline/parse';
import type { Article, LocaleCode } from '../schema';
import { languageProblems } from './language';
import { missingNames, type FrenchLexicon, type NameRules, type Renderings } from './names';
import { missingNumbers } from './numbers';

export interface CheckContext {
  known: FrenchLexicon;
  rules: NameRules;
  renderingsFor: (language: LocaleCode) => Renderings;
}

/** Every problem of every translation of an article. */
export function checkTranslations(article: Article, context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [language, text] of Object.entries(article.translations) as [LocaleCode, NonNullable<Article['translations'][LocaleCode]>][]) {
    const renderings = context.renderingsFor(language);
    article.source.blocks.forEach((source, i) => {
      const block = text.blocks[i];
      if (!block) return;
      const at = (message: string) => problems.push({ file: text.file, line: block.line, message: `block ${block.index}: ${message}` });
      for (const p of languageProblems(block.text, language)) at(p);
      for (const n of missingNumbers(source.text, block.text)) at(`the number ${n} of the French block is missing`);
      for (const n of missingNames(source.text, block.text, context.known, context.rules, renderings)) {
        at(`the name "${n}" of the French block is missing (or add its rendering to content/renderings/${language}.json)`);
      }
    });
  }
  return problems;
}
