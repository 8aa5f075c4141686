/**
 * `out/serve.json`: the export served correctly by `npx serve out` (the e2e tests' static server):
 * clean URLs, no trailing-slash redirects, no directory listings, and the `_headers` rules.
 */
import type { HeaderRule } from './headers-file';

/** serve-handler's configuration (the subset the export sets). */
export interface ServeConfig {
  cleanUrls: boolean;
  trailingSlash: boolean;
  directoryListing: boolean;
  headers: { source: string; headers: { key: string; value: string }[] }[];
}

/** `_headers` paths (`/*`, `/_next/static/*`) as serve's globs (`**`, `_next/static/**`). */
function toGlob(path: string): string {
  return path.replace(/^\//u, '').replace(/\*$/u, '**') || '**';
}

/** The serve.json for these header rules. */
export function serveConfig(rules: readonly HeaderRule[]): ServeConfig {
  return {
    cleanUrls: true,
    trailingSlash: false,
    directoryListing: false,
    headers: rules.map((rule) => ({ source: toGlob(rule.path), headers: rule.headers.map(({ key, value }) => ({ key, value })) })),
  };
}
