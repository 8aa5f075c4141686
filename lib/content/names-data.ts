/**
 * Reads the name rules (`content/names.json`) and each language's renderings
 * (`content/renderings/<lang>.json`), validated, and the French lexicon used to tell names
 * from ordinary words.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dictionaryFr from 'dictionary-fr';
import nspell from 'nspell';
import { z } from 'zod';
import type { FrenchLexicon, NameRules, Renderings } from './checks/names';
import { ContentError } from './load';
import type { LocaleCode } from './schema';

const renderingsSchema = z.record(z.string().min(1), z.array(z.string().min(1)));
const rulesSchema = z.strictObject({ corrections: renderingsSchema, notNames: z.record(z.string().min(1), z.string().min(1)) });

function readJson<T>(file: string, schema: z.ZodType<T>, root: string): T {
  const rel = path.relative(root, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ContentError([{ file: rel, message: `not valid JSON: ${(e as Error).message}` }]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ContentError(parsed.error.issues.map((i) => ({ file: rel, message: `field "${i.path.join('.')}": ${i.message}` })));
  }
  return parsed.data;
}

export function loadNameRules(root = process.cwd()): NameRules {
  return readJson(path.join(root, 'content', 'names.json'), rulesSchema, root);
}

/** A language's renderings, or none when it has no file. */
export function loadRenderings(language: LocaleCode, root = process.cwd()): Renderings {
  const file = path.join(root, 'content', 'renderings', `${language}.json`);
  return existsSync(file) ? readJson(file, renderingsSchema, root) : {};
}

/** The French Hunspell dictionary (slow to build: seconds), as a word test. */
export function frenchLexicon(): FrenchLexicon {
  const speller = nspell({ aff: Buffer.from(dictionaryFr.aff), dic: Buffer.from(dictionaryFr.dic) });
  return (word) => speller.correct(word);
}
