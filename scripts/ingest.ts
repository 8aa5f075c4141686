/**
 * npm run ingest -- <file> [--slug <slug>] [--dry-run] [--root <project dir>]
 * Reads a scraped article, repairs scraping artifacts (printing each one), keeps the raw file
 * under content/raw/ and writes content/articles/<slug>/fr.md. Writes nothing on error.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { frenchLexicon } from '../lib/content/names-data';
import { IngestError, parseSource } from '../lib/ingest/parse-source';
import { slugFromTitle } from '../lib/ingest/slug';
import { toMarkdown } from '../lib/ingest/to-markdown';

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
    },
  });
  const root = path.resolve(values.root);
  const file = positionals[0];
  if (!file || positionals.length > 1) fail('usage: npm run ingest -- <file> [--slug <slug>] [--dry-run] [--root <project dir>]');

  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => fail(`${file}: cannot read (${e.code ?? e.message})`));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file}: not UTF-8 text`);
  }

  // Hunspell's affix rules know inflected forms ("ciblera", "plateformes") that a word list lacks.
  // Loading it takes seconds, so it happens only when a word needs checking.
  let lexicon: ReturnType<typeof frenchLexicon> | undefined;
  const known = (word: string) => (lexicon ??= frenchLexicon())(word);
  let parsed;
  try {
    parsed = parseSource(text, known);
  } catch (e) {
    if (e instanceof IngestError) fail(`${file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    throw e;
  }

  const slug = values.slug ?? slugFromTitle(parsed.title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) fail(`--slug "${slug}": use lowercase letters, digits and hyphens`);
  const rawTarget = path.join(root, 'content', 'raw', path.basename(file));
  const markdown = toMarkdown(parsed, { slug, rawFile: path.relative(root, rawTarget) });
  const outDir = path.join(root, 'content', 'articles', slug);

  console.log(`${file}: "${parsed.title}" (${parsed.date}), ${parsed.blocks.length} blocks`);
  for (const b of parsed.blocks.filter((b) => b.kind !== 'paragraph')) console.log(`  ${b.kind} (line ${b.line}): ${b.text.slice(0, 70)}`);
  console.log(`${parsed.repairs.length} repair(s):`);
  for (const r of parsed.repairs) console.log(`  line ${r.line} [${r.rule}] ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)}`);
  if (values['dry-run']) return;

  await mkdir(outDir, { recursive: true });
  await mkdir(path.dirname(rawTarget), { recursive: true });
  if (path.resolve(file) !== rawTarget) await copyFile(file, rawTarget);
  await writeFile(path.join(outDir, 'fr.md'), markdown);
  console.log(`wrote ${path.relative(root, path.join(outDir, 'fr.md'))} and kept the raw input as ${path.relative(root, rawTarget)}`);
}

await main();
