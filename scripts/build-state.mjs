/**
 * Whether the production build (.next) exists and is newer than every source it is built from:
 * shared by `npm start` (which rebuilds) and `npm run export` (which reuses the build).
 */
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
