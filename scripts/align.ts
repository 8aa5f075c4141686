/**
 * Aligns a text with its translation and writes the beads in the vecalign/Bertalign gold
 * format (one bead a line, 0-based: `[0]:[0]`, `[1,2]:[1]`, `[]:[3]`, `[4]:[]`).
 *
 *   npx tsx scripts/align.ts --src A.txt --tgt B.txt --src-lang fr --tgt-lang zh [--out beads.txt]
 *                            [--paragraphs] [--json] [--no-dictionary]
 *
 * Without --paragraphs each file holds one segment a line, and bead indexes are the files'
 * 0-based line numbers (a final newline does not add a line).
 * With --paragraphs each file is running text, paragraphs separated by blank lines; the tool
 * cuts every paragraph into sentences (lib/align/segment.ts), aligns paragraphs then
 * sentences, and bead indexes are 0-based positions in the list of all sentences of the
 * file, paragraph after paragraph. That list is written one sentence a line to
 * `<out>.src.txt` and `<out>.tgt.txt` (with --out), or given in full by --json.
 * --json writes every bead with its cost and texts instead of the gold format.
 * --no-dictionary skips CC-CEDICT for zh↔en (it takes seconds to load).
 * Output goes to --out, or to stdout. On any error nothing is written and the exit code is 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { alignDocument, alignSentences, ALIGN_LOCALES, formatBeads, isAlignLocale, loadLexicon, type Bead } from '../lib/align/index';

class UsageError extends Error {}

const USAGE = `usage: npm run align -- --src A.txt --tgt B.txt --src-lang fr --tgt-lang zh [--out beads.txt]
                        [--paragraphs] [--json] [--no-dictionary]
  A.txt, B.txt   one segment a line (or running text, blank line between paragraphs, with --paragraphs)
  --src-lang     one of ${ALIGN_LOCALES.join(' ')} (and --tgt-lang)
  --out          where to write the beads ([0]:[0], [1,2]:[1], []:[3]…); stdout without it
  --json         beads with their costs and texts instead
  --no-dictionary  skip CC-CEDICT for zh↔en`;

/** Reads a file as strict UTF-8; an error names the flag and the file. */
function readText(flag: string, file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`${flag} ${file}: ${reason}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${flag} ${file}: not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new UsageError(`${flag} ${file}: the file is empty`);
  return text.replace(/^\uFEFF/u, '');
}

function language(flag: string, code: string | undefined): string {
  if (code === undefined) throw new UsageError(`${flag} is required`);
  if (!isAlignLocale(code)) throw new UsageError(`${flag} ${code}: unknown language code (expected one of ${ALIGN_LOCALES.join(' ')})`);
  return code;
}

const lines = (text: string) => text.replace(/\r?\n$/u, '').split(/\r?\n/u);
const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n[^\S\r\n]*\r?\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      src: { type: 'string' },
      tgt: { type: 'string' },
      'src-lang': { type: 'string' },
      'tgt-lang': { type: 'string' },
      out: { type: 'string' },
      paragraphs: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'no-dictionary': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const srcLang = language('--src-lang', values['src-lang']);
  const tgtLang = language('--tgt-lang', values['tgt-lang']);
  if (!values.src) throw new UsageError('--src is required');
  if (!values.tgt) throw new UsageError('--tgt is required');
  const srcText = readText('--src', values.src);
  const tgtText = readText('--tgt', values.tgt);
  const lexicon = values['no-dictionary'] ? undefined : await loadLexicon(srcLang, tgtLang);

  let src: string[];
  let tgt: string[];
  let beads: Bead[];
  let paragraphBeads: Bead[] | undefined;
  if (values.paragraphs) {
    const doc = await alignDocument(paragraphsOf(srcText), paragraphsOf(tgtText), { srcLang, tgtLang, lexicon, dictionary: false });
    ({ src, tgt, beads } = flatten(doc.groups));
    paragraphBeads = doc.paragraphBeads;
  } else {
    src = lines(srcText);
    tgt = lines(tgtText);
    beads = alignSentences(src, tgt, { srcLang, tgtLang, lexicon });
  }

  const output = values.json ? toJson(srcLang, tgtLang, beads, src, tgt, paragraphBeads) : formatBeads(beads);
  if (!values.out) {
    process.stdout.write(output);
    return;
  }
  writeFileSync(values.out, output);
  if (values.paragraphs) {
    writeFileSync(`${values.out}.src.txt`, `${src.join('\n')}\n`);
    writeFileSync(`${values.out}.tgt.txt`, `${tgt.join('\n')}\n`);
  }
}

/** The --json output: one bead a line, with its cost and texts. */
function toJson(srcLang: string, tgtLang: string, beads: Bead[], src: string[], tgt: string[], paragraphBeads?: Bead[]): string {
  const list = (items: unknown[]) => (items.length ? `[\n    ${items.map((item) => JSON.stringify(item)).join(',\n    ')}\n  ]` : '[]');
  const withTexts = beads.map((b) => ({ ...b, srcText: b.src.map((i) => src[i]), tgtText: b.tgt.map((j) => tgt[j]) }));
  const fields = [`"srcLang": ${JSON.stringify(srcLang)}`, `"tgtLang": ${JSON.stringify(tgtLang)}`];
  if (paragraphBeads) fields.push(`"paragraphBeads": ${list(paragraphBeads)}`);
  fields.push(`"beads": ${list(withTexts)}`);
  return `{\n  ${fields.join(',\n  ')}\n}\n`;
}

/** One list of sentences per side and beads over them, from the groups of a document alignment. */
function flatten(groups: { srcSentences: string[]; tgtSentences: string[]; sentences: Bead[] }[]) {
  const src: string[] = [];
  const tgt: string[] = [];
  const beads: Bead[] = [];
  for (const group of groups) {
    const [i0, j0] = [src.length, tgt.length];
    beads.push(...group.sentences.map((b) => ({ src: b.src.map((i) => i + i0), tgt: b.tgt.map((j) => j + j0), cost: b.cost })));
    src.push(...group.srcSentences);
    tgt.push(...group.tgtSentences);
  }
  return { src, tgt, beads };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`align: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});
