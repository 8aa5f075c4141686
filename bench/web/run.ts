/**
 * `npm run bench:web`: the reader's cost beside the physical limit. Builds (unless --no-build),
 * serves the reader with `next start` and its no-JavaScript baseline (see baseline.ts) with
 * `serve`, then measures three pages in the same run: the reader /en/<slug>/zh, the baseline, and
 * the framework floor (the app's localized 404 page, its most nearly empty page). Prints the table,
 * the ratios and the targets; writes bench/results/web.json. See README "Benchmarks".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseOptions } from '../shared/options';
import { writeResults } from '../shared/results';
import { assertBuild, build, SLUG, startNext, startStatic, type RunningServer } from '../shared/server';
import { writeBaseline } from './baseline';
import { measurePage } from './bytes';
import { launchBrowser, runLighthouse, type Browser, type LighthouseRun } from './lighthouse';
import { checkTargets, KB, summarize, targetLines, webTable, type PageResult } from './report';

const HELP = `npm run bench:web -- [options]

  --no-build     reuse the existing production build in .next
  --runs N       Lighthouse runs per page, medians reported (default 5)
  --port P       port of next start; the baseline is served on P+1 (default 3320)
  --help         this text

Writes bench/results/web.json.`;

const READER_PATH = `/en/${SLUG}/zh`;
/** The framework floor: the localized 404 page, header and one paragraph, no article. */
const FLOOR_PATH = '/en/does-not-exist';

/** Lighthouse tries per run: on a loaded machine a run can time out (PROTOCOL_TIMEOUT); the median is taken over the runs that worked. */
const ATTEMPTS = 3;

/** `measure()`, tried up to `attempts` times; undefined (and a warning) when every try failed. */
async function withRetries<T>(attempts: number, measure: () => Promise<T>): Promise<T | undefined> {
  for (let k = 1; k <= attempts; k++) {
    try {
      return await measure();
    } catch (error) {
      console.warn(`\nwarning: try ${k}/${attempts} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), { flags: ['no-build', 'help'], numbers: { runs: 5, port: 3320 }, paths: {} });
  if (options.flags.has('help')) return console.log(HELP);
  const runs = options.numbers.runs ?? 5;
  const port = options.numbers.port ?? 3320;
  if (options.flags.has('no-build')) assertBuild();
  else build();

  const servers: RunningServer[] = [];
  let browser: Browser | undefined;
  const baselineDir = mkdtempSync(path.join(tmpdir(), 'bench-web-baseline-'));
  const cleanUp = async () => {
    browser?.close();
    browser = undefined;
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    rmSync(baselineDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    const next = await startNext(port);
    servers.push(next);
    await writeBaseline(next.origin, READER_PATH, baselineDir);
    const baseline = await startStatic(baselineDir, port + 1);
    servers.push(baseline);

    const pages = [
      { label: 'reader', origin: next.origin, path: READER_PATH },
      { label: 'baseline', origin: baseline.origin, path: '/' },
      { label: 'floor (404)', origin: next.origin, path: FLOOR_PATH },
    ];
    const bytes = await Promise.all(pages.map((p) => measurePage(p.origin, p.path)));

    const chrome = await launchBrowser();
    browser = chrome;
    const lighthouse: LighthouseRun[][] = pages.map(() => []);
    for (let k = 0; k < runs; k++) {
      // Interleaved, so that a burst of load from other processes hits every page alike.
      for (const [i, p] of pages.entries()) {
        process.stdout.write(`\rLighthouse run ${k + 1}/${runs}: ${p.label.padEnd(12)}`);
        const measured = await withRetries(ATTEMPTS, () => runLighthouse(chrome, `${p.origin}${p.path}`));
        if (measured) lighthouse[i]?.push(measured);
      }
    }
    process.stdout.write('\n');

    const results: PageResult[] = pages.map((p, i) => ({
      label: p.label,
      url: `${p.origin}${p.path}`,
      bytes: bytes[i] as PageResult['bytes'],
      lighthouse: summarize(lighthouse[i] ?? []),
    }));
    const [reader, base, floor] = results as [PageResult, PageResult, PageResult];
    const missing = results.filter((r) => r.lighthouse.runs < runs);
    if (results.some((r) => r.lighthouse.runs === 0)) throw new Error('Lighthouse failed on every run of a page: no medians to report');
    const targets = checkTargets(reader, base, floor);

    console.log(`\n${READER_PATH} beside its baseline (same HTML and CSS, no JavaScript) and the framework floor (${FLOOR_PATH}).`);
    console.log(`Bytes: zlib level 9 on each file; JS = <script src> + script preloads. Lighthouse 12, mobile, median of ${runs}.`);
    for (const r of missing) console.log(`(${r.label}: median of ${r.lighthouse.runs} runs, the others failed)`);
    console.log('');
    console.log(webTable(reader, base, floor));
    console.log(`\nHTML gzip ÷ baseline HTML gzip: ${(reader.bytes.html.gzip / base.bytes.html.gzip).toFixed(2)}×`);
    console.log(
      `Inline RSC payload: ${(reader.bytes.rscPayload.raw / KB).toFixed(1)} KB raw, ${(reader.bytes.rscPayload.gzip / KB).toFixed(1)} KB gzip alone\n`,
    );
    console.log(targetLines(targets).join('\n'));
    console.log('\nReader scripts by gzip size:');
    for (const s of [...reader.bytes.scripts].sort((a, b) => b.gzip - a.gzip)) {
      console.log(`  ${(s.gzip / KB).toFixed(1).padStart(6)} KB  ${s.url}`);
    }
    const failing = Object.entries(reader.lighthouse.failing);
    if (failing.length) {
      console.log('\nReader audits that lost points (in how many runs):');
      for (const [audit, count] of failing) console.log(`  ${count}/${runs}  ${audit}`);
    }
    console.log('\nReader LCP element and layout shifts (in how many runs):');
    for (const [finding, count] of Object.entries(reader.lighthouse.findings)) console.log(`  ${count}/${runs}  ${finding}`);

    writeResults('web', {
      runs,
      kb: KB,
      pages: results,
      lighthouseRuns: lighthouse,
      targets,
    });
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `bench:web: ${error.message}` : error);
  process.exitCode = 1;
});
