/**
 * Reads an article file of content/articles into its blocks, the way the bench and the tests
 * need them: the YAML front matter dropped, blocks split at blank lines, `:::` directive
 * lines removed and a heading's `## ` marker stripped.
 */
import { readFileSync } from 'node:fs';

/** The blocks of an article's markdown text (front matter excluded). */
export function articleBlocks(markdown: string): string[] {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, '');
  return body
    .split(/\r?\n[^\S\r\n]*\r?\n/u)
    .map((block) =>
      block
        .split(/\r?\n/u)
        .filter((line) => !/^:::/u.test(line.trim()))
        .join('\n')
        .replace(/^#{1,6}\s+/u, '')
        .trim(),
    )
    .filter((block) => block.length > 0);
}

/** The blocks of an article file. */
export function readArticleBlocks(file: string): string[] {
  return articleBlocks(readFileSync(file, 'utf8'));
}

/** Path of one language of the benchmark article. */
export function articleFile(lang: string): string {
  return new URL(`../../content/articles/jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley/${lang}.md`, import.meta.url).pathname;
}
