import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSlugs } from './paths';

describe('articleSlugs', () => {
  it('lists the folders with a valid slug and a French source, nothing else', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'slugs-'));
    const articles = path.join(root, 'content', 'articles');
    for (const name of ['good-one', 'Bad_Name', 'no-source']) mkdirSync(path.join(articles, name), { recursive: true });
    writeFileSync(path.join(articles, 'good-one', 'fr.md'), '');
    writeFileSync(path.join(articles, 'Bad_Name', 'fr.md'), '');
    writeFileSync(path.join(articles, 'stray-file'), '');
    expect([...articleSlugs(root)]).toEqual(['good-one']);
  });

  it('is empty when there is no content folder', () => {
    expect(articleSlugs(mkdtempSync(path.join(tmpdir(), 'empty-'))).size).toBe(0);
  });

  it('finds the article of this repository', () => {
    expect(articleSlugs().has('jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley')).toBe(true);
  });
});
