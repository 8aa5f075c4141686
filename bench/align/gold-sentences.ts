/**
 * Writes the sentence files of the gold alignment (`gold/<src>-<tgt>.<lang>.txt`, one
 * sentence a line) from the article's blocks listed in `gold/paragraphs.json`, as the
 * segmenter cuts them. The bead files beside them are written by hand: rerun this only to
 * check that the segmenter still agrees with them (`--check`), or after fixing a sentence
 * file by hand and the segmenter with it.
 *
 *   npx tsx bench/align/gold-sentences.ts [--check]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { segmentSentences } from '../../lib/align/segment';
import { articleFile, readArticleBlocks } from './article';

/** The language pairs of the gold alignment. */
export const GOLD_PAIRS = [
  ['fr', 'en'],
  ['fr', 'zh'],
] as const;

/** Path of a file of the gold folder. */
export function goldFile(name: string): string {
  return new URL(`gold/${name}`, import.meta.url).pathname;
}

/** The 0-based article blocks the gold covers. */
export function goldBlocks(): number[] {
  return (JSON.parse(readFileSync(goldFile('paragraphs.json'), 'utf8')) as { blocks: number[] }).blocks;
}

/** The sentences of the gold blocks of one language, as the segmenter cuts them. */
export function goldSentences(lang: string): string[] {
  const blocks = readArticleBlocks(articleFile(lang));
  return goldBlocks().flatMap((k) => segmentSentences(blocks[k] ?? '', lang));
}

function main(check: boolean): number {
  let differences = 0;
  for (const pair of GOLD_PAIRS) {
    for (const lang of pair) {
      const file = goldFile(`${pair.join('-')}.${lang}.txt`);
      const text = `${goldSentences(lang).join('\n')}\n`;
      if (!check) writeFileSync(file, text);
      else if (readFileSync(file, 'utf8') !== text) {
        differences++;
        console.error(`${file}: the segmenter no longer gives these sentences`);
      }
    }
  }
  return differences === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  process.exitCode = main(process.argv.includes('--check'));
