/**
 * One size of the scaling table, run in its own process so that its peak memory is its own:
 * the fr–zh article repeated `times` times, aligned `runs` times. Prints one JSON line.
 *
 *   node --import tsx bench/align/scale.ts <times> <document|sentences> <runs>
 *
 * `document`: alignDocument on the repeated paragraphs (two levels, as the reader does).
 * `sentences`: alignSentences on all the sentences in one list (one banded DP over it).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignDocument, alignSentences, estimateLengthModel, segmentSentences } from '../../lib/align/index';
import { articleFile, readArticleBlocks } from './article';

/** What one size reports. */
export interface ScaleResult {
  times: number;
  mode: string;
  srcSegments: number;
  tgtSegments: number;
  /** Milliseconds of each run. */
  runs: number[];
  /** Resident memory after loading and reading the texts, and at its peak (MB). */
  startRssMb: number;
  peakRssMb: number;
}

async function main(times: number, mode: string, runs: number): Promise<ScaleResult> {
  const fr = readArticleBlocks(articleFile('fr'));
  const zh = readArticleBlocks(articleFile('zh'));
  const srcParagraphs = Array.from({ length: times }, () => fr).flat();
  const tgtParagraphs = Array.from({ length: times }, () => zh).flat();
  const src = srcParagraphs.flatMap((p) => segmentSentences(p, 'fr'));
  const tgt = tgtParagraphs.flatMap((p) => segmentSentences(p, 'zh'));
  const lengthModel = estimateLengthModel(fr, zh);
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    if (mode === 'document') await alignDocument(srcParagraphs, tgtParagraphs, { srcLang: 'fr', tgtLang: 'zh' });
    else alignSentences(src, tgt, { srcLang: 'fr', tgtLang: 'zh', lengthModel });
    timings.push(performance.now() - start);
  }
  const counts = mode === 'document' ? [srcParagraphs.length, tgtParagraphs.length] : [src.length, tgt.length];
  return {
    times,
    mode,
    srcSegments: counts[0] ?? 0,
    tgtSegments: counts[1] ?? 0,
    runs: timings,
    startRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [times, mode, runs] = process.argv.slice(2);
  main(Number(times ?? 1), mode ?? 'document', Number(runs ?? 3)).then((result) => console.log(JSON.stringify(result)));
}
