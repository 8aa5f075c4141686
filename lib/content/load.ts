/**
 * Loads the articles under content/articles/: the only module that reads content from disk.
 * Every file is parsed, its front matter validated and its blocks aligned with the source;
 * any problem fails the load with the file, the line or field, and what was expected.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { alignBlocks } from '../pipeline/align-blocks';
import { parseArticleFile, type ContentProblem } from '../pipeline/parse';
import {
  sourceFrontMatter,
  translationFrontMatter,
  type AlignedPair,
  type Article,
  type ArticleText,
  type LocaleCode,
  type SourceFrontMatter,
  type TranslationFrontMatter,
} from './schema';
import { isLocale } from '../../i18n/routing';

import { SLUG_PATTERN, SOURCE_LANGUAGE } from './paths';

export { SLUG_PATTERN, SOURCE_LANGUAGE };

/** The content failed to load; the message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    line: 1,
    message: `front matter field "${issue.path.join('.') || '(root)'}": ${issue.message}`,
  }));
}

function readText<F>(
  absolute: string,
  file: string,
  language: LocaleCode,
  schema: z.ZodType<F>,
  problems: ContentProblem[],
): ArticleText<F> | null {
  const parsed = parseArticleFile(readFileSync(absolute, 'utf8'), file);
  problems.push(...parsed.problems);
  if (parsed.frontMatter === undefined) return null;
  const front = schema.safeParse(parsed.frontMatter);
  if (!front.success) {
    problems.push(...schemaProblems(file, front.error));
    return null;
  }
  const declared = (front.data as { language: string }).language;
  if (declared !== language) {
    problems.push({ file, line: 1, message: `front matter field "language" is "${declared}" but the file is named ${language}.md` });
  }
  return { language, file, frontMatter: front.data, blocks: parsed.blocks };
}

/**
 * Loads one article folder.
 * @throws ContentError when any file of it is invalid
 */
export function loadArticle(dir: string, relativeTo = process.cwd()): Article {
  const slug = path.basename(dir);
  const problems: ContentProblem[] = [];
  const rel = (f: string) => path.relative(relativeTo, f);
  if (!SLUG_PATTERN.test(slug)) problems.push({ file: rel(dir), message: 'folder name is not a valid slug (a-z, 0-9, hyphens)' });
  const sourceFile = path.join(dir, `${SOURCE_LANGUAGE}.md`);
  if (!existsSync(sourceFile)) throw new ContentError([{ file: rel(dir), message: `missing ${SOURCE_LANGUAGE}.md, the source text` }]);

  const source = readText<SourceFrontMatter>(sourceFile, rel(sourceFile), SOURCE_LANGUAGE, sourceFrontMatter, problems);
  const translations: Article['translations'] = {};
  for (const name of readdirSync(dir).sort()) {
    const lang = name.replace(/\.md$/u, '');
    if (name === `${SOURCE_LANGUAGE}.md`) continue;
    if (!name.endsWith('.md') || !isLocale(lang)) {
      problems.push({ file: rel(path.join(dir, name)), message: 'unexpected file: article folders hold only <locale>.md files' });
      continue;
    }
    const file = path.join(dir, name);
    const text = readText<TranslationFrontMatter>(file, rel(file), lang, translationFrontMatter, problems);
    if (!text) continue;
    if (text.frontMatter.translation.from !== SOURCE_LANGUAGE) {
      problems.push({ file: text.file, line: 1, message: `front matter field "translation.from" must be "${SOURCE_LANGUAGE}"` });
    }
    if (source) problems.push(...alignBlocks(source.blocks, text.blocks, text.file).problems);
    translations[lang] = text;
  }
  if (problems.length > 0 || !source) throw new ContentError(problems);
  return { slug, source, translations };
}

const cache = new Map<string, Article[]>();

/**
 * Loads every article under `<root>/content/articles`, sorted newest first. Cached per root.
 * @throws ContentError listing the problems of every invalid article
 */
export function loadArticles(root = process.cwd()): Article[] {
  const cached = cache.get(root);
  if (cached) return cached;
  const base = path.join(root, 'content', 'articles');
  const articles: Article[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of readdirSync(base, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      articles.push(loadArticle(path.join(base, entry.name), root));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  articles.sort((a, b) => b.source.frontMatter.date.localeCompare(a.source.frontMatter.date) || a.slug.localeCompare(b.slug));
  cache.set(root, articles);
  return articles;
}

/** The article with this slug, or undefined. Validates the slug before touching the disk. */
export function findArticle(slug: string): Article | undefined {
  if (!SLUG_PATTERN.test(slug)) return undefined;
  return loadArticles().find((a) => a.slug === slug);
}

/** The rows of the reader: each source block beside its translation. */
export function pairsOf(article: Article, lang: LocaleCode): AlignedPair[] {
  const target = lang === SOURCE_LANGUAGE ? article.source : article.translations[lang];
  if (!target) return [];
  return article.source.blocks.map((s, i) => {
    const t = target.blocks[i];
    if (!t) throw new Error(`${target.file}: block ${i + 1} is missing (content was not validated)`);
    return { id: s.id, index: s.index, source: s, target: t };
  });
}
