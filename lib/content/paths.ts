/**
 * What content exists, known without parsing it: the source language, the slug format and the
 * article folders. Cheap enough for the proxy, which turns unknown paths into 404s on every request.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LocaleCode } from './schema';

export const SOURCE_LANGUAGE = 'fr' satisfies LocaleCode;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The slugs of `<root>/content/articles`: folders with a valid name and a source text. Read once
 * per root (content only changes with a new build); empty when the folder is missing.
 */
export function articleSlugs(root = process.cwd()): ReadonlySet<string> {
  const cached = cache.get(root);
  if (cached) return cached;
  const base = path.join(root, 'content', 'articles');
  const slugs = new Set(
    existsSync(base)
      ? readdirSync(base, { withFileTypes: true })
          .filter((e) => e.isDirectory() && SLUG_PATTERN.test(e.name) && existsSync(path.join(base, e.name, `${SOURCE_LANGUAGE}.md`)))
          .map((e) => e.name)
      : [],
  );
  cache.set(root, slugs);
  return slugs;
}
