/**
 * npm start — serves the production reader, building it first when there is no build or when
 * sources or content changed since the last one. Prints the address to open.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildId = path.join(root, '.next', 'BUILD_ID');
const watched = ['app', 'components', 'lib', 'i18n', 'content', 'messages', 'next.config.js', 'proxy.ts', 'package-lock.json'];

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

const next = path.join(root, 'node_modules', '.bin', 'next');
const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (built === 0 || watched.some((w) => newest(path.join(root, w)) > built)) {
  console.log(built === 0 ? 'No production build yet: building…' : 'Sources changed since the last build: rebuilding…');
  const result = spawnSync(next, ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const host = process.env.HOSTNAME ?? '127.0.0.1';
console.log(`\nParallel Reader: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/\n`);
const server = spawn(next, ['start', '-p', port, '-H', host], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
