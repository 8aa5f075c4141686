/** Starting and stopping the servers a benchmark measures: the production build (`next start`) and plain static folders (`serve`). */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { nextBuild } from '../../scripts/build-state.mjs';

/** The repository root (bench/shared/../..). */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** The article every benchmark reads. */
export const SLUG = 'jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley';

/** A server the benchmark started, in its own process group so that stopping it stops its children too. */
export interface RunningServer {
  origin: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Resolves when `port` on 127.0.0.1 can be listened on; rejects with a message that says how to free it. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} is busy: stop what listens there (fuser -k ${port}/tcp) or pick another port with --port`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Throws unless `.next` holds a production build. */
export function assertBuild(): void {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build in .next (no .next/BUILD_ID): run `npm run build`, or drop --no-build');
  }
}

/** Runs `next build` in the foreground; throws when it fails. */
export function build(): void {
  console.log('Building the production reader (next build)…');
  const status = nextBuild(ROOT);
  if (status !== 0) throw new Error(`next build failed (exit ${status})`);
}

async function waitUntilUp(origin: string, probePath: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering:\n${log()}`);
    try {
      const response = await fetch(`${origin}${probePath}`);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`no answer from ${origin}${probePath} within 60 s:\n${log()}`);
}

async function startServer(command: string, args: string[], port: number, probePath: string): Promise<RunningServer> {
  await assertPortFree(port);
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-pid, 'SIGKILL');
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(origin, probePath, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid, stop };
}

/** Serves the production build with `next start` on `port` (127.0.0.1). */
export function startNext(port: number): Promise<RunningServer> {
  assertBuild();
  return startServer(path.join(BIN, 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], port, '/en');
}

/** Serves `dir` with `serve`, a plain static server (gzip on, clean URLs: /a/b serves a/b.html). */
export function startStatic(dir: string, port: number): Promise<RunningServer> {
  if (!existsSync(dir)) throw new Error(`no folder to serve: ${dir}`);
  return startServer(
    path.join(BIN, 'serve'),
    ['--no-clipboard', '--no-request-logging', '--no-port-switching', '--listen', `tcp://127.0.0.1:${port}`, dir],
    port,
    '/',
  );
}
