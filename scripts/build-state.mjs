/**
 * Whether the production build (.next) exists and is newer than every source it is built from, and
 * how to make it: shared by `npm start` (which rebuilds), `npm run export` (which reuses the build)
 * and the benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the build is made from: a change under any of these makes it stale. */
export const BUILD_SOURCES = ['app', 'components', 'lib', 'i18n', 'content', 'messages', 'next.config.js', 'proxy.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file or anything under a folder; 0 when it does not exist. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

/**
 * The state of `<root>/.next`.
 * @param {string} root the project folder
 * @returns {{ built: boolean; changed: string[] }} whether a build exists, and the sources newer than it
 */
export function buildState(root) {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return { built: false, changed: [] };
  const built = statSync(buildId).mtimeMs;
  return { built: true, changed: BUILD_SOURCES.filter((source) => newest(path.join(root, source)) > built) };
}

/**
 * Runs `next build` in `root`, its output on this terminal.
 * @param {string} root the project folder
 * @returns {number} the exit code (1 when it was killed by a signal)
 */
export function nextBuild(root) {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}
