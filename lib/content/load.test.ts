import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '../../i18n/routing';
import { readerView } from '../reader/view';
import { ContentError, loadArticle, loadArticles } from './load';

const root = path.resolve(import.meta.dirname, '../..');
const SLUG = 'jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley';
const realSource = readFileSync(path.join(root, 'content', 'articles', SLUG, 'fr.md'), 'utf8');
const realEnglish = readFileSync(path.join(root, 'content', 'articles', SLUG, 'en.md'), 'utf8');

/** A scratch article folder holding the given files. */
function article(files: Record<string, string>, slug = 'un-article'): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'content-')), slug);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadArticle(dir, path.dirname(dir));
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('the committed content', () => {
  it('loads: the seed article in every locale, each with the 67 blocks of fr.md', () => {
    const [seed] = loadArticles(root);
    expect(seed?.slug).toBe(SLUG);
    expect(seed?.source.blocks).toHaveLength(67);
    const translated = Object.keys(seed?.translations ?? {}).sort();
    expect(translated).toEqual(routing.locales.filter((l) => l !== 'fr').sort());
    for (const text of Object.values(seed?.translations ?? {})) {
      expect(text.blocks.map((b) => b.kind)).toEqual(seed?.source.blocks.map((b) => b.kind));
      expect(text.frontMatter.translation).toMatchObject({ from: 'fr', by: 'this project' });
    }
  });
});

describe('loadArticle errors', () => {
  it('names the file and the field of a bad front matter', () => {
    const badSource = realSource.replace('date: 2024-07-23', 'date: 23 juillet').replace(/^title: .*$/mu, 'title: ""');
    expect(problemsOf(article({ 'fr.md': badSource }))).toEqual([
      'un-article/fr.md:1: front matter field "title": Too small: expected string to have >=1 characters',
      'un-article/fr.md:1: front matter field "date": Invalid ISO date',
    ]);
  });

  it('rejects a translation without the translation notice, or in the wrong file', () => {
    const noNotice = realEnglish.replace(/^translation:\n(?: {2}.*\n)+/mu, '');
    const wrongLanguage = realEnglish.replace('language: en', 'language: de');
    expect(problemsOf(article({ 'fr.md': realSource, 'en.md': noNotice, 'it.md': wrongLanguage }))).toEqual([
      'un-article/en.md:1: front matter field "translation": Invalid input: expected object, received undefined',
      'un-article/it.md:1: front matter field "language" is "de" but the file is named it.md',
    ]);
  });

  it('rejects unknown fields, files and folders', () => {
    const extra = realEnglish.replace('language: en', 'language: en\nauthorr: x');
    const problems = problemsOf(article({ 'fr.md': realSource, 'en.md': extra, 'xx.md': realEnglish, 'notes.txt': 'x' }, 'Bad_Slug'));
    expect(problems).toEqual([
      'Bad_Slug: folder name is not a valid slug (a-z, 0-9, hyphens)',
      'Bad_Slug/en.md:1: front matter field "(root)": Unrecognized key: "authorr"',
      'Bad_Slug/notes.txt: unexpected file: article folders hold only <locale>.md files',
      'Bad_Slug/xx.md: unexpected file: article folders hold only <locale>.md files',
    ]);
  });

  it('names the block when a translation drops one', () => {
    const problems = problemsOf(article({ 'fr.md': realSource, 'en.md': realEnglish.split('\n\n').slice(0, -3).join('\n\n') + '\n' }));
    expect(problems.at(-1)).toBe('un-article/en.md: 64 blocks where the source has 67');
    expect(problems[0]).toMatch(
      /^un-article\/en\.md: block 65 does not match the source: source has paragraph "En mai de cette année, lors du Forum/u,
    );
  });

  it('fails when the source is missing', () => {
    expect(problemsOf(article({ 'en.md': realEnglish }))).toEqual(['un-article: missing fr.md, the source text']);
  });
});

describe('readerView', () => {
  const dir = article({ 'fr.md': realSource, 'en.md': realEnglish });
  const partial = loadArticle(dir, path.dirname(dir));

  it('shows the requested translation when it exists', () => {
    const view = readerView(partial, 'en');
    expect(view).toMatchObject({ requested: 'en', target: 'en', fallback: false });
    expect(view?.pairs).toHaveLength(67);
  });

  it('falls back to English, never to an empty column, when the translation is missing', () => {
    const view = readerView(partial, 'de');
    expect(view).toMatchObject({ requested: 'de', target: 'en', fallback: true });
    expect(view?.pairs.every((p) => p.target.text.length > 0)).toBe(true);
  });
});
