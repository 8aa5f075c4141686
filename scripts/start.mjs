/**
 * npm start — serves the production reader, building it first when there is no build or when
 * sources or content changed since the last one. Prints the address to open.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildState, nextBuild } from './build-state.mjs';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', '.bin', 'next');
const state = buildState(root);
if (!state.built || state.changed.length > 0) {
  console.log(!state.built ? 'No production build yet: building…' : 'Sources changed since the last build: rebuilding…');
  const status = nextBuild(root);
  if (status !== 0) process.exit(status);
}

const port = process.env.PORT ?? '3000';
const host = process.env.HOSTNAME ?? '127.0.0.1';
console.log(`\nParallel Reader: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/\n`);
const server = spawn(next, ['start', '-p', port, '-H', host], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
