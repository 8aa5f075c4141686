/**
 * npm run check:content — loads every article as the build does, then checks each translated
 * block's language, numbers and names. Prints a summary, or every problem (file:line: message)
 * with a non-zero exit.
 */
import { checkTranslations } from '../lib/content/checks';
import { ContentError, formatProblem, loadArticles } from '../lib/content/load';
import { frenchLexicon, loadNameRules, loadRenderings } from '../lib/content/names-data';

try {
  const articles = loadArticles();
  const context = {
    known: frenchLexicon(),
    rules: loadNameRules(),
    renderingsFor: (l: Parameters<typeof loadRenderings>[0]) => loadRenderings(l),
  };
  let failed = false;
  for (const article of articles) {
    const problems = checkTranslations(article, context);
    const langs = Object.keys(article.translations);
    console.log(
      `${article.slug}: ${article.source.blocks.length} blocks; translations: ${langs.join(', ') || 'none'}; ${problems.length} problem(s)`,
    );
    for (const p of problems) console.error(formatProblem(p));
    failed ||= problems.length > 0;
  }
  if (failed) process.exit(1);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exit(1);
}
