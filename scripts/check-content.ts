/**
 * npm run check:content — loads every article as the build does and prints a summary, or every
 * problem (file:line: message) with a non-zero exit.
 */
import { ContentError, loadArticles } from '../lib/content/load';

try {
  for (const article of loadArticles()) {
    const langs = Object.keys(article.translations);
    console.log(`${article.slug}: ${article.source.blocks.length} blocks; translations: ${langs.join(', ') || 'none'}`);
  }
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exit(1);
}
