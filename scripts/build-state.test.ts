import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildState } from './build-state.mjs';

/** A project folder with a build made at `builtAt` and an app file changed at `changedAt` (seconds). */
function project(builtAt: number | null, changedAt: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'build-state-'));
  mkdirSync(path.join(root, 'app', 'nested'), { recursive: true });
  const page = path.join(root, 'app', 'nested', 'page.tsx');
  writeFileSync(page, '');
  for (const p of [page, path.join(root, 'app', 'nested'), path.join(root, 'app')]) utimesSync(p, changedAt, changedAt);
  if (builtAt !== null) {
    mkdirSync(path.join(root, '.next'));
    writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'x');
    utimesSync(path.join(root, '.next', 'BUILD_ID'), builtAt, builtAt);
  }
  return root;
}

describe('buildState', () => {
  it('says when there is no build', () => {
    expect(buildState(project(null, 1000))).toEqual({ built: false, changed: [] });
  });

  it('finds nothing changed when the build is newer than every source', () => {
    expect(buildState(project(2000, 1000))).toEqual({ built: true, changed: [] });
  });

  it('names the sources changed since the build, however deep the change', () => {
    const root = project(2000, 1000);
    utimesSync(path.join(root, 'app', 'nested', 'page.tsx'), 3000, 3000);
    expect(buildState(root)).toEqual({ built: true, changed: ['app'] });
  });
});
