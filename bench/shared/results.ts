/** Where the benchmarks keep their latest figures: bench/results/<name>.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server';

/** Writes a benchmark's figures, stamped with the date and the Node.js version, and says where. */
export function writeResults(name: string, figures: Record<string, unknown>): void {
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const json = { date: new Date().toISOString(), node: process.version, ...figures };
  writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwritten: bench/results/${name}.json`);
}
