/**
 * `npm run bench:load`: the production server under load, beside the static export. Builds (unless
 * --no-build), starts `next start`, warms it up, then loads the reader /en/<slug>/zh three rounds
 * (RSS of the server's process tree before and after each) and a 404 once; then the same loads on
 * the static export (`out/`, from `npm run export`) served by `serve`. Prints the tables and the
 * checks; writes bench/results/load.json. See README "Benchmarks".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseOptions } from '../shared/options';
import { writeResults } from '../shared/results';
import { assertBuild, build, ROOT, SLUG, startNext, startStatic, type RunningServer } from '../shared/server';
import { load, TIMEOUT_SECONDS, type LoadFigures } from './cannon';
import { checkLoad, loadTable, memoryTable, staticRatios, type LabelledLoad, type MemoryRound } from './report';
import { treeRss } from './rss';

const HELP = `npm run bench:load -- [options]

  --no-build         reuse the existing production build in .next
  --duration S       seconds of each load (default 30); the warm-up lasts a sixth of it, at least 2 s
  --connections C    concurrent connections (default 50)
  --static DIR       the static export to compare with (default out/, from npm run export)
  --port P           port of next start; the static server uses P+1 (default 3322)
  --help             this text

Writes bench/results/load.json.`;

const READER_PATH = `/en/${SLUG}/zh`;
const NOT_FOUND_PATH = '/en/does-not-exist';
const ROUNDS = 3;
const times = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), {
    flags: ['no-build', 'help'],
    numbers: { duration: 30, connections: 50, port: 3322 },
    paths: { static: undefined },
  });
  if (options.flags.has('help')) return console.log(HELP);
  const { duration = 30, connections = 50, port = 3322 } = options.numbers;
  const warmUp = Math.max(2, Math.round(duration / 6));
  const staticLabel = options.paths.static ?? 'out';
  const staticDir = path.resolve(ROOT, staticLabel);
  if (options.flags.has('no-build')) assertBuild();
  else build();

  const loads: LabelledLoad[] = [];
  const rounds: LoadFigures[] = [];
  const memory: MemoryRound[] = [];
  let staticReader: LoadFigures | undefined;
  let staticNote = '';
  let server: RunningServer | undefined;
  process.once('SIGINT', () => void server?.stop().then(() => process.exit(130)));
  const warm = async (origin: string) => {
    console.log(`warm-up: ${warmUp} s on the reader and the 404`);
    await load(`${origin}${READER_PATH}`, connections, warmUp);
    await load(`${origin}${NOT_FOUND_PATH}`, connections, warmUp);
  };
  try {
    server = await startNext(port);
    const started = treeRss(server.pid);
    await warm(server.origin);
    for (let round = 1; round <= ROUNDS; round++) {
      const before = treeRss(server.pid);
      console.log(`next start, reader, round ${round}/${ROUNDS}: ${connections} connections × ${duration} s`);
      const figures = await load(`${server.origin}${READER_PATH}`, connections, duration);
      memory.push({ round, before, after: treeRss(server.pid) });
      rounds.push(figures);
      loads.push({ label: `next start: reader, round ${round}`, figures });
    }
    console.log(`next start, 404: ${connections} connections × ${duration} s`);
    loads.push({ label: 'next start: 404', figures: await load(`${server.origin}${NOT_FOUND_PATH}`, connections, duration) });
    const idle = treeRss(server.pid);
    await server.stop();
    server = undefined;

    if (!existsSync(path.join(staticDir, 'en', SLUG, 'zh.html'))) {
      staticNote = `no static export at ${staticLabel} (en/${SLUG}/zh.html missing): run \`npm run export\` or pass --static DIR; the static column is empty`;
      console.log(staticNote);
    } else {
      server = await startStatic(staticDir, port + 1);
      await warm(server.origin);
      console.log(`serve ${staticLabel}, reader and 404: ${connections} connections × ${duration} s each`);
      staticReader = await load(`${server.origin}${READER_PATH}`, connections, duration);
      loads.push({ label: `serve ${staticLabel}: reader`, figures: staticReader });
      loads.push({
        label: `serve ${staticLabel}: 404`,
        figures: await load(`${server.origin}${NOT_FOUND_PATH}`, connections, duration),
      });
      await server.stop();
      server = undefined;
    }

    const ratios = staticRatios(rounds, staticReader);
    const checks = checkLoad(rounds, memory);
    console.log(
      `\n${connections} connections × ${duration} s after a ${warmUp} s warm-up; latency in ms; a request unanswered after ${TIMEOUT_SECONDS} s is a timeout.\n`,
    );
    console.log(loadTable(loads));
    if (staticReader) {
      console.log(
        `\nnext start ÷ static server on the reader (median of the ${ROUNDS} rounds): requests/s ${times(ratios.requestsPerSecond)}, p50 ${times(ratios.p50)}, p99 ${times(ratios.p99)}`,
      );
    }
    console.log(
      `\nServer memory (RSS of the next start process tree; ${(started / 2 ** 20).toFixed(1)} MB after start, ${(idle / 2 ** 20).toFixed(1)} MB after the 404 load)\n`,
    );
    console.log(memoryTable(memory));
    console.log(`\n${checks.map((c) => `${c.holds ? '✓' : '✗'} ${c.name}`).join('\n')}`);

    writeResults('load', {
      connections,
      duration,
      warmUp,
      loads,
      ratiosToStatic: ratios,
      staticNote: staticNote || undefined,
      rss: { afterStart: started, rounds: memory, afterNotFound: idle },
      checks,
    });
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `bench:load: ${error.message}` : error);
  process.exitCode = 1;
});
