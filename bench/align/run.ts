/**
 * The aligner's benchmark (`npm run bench:align`): accuracy on the hand-made gold
 * (bench/align/gold), against a plain Gale–Church baseline run in the same process, and a
 * scaling table (the fr–zh article repeated 1×, 10×, 100×, each size in its own process).
 * Prints tables and writes bench/results/align.json. See bench/align/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  alignDocument,
  alignSentences,
  DEFAULT_SHAPE_PRIORS,
  estimateLengthModel,
  loadLexicon,
  parseBeads,
  scoreAlignment,
  type AlignmentScore,
  type Bead,
  type Lexicon,
} from '../../lib/align/index';
import { articleFile, readArticleBlocks } from './article';
import { composeThroughPivot } from './compose';
import { GOLD_PAIRS, goldBlocks, goldFile, goldSentences } from './gold-sentences';
import type { ScaleResult } from './scale';

const RUNS = 7;
const SCALES: [number, number][] = [
  [1, 7],
  [10, 5],
  [100, 3],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const lines = (file: string) => readFileSync(goldFile(file), 'utf8').replace(/\n$/u, '').split('\n');

function timed<T>(run: () => T): { result: T; ms: number } {
  const times: number[] = [];
  let result = run();
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { result, ms: median(times) };
}

interface Row {
  pair: string;
  aligner: string;
  score: AlignmentScore;
  ms: number;
}

function row(pair: string, aligner: string, gold: Bead[], run: () => Bead[]): Row {
  const { result, ms } = timed(run);
  return { pair, aligner, score: scoreAlignment(gold, result), ms };
}

/** The sentence beads alignDocument finds in the gold blocks, renumbered as in the gold files. */
async function documentBeads(srcLang: string, tgtLang: string, lexicon?: Lexicon): Promise<Bead[]> {
  const doc = await alignDocument(readArticleBlocks(articleFile(srcLang)), readArticleBlocks(articleFile(tgtLang)), {
    srcLang,
    tgtLang,
    lexicon,
    dictionary: false,
  });
  const beads: Bead[] = [];
  let [i0, j0] = [0, 0];
  for (const block of goldBlocks()) {
    const group = doc.groups.find((g) => g.paragraphs.src.includes(block));
    if (!group) continue;
    beads.push(...group.sentences.map((b) => ({ ...b, src: b.src.map((i) => i + i0), tgt: b.tgt.map((j) => j + j0) })));
    i0 += group.srcSentences.length;
    j0 += group.tgtSentences.length;
  }
  return beads;
}

async function accuracy(): Promise<Row[]> {
  const rows: Row[] = [];
  const gold = Object.fromEntries(
    GOLD_PAIRS.map((pair) => [pair.join('-'), parseBeads(readFileSync(goldFile(`${pair.join('-')}.beads.txt`), 'utf8'))]),
  );
  const cases = [
    ...GOLD_PAIRS.map(([s, t]) => ({
      s,
      t,
      src: lines(`${s}-${t}.${s}.txt`),
      tgt: lines(`${s}-${t}.${t}.txt`),
      gold: gold[`${s}-${t}`] ?? [],
    })),
    {
      s: 'en',
      t: 'zh',
      src: lines('fr-en.en.txt'),
      tgt: lines('fr-zh.zh.txt'),
      gold: composeThroughPivot(gold['fr-en'] ?? [], gold['fr-zh'] ?? []),
    },
  ];
  for (const c of cases) {
    const pair = `${c.s}–${c.t}`;
    const lengthModel = estimateLengthModel(readArticleBlocks(articleFile(c.s)), readArticleBlocks(articleFile(c.t)));
    const options = { srcLang: c.s, tgtLang: c.t };
    rows.push(row(pair, 'this aligner (sentences)', c.gold, () => alignSentences(c.src, c.tgt, { ...options, lengthModel })));
    const times: number[] = [];
    let doc: Bead[] = [];
    for (let k = 0; k <= RUNS; k++) {
      const start = performance.now();
      doc = await documentBeads(c.s, c.t);
      if (k > 0) times.push(performance.now() - start);
    }
    rows.push({ pair, aligner: 'this aligner (document)', score: scoreAlignment(c.gold, doc), ms: median(times) });
    rows.push(
      row(pair, 'Gale–Church baseline', c.gold, () =>
        alignSentences(c.src, c.tgt, {
          ...options,
          lengthModel: { ratio: 1, variance: 6.8 },
          anchors: false,
          robustLength: false,
          shapePriors: DEFAULT_SHAPE_PRIORS,
        }),
      ),
    );
    if (c.s === 'en') {
      const lexicon = await loadLexicon('en', 'zh');
      rows.push(row(pair, 'this aligner + CC-CEDICT', c.gold, () => alignSentences(c.src, c.tgt, { ...options, lengthModel, lexicon })));
    }
  }
  return rows;
}

function scale(): ScaleResult[] {
  const script = new URL('scale.ts', import.meta.url).pathname;
  const results: ScaleResult[] = [];
  for (const mode of ['document', 'sentences']) {
    for (const [times, runs] of SCALES) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script, String(times), mode, String(runs)], {
        encoding: 'utf8',
        cwd: new URL('../..', import.meta.url).pathname,
      });
      results.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ScaleResult);
    }
  }
  return results;
}

const pct = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const stale = GOLD_PAIRS.flat().filter((lang, k) => {
    const pair = GOLD_PAIRS[Math.floor(k / 2)]?.join('-');
    return lines(`${pair}.${lang}.txt`).join('\n') !== goldSentences(lang).join('\n');
  });
  if (stale.length) console.warn(`warning: the segmenter no longer gives the gold sentences of ${stale.join(', ')}`);

  const rows = await accuracy();
  console.log('\nAccuracy on the gold (strict / lax, vecalign definitions; ms = median of 7 runs)');
  console.log('(sentences: the gold sentence lists in one call; document: alignDocument on the whole article)\n');
  console.log('pair   aligner                      strict P  R      F1     lax P  R      F1     ms');
  for (const r of rows) {
    const { strict: s, lax: l } = r.score;
    console.log(
      `${r.pair.padEnd(6)} ${r.aligner.padEnd(28)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${pct(l.precision)} ${pct(l.recall)} ${pct(l.f1)}  ${r.ms.toFixed(1)}`,
    );
  }

  const scaling = scale();
  console.log('\nScaling: fr–zh article repeated (time = median, peak = maxRSS of the child process)\n');
  console.log('mode       ×    segments (src/tgt)  median ms  ×time vs 1×  peak MB  (start MB)');
  for (const s of scaling) {
    const base = scaling.find((b) => b.mode === s.mode && b.times === 1);
    const ms = median(s.runs);
    const ratio = base ? ms / median(base.runs) : NaN;
    console.log(
      `${s.mode.padEnd(10)} ${String(s.times).padStart(3)}  ${`${s.srcSegments}/${s.tgtSegments}`.padEnd(18)}  ${ms.toFixed(0).padStart(9)}  ${ratio.toFixed(1).padStart(11)}  ${s.peakRssMb.toFixed(0).padStart(7)}  (${s.startRssMb.toFixed(0)})`,
    );
  }

  const out = new URL('../results/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  writeFileSync(
    `${out}align.json`,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, accuracy: rows, scaling }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${out}align.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
